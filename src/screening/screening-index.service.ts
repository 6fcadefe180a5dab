import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NameIndex } from './matching/name-index';
import type { NameMatch } from './matching/match-types';
import { normalizeName } from './matching/normalize';
import type { ListEntry } from './parsers/list-entry';

export interface IndexedEntry {
  key: string;
  versionId: string;
  source: string;
  contentHash: string;
  entry: ListEntry;
}

export interface CurrentIndex {
  /** One label per current list version, e.g. `ofac-sdn 2024-05-03 rows=14965 sha256=1a2b…`; pinned in evaluations. */
  versionLabels: string[];
  entries: Map<string, IndexedEntry>;
  search(query: string, opts: { minScore: number; limit: number }): NameMatch[];
}

/**
 * OFAC marks some aliases "weak" (quoted a.k.a.s in the remarks, often one short word such as "KIMIA"):
 * fuzzy-matched, they flag every name that resembles a common word. They count only when the whole name
 * matches exactly after normalisation.
 */
const isWeak = (type: string | null) => Boolean(type && type.startsWith('weak'));

/**
 * The in-memory name index over every current list version. Built once per set of current versions (from
 * the entries in Postgres, so every API and worker process sees the same lists) and reused by every query;
 * a new import changes the version set and the next query rebuilds.
 */
@Injectable()
export class ScreeningIndexService {
  private cache: { key: string; built: Promise<CurrentIndex> } | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(): Promise<CurrentIndex | null> {
    const versions = (await this.db.query(
      `SELECT id, source, published_on::text AS published_on, row_count, content_hash, created_at FROM list_versions WHERE is_current ORDER BY source`,
    )) as {
      id: string;
      source: string;
      published_on: string | null;
      row_count: number;
      content_hash: string;
      created_at: Date;
    }[];
    if (versions.length === 0) return null;
    const key = versions.map((v) => v.id).join(',');
    if (this.cache?.key !== key) {
      const labels = versions.map(
        (v) =>
          `${v.source} ${v.published_on ?? v.created_at.toISOString().slice(0, 10)} rows=${v.row_count} sha256=${v.content_hash.slice(0, 12)}`,
      );
      const built = this.build(
        versions.map((v) => v.id),
        labels,
      );
      this.cache = { key, built };
      built.catch(() => {
        if (this.cache?.built === built) this.cache = null;
      });
    }
    return this.cache.built;
  }

  private async build(versionIds: string[], versionLabels: string[]): Promise<CurrentIndex> {
    const entries = new Map<string, IndexedEntry>();
    const rows = (await this.db.query(
      `SELECT e.entry_key, e.version_id, v.source, e.content_hash, e.data FROM list_entries e JOIN list_versions v ON v.id = e.version_id
        WHERE e.version_id = ANY($1) ORDER BY e.entry_key`,
      [versionIds],
    )) as { entry_key: string; version_id: string; source: string; content_hash: string; data: ListEntry }[];
    for (const r of rows)
      entries.set(r.entry_key, {
        key: r.entry_key,
        versionId: r.version_id,
        source: r.source,
        contentHash: r.content_hash,
        entry: r.data,
      });
    const index = NameIndex.build(
      [...entries.values()].map((e) => ({
        key: e.key,
        names: [
          { name: e.entry.name, kind: 'primary' as const },
          ...e.entry.altNames
            .filter((a) => !isWeak(a.type))
            .map((a) => ({ name: a.name, kind: 'alt' as const })),
        ],
      })),
    );
    const weak = new Map<string, { key: string; name: string }[]>();
    for (const e of entries.values()) {
      for (const a of e.entry.altNames.filter((x) => isWeak(x.type))) {
        const n = normalizeName(a.name).normalized;
        if (n) weak.set(n, [...(weak.get(n) ?? []), { key: e.key, name: a.name }]);
      }
    }
    const search = (query: string, opts: { minScore: number; limit: number }): NameMatch[] => {
      const found = index.search(query, opts);
      const exact = (weak.get(normalizeName(query).normalized) ?? []).filter(
        (w) => !found.some((f) => f.key === w.key),
      );
      const extra: NameMatch[] = exact.map((w) => ({
        key: w.key,
        matchedName: w.name,
        kind: 'alt',
        score: 1,
        matchedTokens: [],
      }));
      return [...extra, ...found]
        .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
        .slice(0, opts.limit);
    };
    return { versionLabels, entries, search };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { canonicalJson } from '../common/canonical-json';
import type { DiffDto, DiffQuery, ListVersionDto, SearchQuery, SearchResultDto } from './dto/screening.dto';
import { ScreeningIndexService } from './screening-index.service';

@Injectable()
export class ListVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly indexes: ScreeningIndexService,
  ) {}

  async assertVendor(vendorId: string): Promise<void> {
    const rows = (await this.db.query('SELECT 1 FROM vendors WHERE id = $1', [vendorId])) as unknown[];
    if (!rows.length) throw notFound('Vendor', vendorId);
  }

  async list(): Promise<ListVersionDto[]> {
    const versions = (await this.db.query(
      `SELECT v.* FROM list_versions v JOIN screening_imports i ON i.id = v.import_id AND i.status = 'completed' ORDER BY v.source, v.created_at DESC`,
    )) as {
      id: string;
      source: string;
      format: string;
      published_on: Date | string | null;
      retrieved_at: Date;
      row_count: number;
      content_hash: string;
      is_current: boolean;
    }[];
    return versions.map((v) => ({
      id: v.id,
      source: v.source,
      format: v.format,
      publishedOn: v.published_on
        ? v.published_on instanceof Date
          ? v.published_on.toISOString().slice(0, 10)
          : v.published_on
        : null,
      retrievedAt: v.retrieved_at.toISOString(),
      rowCount: v.row_count,
      contentHash: v.content_hash,
      isCurrent: v.is_current,
    }));
  }

  /** Added, removed and changed entries between two versions of one source (default: previous → current). */
  async diff(source: string, q: DiffQuery): Promise<DiffDto> {
    const versions = (await this.db.query(
      `SELECT v.id FROM list_versions v JOIN screening_imports i ON i.id = v.import_id AND i.status = 'completed'
        WHERE v.source = $1 ORDER BY v.created_at DESC`,
      [source],
    )) as { id: string }[];
    const ids = versions.map((v) => v.id);
    const to = q.to ?? ids[0];
    if (!to || !ids.includes(to)) throw notFound(`Version of ${source}`, q.to ?? '(none imported)');
    const from = q.from ?? ids[ids.indexOf(to) + 1];
    if (!from) throw new DomainError('conflict', `Only one version of ${source} exists; nothing to compare`);
    if (!ids.includes(from)) throw notFound(`Version of ${source}`, from);

    const offset = (q.page - 1) * q.limit;
    const side = async (a: string, b: string) => {
      const where = `FROM list_entries x WHERE x.version_id = $1 AND NOT EXISTS (SELECT 1 FROM list_entries y WHERE y.version_id = $2 AND y.entry_key = x.entry_key)`;
      const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n ${where}`, [a, b])) as { n: number }[];
      const rows = (await this.db.query(
        `SELECT x.entry_key, x.name ${where} ORDER BY x.entry_key LIMIT $3 OFFSET $4`,
        [a, b, q.limit, offset],
      )) as { entry_key: string; name: string }[];
      return { n, rows: rows.map((r) => ({ entryKey: r.entry_key, name: r.name })) };
    };
    const added = await side(to, from);
    const removed = await side(from, to);
    const changedWhere = `FROM list_entries x JOIN list_entries y ON y.entry_key = x.entry_key AND y.version_id = $2 WHERE x.version_id = $1 AND x.content_hash <> y.content_hash`;
    const [{ n: changedCount }] = (await this.db.query(`SELECT count(*)::int AS n ${changedWhere}`, [
      to,
      from,
    ])) as { n: number }[];
    const changedRows = (await this.db.query(
      `SELECT x.entry_key, x.name, x.data AS after, y.data AS before ${changedWhere} ORDER BY x.entry_key LIMIT $3 OFFSET $4`,
      [to, from, q.limit, offset],
    )) as {
      entry_key: string;
      name: string;
      after: Record<string, unknown>;
      before: Record<string, unknown>;
    }[];
    return {
      from,
      to,
      counts: { added: added.n, removed: removed.n, changed: changedCount },
      added: added.rows,
      removed: removed.rows,
      changed: changedRows.map((r) => ({
        entryKey: r.entry_key,
        name: r.name,
        changedFields: [...new Set([...Object.keys(r.before), ...Object.keys(r.after)])]
          .filter((k) => canonicalJson(r.before[k] ?? null) !== canonicalJson(r.after[k] ?? null))
          .sort(),
      })),
      page: q.page,
      limit: q.limit,
    };
  }

  async search(q: SearchQuery): Promise<SearchResultDto> {
    const current = await this.indexes.current();
    if (!current) return { data: [], listVersions: [] };
    const sources = q.sources
      ? new Set(
          q.sources
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        )
      : null;
    const limit = q.limit ?? 10;
    // Over-fetch when filtering by list so the filter does not starve the page.
    const matches = current.search(q.name, {
      minScore: q.minScore ?? 0.8,
      limit: sources ? limit * 10 : limit,
    });
    const data = matches
      .map((m) => ({ m, e: current.entries.get(m.key)! }))
      .filter(({ e }) => !sources || sources.has(e.entry.source))
      .slice(0, limit)
      .map(({ m, e }) => ({
        score: m.score,
        list: e.entry.source,
        entityNumber: e.entry.entityNumber,
        name: e.entry.name,
        matchedName: m.matchedName,
        matchedKind: m.kind,
        programs: e.entry.programs,
        type: e.entry.type,
        federalRegisterNotice: e.entry.federalRegisterNotice,
        licenseRequirement: e.entry.licenseRequirement,
        licensePolicy: e.entry.licensePolicy,
        matchedTokens: m.matchedTokens,
        listVersion: current.versionLabels.find((l) => l.startsWith(`${e.source} `)) ?? e.source,
      }));
    return { data, listVersions: current.versionLabels };
  }
}

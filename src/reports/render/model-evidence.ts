import { FACT_STATUSES, type FactStatus, type Provenance } from '../../common/provenance';
import type { RuleResult } from '../../policies/engine/result-types';
import type { EvidenceEntry, FindingEvidence, ReferenceEntry } from './report-model-types';
import { byString, uniqueSorted } from './sanitize';

const isStatus = (s: unknown): s is FactStatus => (FACT_STATUSES as readonly unknown[]).includes(s);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** `vendor.designations[3].list` → `vendor.designations.list`: one line per kind of fact, not per item. */
export const factPath = (path: string): string => path.replace(/\[\d+\]/g, '');

/** A provenance-carrying node: `{ status, source: { url?, retrieved?, note? } }` (facts, entries, edges). */
interface SourcedNode {
  status: FactStatus;
  source: Provenance | null;
}

function asSourced(v: unknown): SourcedNode | null {
  if (!isObject(v) || !isStatus(v.status)) return null;
  const src = v.source;
  if (src === undefined || src === null) return { status: v.status, source: null };
  return isObject(src) ? { status: v.status, source: src as Provenance } : null;
}

const key = (url: string, retrieved: string | null) => `${url}\u0000${retrieved ?? ''}`;

/**
 * The evidence appendix. Sources are collected from everything the report shows (snapshot provenance, the
 * rules' evidence, the vendor profile) before any section is built, so every section can cite a source by
 * its appendix id and the ids do not depend on the order sections are built in.
 */
export class EvidenceIndex {
  private readonly entries = new Map<
    string,
    { url: string; retrieved: string | null; statuses: Set<FactStatus>; facts: Set<string> }
  >();
  private ids: Map<string, string> | null = null;

  /** Walks any JSON value and records every sourced node with a URL under the fact path it sits at. */
  collect(value: unknown, path: string): void {
    if (this.ids) throw new Error('EvidenceIndex: collect after finalize');
    const node = asSourced(value);
    const url = node?.source?.url;
    if (node && typeof url === 'string' && url.trim()) {
      const retrieved = node.source?.retrieved ?? null;
      const k = key(url, retrieved);
      const e = this.entries.get(k) ?? { url, retrieved, statuses: new Set(), facts: new Set() };
      e.statuses.add(node.status);
      if (path) e.facts.add(factPath(path));
      this.entries.set(k, e);
    }
    if (Array.isArray(value)) for (const x of value) this.collect(x, path);
    else if (isObject(value))
      for (const [k, x] of Object.entries(value))
        if (k !== 'source') this.collect(x, path ? `${path}.${k}` : k);
  }

  /** Assigns E1…En in URL, then retrieved-date order and returns the appendix. */
  finalize(): EvidenceEntry[] {
    const sorted = [...this.entries.values()].sort(
      (a, b) => byString(a.url, b.url) || byString(a.retrieved ?? '', b.retrieved ?? ''),
    );
    this.ids = new Map(sorted.map((e, i) => [key(e.url, e.retrieved), `E${i + 1}`]));
    return sorted.map((e, i) => ({
      id: `E${i + 1}`,
      url: e.url,
      retrieved: e.retrieved,
      statuses: FACT_STATUSES.filter((s) => e.statuses.has(s)),
      facts: uniqueSorted(e.facts),
    }));
  }

  /** Appendix id of a source, or null when it has no URL. */
  idOf(source: Provenance | null | undefined): string | null {
    if (!this.ids) throw new Error('EvidenceIndex: idOf before finalize');
    const url = source?.url;
    return url ? (this.ids.get(key(url, source?.retrieved ?? null)) ?? null) : null;
  }

  /** Sources of a sourced node (or a list of them), as appendix ids, in id order. */
  idsOf(value: unknown): string[] {
    const nodes = Array.isArray(value) ? value : [value];
    const ids = nodes.map((n) => this.idOf(asSourced(n)?.source)).filter((x): x is string => x !== null);
    return [...new Set(ids)].sort(byEvidenceId);
  }
}

/** E2 before E10. */
export const byEvidenceId = (a: string, b: string): number => Number(a.slice(1)) - Number(b.slice(1));

/**
 * The sources behind one rule's facts, one line per distinct source: facts read from the same source are
 * listed together. Facts without provenance (the use case, derived values) are not evidence and are left out.
 */
export function findingEvidence(
  entries: { path: string; provenance: unknown }[] | undefined,
  index: EvidenceIndex,
): FindingEvidence[] {
  const groups = new Map<string, FindingEvidence>();
  for (const { path, provenance } of entries ?? []) {
    for (const item of Array.isArray(provenance) ? provenance : [provenance]) {
      const node = asSourced(item);
      if (!node) continue;
      const url = node.source?.url ?? null;
      const retrieved = node.source?.retrieved ?? null;
      const note = url ? null : (node.source?.note ?? null);
      const k = [url, retrieved, node.status, note].join('\u0000');
      const g = groups.get(k) ?? {
        facts: [],
        status: node.status,
        url,
        retrieved,
        evidenceId: index.idOf(node.source),
        note,
      };
      g.facts = uniqueSorted([...g.facts, factPath(path)]);
      groups.set(k, g);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      (a.evidenceId === null ? 1 : 0) - (b.evidenceId === null ? 1 : 0) ||
      (a.evidenceId && b.evidenceId ? byEvidenceId(a.evidenceId, b.evidenceId) : 0) ||
      byString(a.status, b.status) ||
      byString(a.note ?? '', b.note ?? '') ||
      byString(a.facts.join(), b.facts.join()),
  );
}

/** Legal references cited by the rules, deduplicated by citation and URL. */
export function collectReferences(rules: RuleResult[]): ReferenceEntry[] {
  const refs = new Map<string, ReferenceEntry>();
  for (const r of rules) {
    for (const ref of r.references) {
      const url = ref.url ?? null;
      const k = `${ref.citation}\u0000${url ?? ''}`;
      const e = refs.get(k) ?? { citation: ref.citation, url, ruleIds: [] };
      e.ruleIds = uniqueSorted([...e.ruleIds, r.id]);
      refs.set(k, e);
    }
  }
  return [...refs.values()].sort(
    (a, b) => byString(a.citation, b.citation) || byString(a.url ?? '', b.url ?? ''),
  );
}

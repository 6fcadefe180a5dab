import { parse } from 'csv-parse';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../common/paths';
import type { NameEntry, NameKind } from '../match-types';
import { CURATED_ENTRIES, NATIVE_NAMES } from './native-names';

/**
 * Reads the shared OFAC files into NameEntry[] for the specs and the bench. Not the production importer:
 * keys are `<list>:<ent_num>` (sdn:7843, cons:30947) plus `curated:<id>` for designations with no list row.
 * OFAC numbers an entity once across its lists, so the same ent_num on sdn: and cons: is the same party.
 */

export function listsDir(): string {
  return process.env.SCREENING_LISTS_DIR ?? join(projectRoot(), '..', 'shared', 'data', 'lists');
}

export function listsAvailable(): boolean {
  return existsSync(join(listsDir(), 'ofac_sdn_2024-05-03', 'sdn.csv'));
}

export const LIST_FILES = {
  sdn2024: 'ofac_sdn_2024-05-03/sdn.csv',
  alt2021: 'ofac_sdn_2021-07_watchman/alt.csv',
  consPrim: 'ofac_consolidated_nonsdn_2025-12_watchman/cons_prim.csv',
  consAlt: 'ofac_consolidated_nonsdn_2025-12_watchman/cons_alt.csv',
} as const;

/**
 * Streams the rows of an OFAC CSV (no header, "-0-" = empty). Rows whose first field is not an entity number
 * are skipped: the files end with a DOS end-of-file byte (0x1A) that parses as a one-field row.
 */
export async function* ofacRows(relativePath: string): AsyncGenerator<string[]> {
  const parser = createReadStream(join(listsDir(), relativePath)).pipe(
    parse({ relax_column_count: true, trim: true, skip_empty_lines: true }),
  );
  for await (const row of parser as AsyncIterable<string[]>) {
    if (!/^\d+$/.test(row[0] ?? '')) continue;
    yield row.map((v) => (v === '-0-' ? '' : v));
  }
}

export interface LoadOptions {
  sdn2024?: boolean;
  alt2021?: boolean;
  consolidated?: boolean;
  /** Native-script names from the UN list and the registry, and curated designations (native-names.ts). */
  native?: boolean;
}

export interface LoadedLists {
  entries: NameEntry[];
  stats: { primaries: number; alts: number; altsWithoutEntry: number; natives: number };
}

export async function loadScreeningEntries(opts: LoadOptions = {}): Promise<LoadedLists> {
  const { sdn2024 = true, alt2021 = true, consolidated = true, native = true } = opts;
  const byKey = new Map<string, NameEntry>();
  const stats = { primaries: 0, alts: 0, altsWithoutEntry: 0, natives: 0 };
  const addName = (key: string, name: string, kind: NameKind): boolean => {
    const entry = byKey.get(key);
    if (!entry || !name) return false;
    entry.names.push({ name, kind });
    return true;
  };
  const readPrimaries = async (file: string, list: string): Promise<void> => {
    for await (const row of ofacRows(file)) {
      const key = `${list}:${row[0]}`;
      if (byKey.has(key) || !row[1]) continue;
      byKey.set(key, { key, names: [{ name: row[1], kind: 'primary' }] });
      stats.primaries++;
    }
  };
  // alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks. The 2021 alt names are attached only to
  // entities still on the 2024 list: an alt of a delisted entity names nobody who is listed today.
  const readAlts = async (file: string, list: string): Promise<void> => {
    for await (const row of ofacRows(file)) {
      if (addName(`${list}:${row[0]}`, row[3] ?? '', 'alt')) stats.alts++;
      else stats.altsWithoutEntry++;
    }
  };
  if (sdn2024) await readPrimaries(LIST_FILES.sdn2024, 'sdn');
  if (sdn2024 && alt2021) await readAlts(LIST_FILES.alt2021, 'sdn');
  if (consolidated) {
    await readPrimaries(LIST_FILES.consPrim, 'cons');
    await readAlts(LIST_FILES.consAlt, 'cons');
  }
  if (native) {
    for (const c of CURATED_ENTRIES) byKey.set(c.key, { key: c.key, names: c.names.map((n) => ({ ...n })) });
    for (const n of NATIVE_NAMES) if (addName(n.key, n.name, 'native')) stats.natives++;
  }
  return { entries: [...byKey.values()], stats };
}

import { basename } from 'node:path';

/**
 * Which OFAC list a row belongs to, and which uploaded file plays which part in an OFAC CSV set.
 *
 * OFAC publishes its lists as two CSV sets: the SDN list (sdn.csv, add.csv, alt.csv, sdn_comments.csv)
 * and the Consolidated Sanctions List of the non-SDN lists (cons_prim.csv, cons_add.csv, cons_alt.csv,
 * cons_comments.csv), both without headers, in the layout documented at
 * https://ofac.treasury.gov/specially-designated-nationals-list-sdn-list/sdn-list-data-formats-data-schemas
 * (and moov-io/watchman docs/file-structure). The consolidated CSV names no list per row; only the
 * program tags tell, so each row is classified by them (see CONSOLIDATED_RULES).
 */

/**
 * The name trade.gov's CSL gives each OFAC list (its `source` column). OFAC rows carry these as
 * `sourceRaw`, so an entry gets the same `source` whether it came from the CSL or from OFAC's files.
 * SDN, SSI, FSE, PLC and CAP are spelled as in the CSL samples in shared/data; CMIC and NS-MBS are
 * written from trade.gov's source list and are not in those samples [unverified spelling].
 */
export const OFAC_LIST_NAMES = {
  SDN: 'Specially Designated Nationals (SDN) - Treasury Department',
  CMIC: 'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
  SSI: 'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
  FSE: 'Foreign Sanctions Evaders (FSE) - Treasury Department',
  PLC: 'Palestinian Legislative Council List (PLC) - Treasury Department',
  CAP: 'Capta List (CAP) - Treasury Department',
  MBS: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
} as const;
export type OfacList = keyof typeof OFAC_LIST_NAMES;

/**
 * Program tag → non-SDN list, first match wins (a row can carry several tags, e.g. "SDGT] [NS-PLC"):
 *  - CMIC-EO13959 (any tag with CMIC)                 → NS-CMIC (EO 13959/14032 Chinese military companies)
 *  - NS-PLC                                           → PLC
 *  - FSE-* (FSE-IR, FSE-SY, FSE-WMD, ...)             → FSE (EO 13608 foreign sanctions evaders)
 *  - 561-Related                                      → CAPTA (31 CFR 561.201 correspondent-account list)
 *  - UKRAINE-EO13662                                  → SSI (EO 13662 directives), also when RUSSIA-EO14024
 *                                                       or another tag is added, as trade.gov lists them
 *  - remarks on correspondent / payable-through accounts → CAPTA (e.g. EO 14024 Directive 2 banks)
 *  - RUSSIA-EO14024, CAATSA - RUSSIA, BURMA-EO14014,
 *    ILLICIT-DRUGS-EO14059                            → NS-MBS (directive / menu-based sanctions that
 *                                                       block nothing)
 * Anything else is not guessed: the row keeps the caller's label for the set.
 * On the 2025-12 cons_prim.csv: 286 SSI, 78 PLC, 68 NS-CMIC, 9 NS-MBS, 1 CAPTA, 0 unclassified.
 */
export function consolidatedList(programs: readonly string[], remarks: string | null): OfacList | null {
  const has = (test: (p: string) => boolean) => programs.some(test);
  if (has((p) => p.includes('CMIC'))) return 'CMIC';
  if (has((p) => p === 'NS-PLC')) return 'PLC';
  if (has((p) => p.startsWith('FSE'))) return 'FSE';
  if (has((p) => p === '561-Related')) return 'CAP';
  if (has((p) => p === 'UKRAINE-EO13662')) return 'SSI';
  if (remarks && /payable-through account/i.test(remarks)) return 'CAP';
  const menuBased = ['RUSSIA-EO14024', 'CAATSA - RUSSIA', 'BURMA-EO14014', 'ILLICIT-DRUGS-EO14059'];
  if (has((p) => menuBased.includes(p))) return 'MBS';
  return null;
}

export type OfacRole = 'primary' | 'add' | 'alt' | 'comments';

/** File names of one OFAC set, by role; the names are returned as uploaded. */
export interface OfacFileNames {
  primary: string;
  add?: string;
  alt?: string;
  comments?: string;
}

const FILES: Record<string, { set: 'sdn' | 'consolidated'; role: OfacRole }> = {
  'sdn.csv': { set: 'sdn', role: 'primary' },
  'add.csv': { set: 'sdn', role: 'add' },
  'alt.csv': { set: 'sdn', role: 'alt' },
  'sdn_comments.csv': { set: 'sdn', role: 'comments' },
  'cons_prim.csv': { set: 'consolidated', role: 'primary' },
  'cons_add.csv': { set: 'consolidated', role: 'add' },
  'cons_alt.csv': { set: 'consolidated', role: 'alt' },
  'cons_comments.csv': { set: 'consolidated', role: 'comments' },
};

/**
 * Maps uploaded file names (case-insensitive, any folder) to their role in one OFAC set. Throws, naming the
 * file, on a name OFAC does not publish, on two files for one role, on files of both sets, and when the
 * primary file (sdn.csv or cons_prim.csv) is missing.
 */
export function recogniseOfacFiles(
  fileNames: readonly string[],
): OfacFileNames & { set: 'sdn' | 'consolidated' } {
  const roles: Partial<Record<OfacRole, string>> = {};
  let set: 'sdn' | 'consolidated' | null = null;
  for (const name of fileNames) {
    const known = FILES[basename(name.replace(/\\/g, '/')).toLowerCase()];
    if (!known) {
      throw new Error(
        `unrecognised file "${name}": an OFAC set is sdn.csv, add.csv, alt.csv, sdn_comments.csv or cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv`,
      );
    }
    if (set && set !== known.set)
      throw new Error(
        `"${name}" belongs to the ${known.set === 'sdn' ? 'SDN' : 'consolidated non-SDN'} set, the other files to the ${set === 'sdn' ? 'SDN' : 'consolidated non-SDN'} set; upload one set at a time`,
      );
    if (roles[known.role])
      throw new Error(`"${name}" and "${roles[known.role]!}" are the same file of the set`);
    set = known.set;
    roles[known.role] = name;
  }
  if (!set || !roles.primary)
    throw new Error(
      `the primary file (${set === 'consolidated' ? 'cons_prim.csv' : 'sdn.csv or cons_prim.csv'}) is missing`,
    );
  return { set, primary: roles.primary, add: roles.add, alt: roles.alt, comments: roles.comments };
}

/**
 * Every fact that can feed a decision carries where it came from. `official` means the vendor's own
 * page (and so its URL must sit on one of the vendor's official domains); `secondary` a reputable third
 * party; `unverified` a claim we could not confirm; `unknown` means nobody knows yet — the value is null
 * and the evaluation must treat it as missing, never as a pass.
 */
export const FACT_STATUSES = ['official', 'secondary', 'unverified', 'unknown'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export interface Provenance {
  /** Where the fact was read. Absent only for `unknown` facts. */
  url?: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  retrieved?: string;
  /** Short verbatim quote backing the fact. */
  quote?: string;
  /** Free-text note, e.g. the conflict between two sources. */
  note?: string;
}

export interface Fact<T> {
  value: T | null;
  status: FactStatus;
  source?: Provenance;
}

/** A fact nobody has established. Kept explicit so the evaluation can name it as missing. */
export function unknownFact<T>(note?: string): Fact<T> {
  return note ? { value: null, status: 'unknown', source: { note } } : { value: null, status: 'unknown' };
}

/** Certifications a vendor claims (SOC 2 Type II, ISO 27001, ISO 42001…) and the scope they cover. */
export interface Certification {
  name: string;
  scope?: string;
  status: FactStatus;
  source?: Provenance;
}

/** How a vendor (or one offering, overriding the vendor) handles customer data. */
export interface DataHandling {
  trainsOnCustomerData?: Fact<boolean>;
  retentionDays?: Fact<number>;
  zeroDataRetentionAvailable?: Fact<boolean>;
  dpaAvailable?: Fact<boolean>;
  sccsOffered?: Fact<boolean>;
  subProcessorsPublished?: Fact<boolean>;
}

/** A designation on a restricted-party list or an equivalent government action, with its citation. */
export interface Designation {
  list: string; // e.g. 'BIS Entity List', 'OFAC NS-CMIC', 'DoD 1260H'
  entityName: string;
  citation?: string; // e.g. '90 FR 4617'
  frDocument?: string; // e.g. '2025-00704'
  effective?: string; // ISO date
  status: FactStatus;
  source?: Provenance;
}

/** A public-sector ban or restriction on using the vendor's products. */
export interface PublicBan {
  authority: string; // e.g. 'Texas (state devices)', 'Italy Garante'
  country: string; // ISO alpha-2
  scope: string; // e.g. 'government devices', 'app store removal'
  date?: string;
  status: FactStatus;
  source?: Provenance;
}

/** An allegation (e.g. distillation) — a flag for humans, never a hard gate by itself. */
export interface Allegation {
  kind: string; // e.g. 'distillation'
  summary: string;
  by?: string;
  date?: string;
  status: FactStatus;
  source?: Provenance;
}

import type { FactStatus } from '../../common/provenance';
import type { Effect, RuleCategory, Severity } from '../../policies/engine/pack-types';
import type { Decision, RuleOutcome, ScoreBreakdown } from '../../policies/engine/result-types';

/**
 * Everything a risk report shows, derived once from the report input by `buildReportModel`. The PDF renderer
 * draws it with the template's wording; the JSON twin serialises it as is. Data only: no wording, no layout,
 * so legal can reword the PDF without changing what it states. Every list has a documented, stable order.
 */
export interface ReportModel {
  schemaVersion: 1;
  document: DocumentInfo;
  cover: CoverInfo;
  summary: ExecutiveSummary;
  /** Conditions of every failed `condition` rule, pack order. */
  conditions: ConditionEntry[];
  /** True when the decision is approved_with_conditions: only then do the conditions bind. */
  conditionsBinding: boolean;
  /** Failed and unknown rules, one group per severity (critical → low; empty groups kept). */
  findings: FindingGroup[];
  /** Rules that passed or did not apply, pack order. */
  otherRules: { ruleId: string; title: string; outcome: 'pass' | 'not_applicable' }[];
  profile: ProfileSection;
  jurisdictions: JurisdictionSection;
  screening: ScreeningSection;
  residency: ResidencySection;
  /** null when neither this offering nor any alternative has cost data: the PDF then has no cost section. */
  cost: CostSection | null;
  score: ScoreSection;
  signOff: SignOffSection;
  /** Every source URL with its retrieved date, deduplicated, sorted by URL then date; ids E1, E2, … */
  evidence: EvidenceEntry[];
  /** Legal references the rules cite, deduplicated, sorted by citation then URL. */
  references: ReferenceEntry[];
}

export interface DocumentInfo {
  /** `AVR-<evaluation id>`: one evaluation, one document. */
  id: string;
  evaluationId: string;
  reviewId: string;
  /** First 16 hex digits of the snapshot's SHA-256. */
  fingerprint: string;
  snapshotHash: string;
  /** The snapshot hashes (canonical JSON, SHA-256) to `snapshotHash`. */
  fingerprintVerified: boolean;
  packHash: string;
  pack: { id: string; version: string; file: string };
  /** The evaluation's time (ISO 8601, UTC); also the PDF's creation and modification date. */
  createdAt: string;
  generatedFor: string | null;
}

export interface CoverInfo {
  vendor: { name: string; nativeName: string | null };
  contractingEntity: { name: string; nativeName: string | null; country: string } | null;
  model: { name: string; version: string | null };
  offering: { name: string; mode: string; host: string | null };
  useCase: {
    name: string;
    purpose: string;
    sector: string;
    criticality: string;
    publicSector: boolean;
    dataClasses: string[];
    dataSubjectRegions: string[];
  };
  decision: Decision;
  /** YYYY-MM-DD (UTC) of the evaluation. */
  date: string;
  reviewId: string;
  reviewStatus: string;
  submittedBy: string;
  reviewCreatedAt: string;
  trigger: string;
  score: number;
}

export interface ExecutiveSummary {
  decision: Decision;
  /** The rules that decided (deny fails, else deny unknowns, else condition fails), pack order. */
  reasons: { ruleId: string; title: string; outcome: RuleOutcome; message: string | null }[];
  nextSteps: NextStep[];
  counts: Record<RuleOutcome, number> & { total: number };
}

export interface NextStep {
  kind: 'remediate' | 'supply_fact' | 'meet_condition';
  ruleId: string | null;
  /** Remediation or condition text, or the fact path to supply. */
  text: string;
  /** For supply_fact: the rules that need the fact, pack order. */
  ruleIds: string[];
  /** Supplying the fact (or acting on the step) can change the decision. */
  blocking: boolean;
}

export interface ConditionEntry {
  ruleId: string;
  title: string;
  text: string;
}

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

export interface Finding {
  ruleId: string;
  title: string;
  category: RuleCategory;
  effect: Effect;
  outcome: 'fail' | 'unknown';
  /** Among the rules that decided the outcome. */
  deciding: boolean;
  message: string | null;
  remediation: string | null;
  condition: string | null;
  missingFacts: string[];
  error: string | null;
  evidence: FindingEvidence[];
  references: { citation: string; url: string | null }[];
  /** Residual-risk points this finding adds (see the score section). */
  points: number | null;
}

export interface FindingEvidence {
  /** Fact paths this source backs (array indices dropped), sorted. */
  facts: string[];
  status: FactStatus;
  url: string | null;
  retrieved: string | null;
  /** Id in the evidence appendix; null for a source without URL. */
  evidenceId: string | null;
  note: string | null;
}

export type FactValue = string | number | boolean | string[] | null;

/** One fact with its status and source; `key` names the template label. */
export interface FactView {
  key: string;
  value: FactValue;
  /** `derived`: follows from the deployment (e.g. self-hosted weights never reach the vendor), not a source. */
  status: FactStatus | 'derived';
  evidenceId: string | null;
  note: string | null;
}

export interface ProfileSection {
  vendor: {
    name: string;
    nativeName: string | null;
    aliases: string[];
    officialDomains: string[];
    hqCountry: string;
    website: string | null;
    /** Effective data handling (offering overrides vendor) as evaluated, then EU GPAI code status. */
    facts: FactView[];
    certifications: { name: string; scope: string | null; status: FactStatus; evidenceId: string | null }[];
    publicBans: ListedItem[];
    allegations: ListedItem[];
  };
  /** Legal entities, contracting entity first, then by name. */
  entities: EntityView[];
  model: { name: string; version: string | null; facts: FactView[]; benchmarks: ListedItem[] };
  offering: {
    name: string;
    mode: string;
    host: string | null;
    endpoint: string | null;
    currency: string;
    contractingEntity: string | null;
    facts: FactView[];
  };
}

/** A public ban, allegation or benchmark: a headline, a detail line, status and source. */
export interface ListedItem {
  title: string;
  detail: string;
  date: string | null;
  status: FactStatus;
  evidenceId: string | null;
}

export interface EntityView {
  name: string;
  nativeName: string | null;
  country: string;
  roles: string[];
  contracting: boolean;
  status: FactStatus;
  evidenceId: string | null;
  owners: {
    ownerName: string;
    percent: number | null;
    status: FactStatus;
    evidenceId: string | null;
    note: string | null;
  }[];
}

export const COUNTRY_ROLES = [
  'hq',
  'entity',
  'contracting',
  'storage',
  'inference',
  'subjects',
  'ban',
] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

export interface JurisdictionSection {
  /** Countries with a role in this deployment, by ISO code. */
  countries: {
    code: string;
    name: string;
    roles: CountryRole[];
    euAdequacy: string | null;
    countryOfConcern: boolean | null;
    foreignAdversary: boolean | null;
    governmentAccessLaws: string[];
    evidenceIds: string[];
  }[];
  contractingEntity: { name: string; country: string; countryOfConcern: boolean } | null;
  hqInCountryOfConcern: boolean | null;
  countryOfConcernOwnership: number | null;
  /** Where data rests or is processed, or the contracting party is organised, under government-access laws. */
  exposure: { code: string; name: string; via: CountryRole[]; laws: string[] }[];
}

export interface ScreeningSection {
  status: string;
  listVersions: string[];
  /** null when the vendor was not screened. */
  hits:
    | {
        entityName: string;
        list: string;
        programs: string[];
        citation: string | null;
        score: number;
        disposition: string | null;
      }[]
    | null;
  /** null when designations were never researched. */
  designations:
    | {
        list: string;
        entityName: string;
        citation: string | null;
        frDocument: string | null;
        federalRegisterUrl: string | null;
        effective: string | null;
        status: FactStatus;
        evidenceId: string | null;
      }[]
    | null;
  /** % of the contracting entity owned by listed parties, per list; null = unknown. */
  listedOwnership: { list: string; percent: number | null }[];
}

export type ResidencyVerdict = 'allowed' | 'prohibited' | 'not_allowed' | 'no_rule' | 'unknown';

export interface ResidencySection {
  /** Matrix columns: each storage region, then each inference region (region null = not disclosed). */
  columns: { region: string | null; name: string | null; kind: 'storage' | 'inference' }[];
  /** One row per data class of the use case, sorted. */
  rows: { dataClass: string; hasRule: boolean; requiredMechanisms: string[]; cells: ResidencyVerdict[] }[];
}

export interface CostItem {
  vendor: string;
  model: string;
  offering: string;
  decision: Decision | null;
  compliant: boolean;
  monthlyCost: number | null;
  currency: string;
}

export interface CostSection {
  currency: string;
  monthlyTokens: { input: number; output: number };
  subject: {
    priceInputPer1M: number | null;
    priceOutputPer1M: number | null;
    monthlyCost: number | null;
    annualCost: number | null;
    priceAsOf: string | null;
    evidenceIds: string[];
  };
  /** Alternatives by monthly cost (unknown last), then vendor, model, offering. */
  alternatives: CostItem[];
  /** Bars in one currency, cheapest first; null when nothing can be charted. */
  chart: {
    currency: string;
    bars: { label: string; value: number; kind: 'subject' | 'compliant' | 'other' }[];
  } | null;
}

export interface ScoreSection extends ScoreBreakdown {
  titles: Record<string, string>;
}

export interface SignOffSection {
  state: 'pending' | 'signed_off' | 'overridden';
  entries: { action: string; decision: string; justification: string; byName: string; createdAt: string }[];
}

export interface EvidenceEntry {
  id: string;
  url: string;
  retrieved: string | null;
  statuses: FactStatus[];
  /** Facts this source backs (paths), sorted. */
  facts: string[];
}

export interface ReferenceEntry {
  citation: string;
  url: string | null;
  ruleIds: string[];
}

import type { FactStatus } from '../../common/provenance';
import type { OfferingMode } from '../../seed/seed-types';

/**
 * The one document a policy pack is evaluated against. Built by the evaluation service from the registry
 * (vendor, entities, model, offering, jurisdictions, screening, residency rules) and the review's use case.
 *
 * Unknown facts: every field typed `T | null` is a *fact* that may be unknown. `null` means "nobody knows";
 * the engine leaves it out of the CEL activation, so a rule that reads it comes out `unknown` (never pass,
 * never fail) and the path is reported as missing. Map entries that are absent are unknown in the same way
 * (`jurisdictions.XX`, `useCase.recordsPerYear.health`, `group.listedOwnership['OFAC SDN']`), except
 * `residency`, where an absent data class simply has no organisation rule.
 *
 * `context-schema.ts` describes the same document for the CEL type checker; the two are kept in step by
 * `validateContext` (every run) and the schema spec.
 */
export interface EvaluationContext {
  /** ISO date (YYYY-MM-DD) of the evaluation; rules compare it as a string (e.g. BIS suspension window). */
  asOf: string;
  vendor: VendorFacts;
  group: GroupFacts;
  model: ModelFacts;
  offering: OfferingFacts;
  /** Every country a rule may look up: storage, inference, HQ, group entities, bans, data-subject regions. */
  jurisdictions: Record<string, JurisdictionFacts>;
  screening: ScreeningFacts;
  /** The organisation's data-residency rules, keyed by data class; a class without a rule is unrestricted. */
  residency: Partial<Record<DataClass, ResidencyRuleFacts>>;
  useCase: UseCaseFacts;
}

export const DATA_CLASSES = [
  'public',
  'internal',
  'confidential',
  'personal_data',
  'sensitive_personal_data',
  'health',
  'financial',
  'biometric',
  'precise_geolocation',
  'source_code',
  'export_controlled',
  'government_related',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** Classes that carry information about people: `useCase.personalData` is true when any is present. */
export const PERSONAL_DATA_CLASSES: readonly DataClass[] = [
  'personal_data',
  'sensitive_personal_data',
  'health',
  'financial',
  'biometric',
  'precise_geolocation',
];

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const ADEQUACY_VALUES = ['full', 'partial', 'none', 'eea'] as const;
export type AdequacyValue = (typeof ADEQUACY_VALUES)[number];

export const SCREENING_STATUSES = ['confirmed', 'potential', 'clear', 'not_screened'] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

export const HIT_DISPOSITIONS = ['confirmed', 'false_positive'] as const;
export type HitDisposition = (typeof HIT_DISPOSITIONS)[number];

/** Statuses a listed item may carry; items whose status is `unknown` are left out by the builder. */
export type KnownStatus = Exclude<FactStatus, 'unknown'>;
export const KNOWN_STATUSES: readonly KnownStatus[] = ['official', 'secondary', 'unverified'];

/**
 * List names used in `vendor.designations[].list`, `screening.hits[].list` and `group.listedOwnership`.
 * One vocabulary, so a rule can match designations and screening hits alike; `normaliseListName` maps the
 * CSL source codes onto it.
 */
export const RESTRICTED_LISTS = [
  'OFAC SDN',
  'OFAC NS-CMIC',
  'BIS Entity List',
  'BIS MEU',
  'BIS UVL',
  'BIS DPL',
  'DoD 1260H',
] as const;

export interface VendorFacts {
  name: string;
  hqCountry: string;
  /** Names of certifications whose status is not `unknown`; null when nobody has researched them. */
  certifications: string[] | null;
  /** Effective values: the offering's data handling overrides the vendor's, field by field. */
  dataHandling: DataHandlingFacts;
  /** null when the vendor's designations were never researched; [] when researched and none found. */
  designations: DesignationFacts[] | null;
  publicBans: PublicBanFacts[] | null;
  allegations: AllegationFacts[] | null;
  /** Signatory of the EU AI Act GPAI Code of Practice. */
  gpaiCodeSignatory: boolean | null;
}

export interface DataHandlingFacts {
  trainsOnCustomerData: boolean | null;
  retentionDays: number | null;
  zeroDataRetentionAvailable: boolean | null;
  dpaAvailable: boolean | null;
  sccsOffered: boolean | null;
  subProcessorsPublished: boolean | null;
}

export interface DesignationFacts {
  /** One of RESTRICTED_LISTS (other names are allowed but no default rule reads them). */
  list: string;
  entityName: string;
  citation: string | null;
  /** ISO date the designation took effect. */
  effective: string | null;
  status: KnownStatus;
}

export interface PublicBanFacts {
  authority: string;
  /** ISO alpha-2 of the banning authority. */
  country: string;
  scope: string;
  status: KnownStatus;
}

export interface AllegationFacts {
  kind: string;
  summary: string;
  status: KnownStatus;
}

/**
 * Ownership facts derived from the vendor's legal-entity graph (see `derive.ts`). Percentages aggregate
 * direct and indirect ownership the way the OFAC 50% rule, the BIS Affiliates Rule and 28 CFR 202.211 do:
 * an entity owned ≥50% by tainted owners is itself tainted and its holdings count in full.
 */
export interface GroupFacts {
  /** ISO alpha-2 of every legal entity in the group, HQ included, sorted and unique. */
  entityCountries: string[];
  /** The vendor's HQ is in a 28 CFR 202.601 country of concern. */
  hqInCountryOfConcern: boolean | null;
  /**
   * Aggregated % of the contracting entity owned by entities organised in a country of concern
   * (100 when it is itself organised there); null when unknown (an ownership share or the contracting
   * entity is not known and it matters).
   */
  countryOfConcernOwnership: number | null;
  /** The entity that signs the contract for this offering; null when unknown or not applicable. */
  contractingEntity: ContractingEntityFacts | null;
  /**
   * Per restricted list: aggregated % of the contracting entity owned by entities on that list (100 when
   * it is itself listed; 0 when nobody in the group is listed). An absent list means unknown.
   */
  listedOwnership: Record<string, number>;
}

export interface ContractingEntityFacts {
  name: string;
  country: string;
  /** Organised in a 28 CFR 202.601 country of concern. */
  countryOfConcern: boolean;
}

export interface ModelFacts {
  name: string;
  openWeights: boolean | null;
  license: string | null;
  /** Total parameters, in billions. */
  paramsTotalB: number | null;
  trainingHardware: string | null;
}

export interface OfferingFacts {
  name: string;
  mode: OfferingMode;
  /** Who hosts a cloud-marketplace offering (e.g. 'Amazon Bedrock'). */
  host: string | null;
  /** ISO alpha-2 where customer data rests; for self_hosted, [review.selfHostedRegion]. */
  storageRegions: string[] | null;
  /** ISO alpha-2 where inference runs; for self_hosted, [review.selfHostedRegion]. */
  inferenceRegions: string[] | null;
  priceInputPer1M: number | null;
  priceOutputPer1M: number | null;
  currency: string;
}

export interface JurisdictionFacts {
  name: string;
  /** 'eea' for EEA members (Chapter V does not apply); otherwise the GDPR Art. 45 adequacy scope. */
  euAdequacy: AdequacyValue | null;
  euMember: boolean;
  eea: boolean;
  /** 28 CFR 202.601 country of concern. */
  countryOfConcern: boolean | null;
  /** 15 CFR 791.4 foreign adversary. */
  foreignAdversary: boolean | null;
  /** Names of laws that let the government compel access to data held or processed there. */
  governmentAccessLaws: string[];
}

export interface ScreeningFacts {
  /** Summary: confirmed (a confirmed hit), potential (an unadjudicated hit), clear, not_screened. */
  status: ScreeningStatus;
  /** Hits on the vendor's entities; null when not screened, so rules that read them are unknown. */
  hits: ScreeningHitFacts[] | null;
  /** Versions of the lists screened against, e.g. 'CSL 2026-11-28T10:00Z'. */
  listVersions: string[];
}

export interface ScreeningHitFacts {
  entityName: string;
  /** One of RESTRICTED_LISTS. */
  list: string;
  programs: string[];
  citation: string | null;
  /** Match score 0–1. */
  score: number;
  /** null until a compliance officer adjudicates the hit: such a hit makes the rules reading it unknown. */
  disposition: HitDisposition | null;
}

export interface ResidencyRuleFacts {
  /** Allowed ISO alpha-2 (plus 'EU'/'EEA' as groups); empty means no allow-list. */
  allowed: string[];
  prohibited: string[];
  /** e.g. 'dpa', 'sccs', 'zdr' (checked against vendor facts) or org-side ones such as 'tia'. */
  requiredMechanisms: string[];
}

export interface UseCaseFacts {
  name: string;
  purpose: string;
  dataClasses: DataClass[];
  /** ISO alpha-2, or 'EU' / 'EEA'. */
  dataSubjectRegions: string[];
  /** Records per year per data class; a class without a number has an unknown volume. */
  recordsPerYear: Partial<Record<DataClass, number>>;
  criticality: Criticality;
  sector: string;
  publicSector: boolean;
  monthlyTokens: { input: number; output: number };
  /** Any of PERSONAL_DATA_CLASSES is present. */
  personalData: boolean;
  /** Data subjects in the EU/EEA ('EU', 'EEA' or an EEA member's code). */
  euSubjects: boolean;
  /** Data subjects in the United States. */
  usSubjects: boolean;
}

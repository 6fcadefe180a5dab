import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESTRICTED_LISTS, type DataClass, type EvaluationContext, type JurisdictionFacts } from '../context';
import { deriveUseCaseFlags } from '../derive';
import { loadPack } from '../pack';
import { formatPackError, type CompiledPack } from '../pack-types';

/**
 * Test fixtures: a clean baseline context (an EU-hosted US vendor with good data handling, an internal
 * use case) that specs mutate into the case they need. Every call returns a fresh deep copy.
 */

const jurisdiction = (name: string, j: Partial<JurisdictionFacts>): JurisdictionFacts => ({
  name,
  euAdequacy: 'none',
  euMember: false,
  eea: false,
  countryOfConcern: false,
  foreignAdversary: false,
  governmentAccessLaws: [],
  ...j,
});

const BASE: EvaluationContext = {
  asOf: '2026-11-29',
  vendor: {
    name: 'Acme AI',
    hqCountry: 'US',
    certifications: ['SOC 2 Type II', 'ISO/IEC 27001'],
    dataHandling: {
      trainsOnCustomerData: false,
      retentionDays: 0,
      zeroDataRetentionAvailable: true,
      dpaAvailable: true,
      sccsOffered: true,
      subProcessorsPublished: true,
    },
    designations: [],
    publicBans: [],
    allegations: [],
    gpaiCodeSignatory: true,
  },
  group: {
    entityCountries: ['US'],
    hqInCountryOfConcern: false,
    countryOfConcernOwnership: 0,
    contractingEntity: { name: 'Acme AI Inc.', country: 'US', countryOfConcern: false },
    listedOwnership: Object.fromEntries(RESTRICTED_LISTS.map((l) => [l, 0])),
  },
  model: {
    name: 'acme-1',
    openWeights: false,
    license: 'proprietary',
    paramsTotalB: 100,
    trainingHardware: null,
  },
  offering: {
    name: 'Acme API (EU)',
    mode: 'vendor_api',
    host: null,
    storageRegions: ['DE'],
    inferenceRegions: ['DE'],
    priceInputPer1M: 1,
    priceOutputPer1M: 4,
    currency: 'USD',
  },
  jurisdictions: {
    CN: jurisdiction('China', {
      countryOfConcern: true,
      foreignAdversary: true,
      governmentAccessLaws: ['National Intelligence Law'],
    }),
    DE: jurisdiction('Germany', { euAdequacy: 'eea', euMember: true, eea: true }),
    IT: jurisdiction('Italy', { euAdequacy: 'eea', euMember: true, eea: true }),
    NO: jurisdiction('Norway', { euAdequacy: 'eea', eea: true }),
    SG: jurisdiction('Singapore', {}),
    CH: jurisdiction('Switzerland', { euAdequacy: 'full' }),
    US: jurisdiction('United States', {
      euAdequacy: 'partial',
      governmentAccessLaws: ['FISA Section 702', 'CLOUD Act'],
    }),
  },
  screening: { status: 'clear', hits: [], listVersions: ['CSL 2026-11-28'] },
  residency: {},
  useCase: {
    name: 'Internal assistant',
    purpose: 'Summarise internal documents',
    dataClasses: ['internal'],
    dataSubjectRegions: ['DE'],
    recordsPerYear: {},
    criticality: 'medium',
    sector: 'retail',
    publicSector: false,
    monthlyTokens: { input: 1_000_000, output: 200_000 },
    personalData: false,
    euSubjects: true,
    usSubjects: false,
  },
};

export type Mutator = (ctx: EvaluationContext) => void;

/** A fresh baseline context with the mutators applied in order. */
export function buildContext(...mutators: Mutator[]): EvaluationContext {
  const ctx = structuredClone(BASE);
  for (const m of mutators) m(ctx);
  return ctx;
}

/** Sets the use case's classes, regions and volumes and re-derives personalData/euSubjects/usSubjects. */
export const useCase =
  (
    dataClasses: DataClass[],
    dataSubjectRegions: string[],
    recordsPerYear: Partial<Record<DataClass, number>> = {},
  ): Mutator =>
  (ctx) => {
    Object.assign(ctx.useCase, { dataClasses, dataSubjectRegions, recordsPerYear });
    Object.assign(ctx.useCase, deriveUseCaseFlags(dataClasses, dataSubjectRegions, ctx.jurisdictions));
  };

export const regions =
  (storage: string[] | null, inference: string[] | null = storage): Mutator =>
  (ctx) => {
    ctx.offering.storageRegions = storage;
    ctx.offering.inferenceRegions = inference;
  };

export const selfHosted =
  (region: string): Mutator =>
  (ctx) => {
    ctx.offering = {
      ...ctx.offering,
      name: 'Self-hosted weights',
      mode: 'self_hosted',
      storageRegions: [region],
      inferenceRegions: [region],
      priceInputPer1M: null,
      priceOutputPer1M: null,
    };
    ctx.group.contractingEntity = null;
  };

let defaultPack: CompiledPack | undefined;

/** The shipped policies/default.yaml, compiled once per test file. */
export function loadDefaultPack(): CompiledPack {
  if (defaultPack) return defaultPack;
  const file = join(__dirname, '..', '..', '..', '..', 'policies', 'default.yaml');
  const result = loadPack(readFileSync(file, 'utf8'), 'policies/default.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
  defaultPack = result.pack;
  return defaultPack;
}

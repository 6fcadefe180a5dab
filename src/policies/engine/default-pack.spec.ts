import type { EvaluationContext } from './context';
import { evaluatePack } from './evaluate';
import type { RuleOutcome } from './result-types';
import {
  buildContext,
  loadDefaultPack,
  regions,
  selfHosted,
  useCase,
  type Mutator,
} from './testing/context-builder';

/**
 * Every rule of policies/default.yaml, driven to pass, fail and unknown (plus the edge cases that carry
 * the rule's meaning). A rule added to the pack without cases here fails the completeness test.
 */

interface Case {
  name: string;
  outcome: RuleOutcome;
  given: Mutator[];
  /** For unknown: fact paths that must be reported missing. */
  missing?: string[];
}
type RuleCases = { pass: Mutator[]; fail: Mutator[]; unknown: Mutator[]; missing: string[]; extra?: Case[] };

const set = (f: (ctx: EvaluationContext) => void): Mutator => f;
const designation = (list: string): Mutator =>
  set((c) =>
    c.vendor.designations?.push({
      list,
      entityName: 'Acme Holdings',
      citation: null,
      effective: null,
      status: 'official',
    }),
  );
const hit = (list: string, disposition: 'confirmed' | 'false_positive' | null): Mutator =>
  set((c) => {
    c.screening.status =
      disposition === null ? 'potential' : disposition === 'confirmed' ? 'confirmed' : 'clear';
    c.screening.hits = [
      { entityName: 'Acme Holdings', list, programs: [], citation: null, score: 0.97, disposition },
    ];
  });
const notScreened = set((c) => Object.assign(c.screening, { status: 'not_screened', hits: null }));
const dh = (patch: Partial<EvaluationContext['vendor']['dataHandling']>): Mutator =>
  set((c) => Object.assign(c.vendor.dataHandling, patch));
const usHealth = (records: number): Mutator => useCase(['health'], ['US'], { health: records });
const prcContracting = set((c) => {
  c.group.contractingEntity = {
    name: 'Hangzhou Example AI Co., Ltd.',
    country: 'CN',
    countryOfConcern: true,
  };
  c.group.countryOfConcernOwnership = 100;
});
const unknownContracting = set((c) => {
  c.group.contractingEntity = null;
  c.group.countryOfConcernOwnership = null;
});
const residency = (allowed: string[], prohibited: string[], requiredMechanisms: string[] = []): Mutator =>
  set((c) => (c.residency.personal_data = { allowed, prohibited, requiredMechanisms }));
const personalEU = useCase(['personal_data'], ['DE'], { personal_data: 5000 });
const publicSector = (subjects: string[]): Mutator =>
  set((c) => {
    useCase(['internal'], subjects)(c);
    c.useCase.publicSector = true;
  });
const ban = (country: string): Mutator =>
  set((c) =>
    c.vendor.publicBans?.push({
      authority: 'Some authority',
      country,
      scope: 'government devices',
      status: 'official',
    }),
  );

const CASES: Record<string, RuleCases> = {
  'sanctions-ofac-sdn': {
    pass: [hit('OFAC SDN', 'false_positive')],
    fail: [designation('OFAC SDN')],
    unknown: [notScreened],
    missing: ['screening.hits'],
    extra: [
      {
        name: 'unadjudicated SDN hit',
        outcome: 'unknown',
        given: [hit('OFAC SDN', null)],
        missing: ['screening.hits[0].disposition'],
      },
      { name: 'confirmed SDN hit', outcome: 'fail', given: [hit('OFAC SDN', 'confirmed')] },
      {
        name: 'contracting entity 50% owned by SDNs',
        outcome: 'fail',
        given: [set((c) => (c.group.listedOwnership['OFAC SDN'] = 50))],
      },
      { name: 'unadjudicated hit on another list', outcome: 'pass', given: [hit('BIS UVL', null)] },
      {
        name: 'designated, even if never screened',
        outcome: 'fail',
        given: [notScreened, designation('OFAC SDN')],
      },
      {
        name: 'self-hosted weights of an SDN group',
        outcome: 'fail',
        given: [selfHosted('DE'), designation('OFAC SDN')],
      },
    ],
  },
  'sanctions-ns-cmic-1260h': {
    pass: [],
    fail: [designation('DoD 1260H')],
    unknown: [set((c) => (c.vendor.designations = null))],
    missing: ['vendor.designations'],
    extra: [{ name: 'confirmed NS-CMIC hit', outcome: 'fail', given: [hit('OFAC NS-CMIC', 'confirmed')] }],
  },
  'export-control-listed-party-hosted': {
    pass: [designation('BIS UVL')],
    fail: [designation('BIS Entity List')],
    unknown: [hit('BIS Entity List', null)],
    missing: ['screening.hits[0].disposition'],
    extra: [
      {
        name: 'self-hosted is left to the self-hosted rule',
        outcome: 'not_applicable',
        given: [selfHosted('DE'), designation('BIS Entity List')],
      },
      { name: 'MEU counts too', outcome: 'fail', given: [designation('BIS MEU')] },
    ],
  },
  'export-control-affiliates-rule': {
    pass: [],
    fail: [set((c) => (c.group.listedOwnership['BIS Entity List'] = 100))],
    unknown: [set((c) => delete c.group.listedOwnership['BIS Entity List'])],
    missing: ['group.listedOwnership.BIS Entity List'],
    extra: [
      {
        name: 'suspended (2026-06-01)',
        outcome: 'not_applicable',
        given: [set((c) => (c.asOf = '2026-06-01')), set((c) => (c.group.listedOwnership['BIS MEU'] = 100))],
      },
      {
        name: 'before it took effect',
        outcome: 'not_applicable',
        given: [set((c) => (c.asOf = '2025-09-28'))],
      },
      {
        name: 'in force between effect and suspension',
        outcome: 'fail',
        given: [set((c) => (c.asOf = '2025-10-15')), set((c) => (c.group.listedOwnership['BIS MEU'] = 60))],
      },
      {
        name: 'back in force on 2026-11-10',
        outcome: 'fail',
        given: [
          set((c) => (c.asOf = '2026-11-10')),
          set((c) => (c.group.listedOwnership['BIS Entity List'] = 50)),
        ],
      },
      {
        name: 'marketplace without a vendor contract',
        outcome: 'not_applicable',
        given: [
          set((c) => Object.assign(c.offering, { mode: 'cloud_marketplace', host: 'Amazon Bedrock' })),
          unknownContracting,
        ],
      },
    ],
  },
  'export-control-listed-party-self-hosted': {
    pass: [selfHosted('DE')],
    fail: [selfHosted('DE'), designation('BIS Entity List')],
    unknown: [selfHosted('DE'), set((c) => (c.vendor.designations = null))],
    missing: ['vendor.designations'],
    extra: [
      {
        name: 'hosted offerings use the hosted rule',
        outcome: 'not_applicable',
        given: [designation('BIS Entity List')],
      },
    ],
  },
  'doj-dsp-covered-person-bulk-data': {
    pass: [usHealth(20_000)],
    fail: [usHealth(20_000), prcContracting],
    unknown: [usHealth(20_000), unknownContracting],
    missing: ['group.contractingEntity', 'group.countryOfConcernOwnership'],
    extra: [
      { name: 'below the health threshold', outcome: 'pass', given: [usHealth(10_000), prcContracting] },
      {
        name: 'not bulk decides even if the covered-person test is unknown',
        outcome: 'pass',
        given: [usHealth(500), unknownContracting],
      },
      {
        name: '≥50% owned by country-of-concern entities',
        outcome: 'fail',
        given: [usHealth(20_000), set((c) => (c.group.countryOfConcernOwnership = 50))],
      },
      {
        name: 'combined data takes the lowest threshold',
        outcome: 'fail',
        given: [useCase(['health', 'biometric'], ['US'], { health: 5000, biometric: 10 }), prcContracting],
      },
      {
        name: 'government-related data at any volume',
        outcome: 'fail',
        given: [useCase(['government_related'], ['US']), prcContracting],
      },
      {
        name: 'personal identifiers above 100,000',
        outcome: 'fail',
        given: [useCase(['personal_data'], ['US'], { personal_data: 100_001 }), prcContracting],
      },
      {
        name: 'unknown volume',
        outcome: 'unknown',
        given: [useCase(['health'], ['US']), prcContracting],
        missing: ['useCase.recordsPerYear.health'],
      },
      {
        name: 'no US data subjects',
        outcome: 'not_applicable',
        given: [useCase(['health'], ['DE'], { health: 50_000 }), prcContracting],
      },
      {
        name: 'self-hosted',
        outcome: 'not_applicable',
        given: [usHealth(50_000), prcContracting, selfHosted('US')],
      },
    ],
  },
  'gdpr-chapter-v-safeguards': {
    pass: [personalEU],
    fail: [personalEU, regions(['US'])],
    unknown: [personalEU, regions(['DE'], null)],
    missing: ['offering.inferenceRegions'],
    extra: [
      { name: 'fully adequate country', outcome: 'pass', given: [personalEU, regions(['CH'])] },
      {
        name: 'a known non-adequate region decides despite an unknown one',
        outcome: 'fail',
        given: [personalEU, regions(['CN'], null)],
      },
      { name: 'self-hosted in the EU', outcome: 'pass', given: [personalEU, selfHosted('DE')] },
      {
        name: 'no EU subjects',
        outcome: 'not_applicable',
        given: [useCase(['personal_data'], ['US']), regions(['US'])],
      },
    ],
  },
  'gdpr-transfer-mechanism-available': {
    pass: [personalEU, regions(['US'])],
    fail: [personalEU, regions(['US']), dh({ sccsOffered: false })],
    unknown: [personalEU, regions(['US']), dh({ sccsOffered: null })],
    missing: ['vendor.dataHandling.sccsOffered'],
    extra: [
      {
        name: 'adequate regions need no SCCs',
        outcome: 'pass',
        given: [personalEU, dh({ sccsOffered: null })],
      },
      {
        name: 'unknown jurisdiction',
        outcome: 'unknown',
        given: [personalEU, regions(['BR']), dh({ sccsOffered: false })],
        missing: ['jurisdictions.BR'],
      },
    ],
  },
  'china-high-sensitivity-data': {
    pass: [useCase(['source_code'], ['DE'])],
    fail: [useCase(['source_code'], ['DE']), regions(['CN'], null)],
    unknown: [useCase(['source_code'], ['DE']), regions(['DE'], null)],
    missing: ['offering.inferenceRegions'],
    extra: [
      {
        name: 'self-hosted in China',
        outcome: 'fail',
        given: [useCase(['health'], ['DE'], { health: 1 }), selfHosted('CN')],
      },
      { name: 'public and internal data only', outcome: 'not_applicable', given: [regions(['CN'])] },
    ],
  },
  'china-cross-border-export-back': {
    pass: [useCase(['personal_data'], ['DE'], { personal_data: 99_999 }), regions(['CN'])],
    fail: [useCase(['personal_data'], ['DE'], { personal_data: 100_000 }), regions(['CN'])],
    unknown: [useCase(['personal_data'], ['DE']), regions(['CN'])],
    missing: ['useCase.recordsPerYear.personal_data'],
    extra: [
      {
        name: 'any sensitive PI',
        outcome: 'fail',
        given: [useCase(['financial'], ['DE'], { financial: 10 }), regions(['SG'], ['CN'])],
      },
      {
        name: 'not processed in China',
        outcome: 'not_applicable',
        given: [useCase(['personal_data'], ['DE'], { personal_data: 1e6 })],
      },
    ],
  },
  'government-access-laws': {
    pass: [],
    fail: [regions(['US'])],
    unknown: [regions(['US']), set((c) => delete c.jurisdictions.US)],
    missing: ['jurisdictions.US'],
    extra: [{ name: 'China is left to the China rules', outcome: 'pass', given: [regions(['CN'])] }],
  },
  'residency-storage': {
    pass: [personalEU, residency(['EEA'], ['CN'])],
    fail: [personalEU, residency(['EEA'], ['CN']), regions(['US'], ['DE'])],
    unknown: [personalEU, residency(['EEA'], ['CN']), regions(null, ['DE'])],
    missing: ['offering.storageRegions'],
    extra: [
      {
        name: 'prohibited region',
        outcome: 'fail',
        given: [personalEU, residency([], ['CN']), regions(['CN'], ['DE'])],
      },
      {
        name: "'EU' group excludes non-EU EEA states",
        outcome: 'fail',
        given: [personalEU, residency(['EU'], []), regions(['NO'])],
      },
      {
        name: 'self-hosted region decides',
        outcome: 'pass',
        given: [personalEU, residency(['DE'], []), selfHosted('DE')],
      },
      { name: 'no rule for the classes used', outcome: 'not_applicable', given: [residency(['DE'], [])] },
    ],
  },
  'residency-inference': {
    pass: [personalEU, residency(['EEA'], ['CN'])],
    fail: [personalEU, residency(['EEA'], ['CN']), regions(['DE'], ['US'])],
    unknown: [personalEU, residency(['EEA'], ['CN']), regions(['DE'], null)],
    missing: ['offering.inferenceRegions'],
    extra: [
      {
        name: 'self-hosted outside the allowed region',
        outcome: 'fail',
        given: [personalEU, residency(['DE'], []), selfHosted('US')],
      },
    ],
  },
  'residency-required-mechanisms': {
    pass: [personalEU, residency([], [], ['dpa', 'sccs'])],
    fail: [personalEU, residency([], [], ['dpa', 'sccs']), dh({ dpaAvailable: false })],
    unknown: [personalEU, residency([], [], ['dpa', 'sccs']), dh({ sccsOffered: null })],
    missing: ['vendor.dataHandling.sccsOffered'],
    extra: [
      {
        name: 'organisation-side mechanism must be evidenced',
        outcome: 'fail',
        given: [personalEU, residency([], [], ['tia'])],
      },
      {
        name: 'self-hosted',
        outcome: 'not_applicable',
        given: [personalEU, residency([], [], ['dpa']), selfHosted('DE')],
      },
    ],
  },
  'data-handling-training': {
    pass: [],
    fail: [dh({ trainsOnCustomerData: true })],
    unknown: [dh({ trainsOnCustomerData: null })],
    missing: ['vendor.dataHandling.trainsOnCustomerData'],
    extra: [
      {
        name: 'public data only',
        outcome: 'not_applicable',
        given: [useCase(['public'], ['DE']), dh({ trainsOnCustomerData: true })],
      },
      {
        name: 'self-hosted',
        outcome: 'not_applicable',
        given: [selfHosted('DE'), dh({ trainsOnCustomerData: true })],
      },
    ],
  },
  'data-handling-retention': {
    pass: [useCase(['confidential'], ['DE'])],
    fail: [useCase(['confidential'], ['DE']), dh({ zeroDataRetentionAvailable: false, retentionDays: 90 })],
    unknown: [
      useCase(['confidential'], ['DE']),
      dh({ zeroDataRetentionAvailable: false, retentionDays: null }),
    ],
    missing: ['vendor.dataHandling.retentionDays'],
    extra: [
      {
        name: 'short retention decides although ZDR is unknown',
        outcome: 'pass',
        given: [
          useCase(['confidential'], ['DE']),
          dh({ zeroDataRetentionAvailable: null, retentionDays: 30 }),
        ],
      },
    ],
  },
  'data-handling-zdr-special-categories': {
    pass: [useCase(['health'], ['DE'], { health: 10 })],
    fail: [
      useCase(['health'], ['DE'], { health: 10 }),
      dh({ zeroDataRetentionAvailable: false, retentionDays: 30 }),
    ],
    unknown: [
      useCase(['health'], ['DE'], { health: 10 }),
      dh({ zeroDataRetentionAvailable: null, retentionDays: 30 }),
    ],
    missing: ['vendor.dataHandling.zeroDataRetentionAvailable'],
  },
  'data-handling-dpa': {
    pass: [personalEU],
    fail: [personalEU, dh({ dpaAvailable: false })],
    unknown: [personalEU, dh({ dpaAvailable: null })],
    missing: ['vendor.dataHandling.dpaAvailable'],
    extra: [
      {
        name: 'self-hosted',
        outcome: 'not_applicable',
        given: [personalEU, selfHosted('DE'), dh({ dpaAvailable: false })],
      },
    ],
  },
  'data-handling-subprocessors': {
    pass: [personalEU],
    fail: [personalEU, dh({ subProcessorsPublished: false })],
    unknown: [personalEU, dh({ subProcessorsPublished: null })],
    missing: ['vendor.dataHandling.subProcessorsPublished'],
  },
  'security-certifications-critical': {
    pass: [set((c) => (c.useCase.criticality = 'critical'))],
    fail: [
      set((c) => (c.useCase.criticality = 'critical')),
      set((c) => (c.vendor.certifications = ['SOC 2 Type I', 'SOC 3'])),
    ],
    unknown: [set((c) => (c.useCase.criticality = 'critical')), set((c) => (c.vendor.certifications = null))],
    missing: ['vendor.certifications'],
    extra: [
      {
        name: 'high criticality',
        outcome: 'not_applicable',
        given: [set((c) => (c.useCase.criticality = 'high')), set((c) => (c.vendor.certifications = []))],
      },
    ],
  },
  'public-sector-bans': {
    pass: [publicSector(['US']), ban('IT')],
    fail: [publicSector(['US']), ban('US')],
    unknown: [publicSector(['US']), set((c) => (c.vendor.publicBans = null))],
    missing: ['vendor.publicBans'],
    extra: [
      {
        name: "EU-wide use and an EU member's ban",
        outcome: 'fail',
        given: [publicSector(['EU']), ban('IT')],
      },
      {
        name: 'EU-wide use and a ban from an unknown jurisdiction',
        outcome: 'unknown',
        given: [publicSector(['EU']), ban('XK')],
        missing: ['jurisdictions.XK'],
      },
      { name: 'private sector', outcome: 'not_applicable', given: [ban('DE')] },
    ],
  },
  'public-sector-foreign-adversary': {
    pass: [publicSector(['US'])],
    fail: [publicSector(['US']), set((c) => (c.group.entityCountries = ['CN', 'US']))],
    unknown: [publicSector(['US']), set((c) => (c.jurisdictions.US.foreignAdversary = null))],
    missing: ['jurisdictions.US.foreignAdversary'],
  },
  'provenance-allegations': {
    pass: [],
    fail: [
      set((c) =>
        c.vendor.allegations?.push({
          kind: 'distillation',
          summary: 'alleged distillation',
          status: 'secondary',
        }),
      ),
    ],
    unknown: [set((c) => (c.vendor.allegations = null))],
    missing: ['vendor.allegations'],
    extra: [
      {
        name: 'applies to self-hosted weights',
        outcome: 'fail',
        given: [
          selfHosted('DE'),
          set((c) => c.vendor.allegations?.push({ kind: 'x', summary: 'y', status: 'unverified' })),
        ],
      },
    ],
  },
  'provenance-gpai-code': {
    pass: [],
    fail: [set((c) => (c.vendor.gpaiCodeSignatory = false))],
    unknown: [set((c) => (c.vendor.gpaiCodeSignatory = null))],
    missing: ['vendor.gpaiCodeSignatory'],
    extra: [
      {
        name: 'no EU subjects',
        outcome: 'not_applicable',
        given: [useCase(['internal'], ['US']), set((c) => (c.vendor.gpaiCodeSignatory = false))],
      },
    ],
  },
  'cost-monthly-estimate': {
    pass: [],
    fail: [set((c) => (c.useCase.monthlyTokens = { input: 9_000_000_000, output: 300_000_000 }))],
    unknown: [set((c) => (c.offering.priceInputPer1M = null))],
    missing: ['offering.priceInputPer1M'],
  },
};

const pack = loadDefaultPack();

function outcomeOf(
  ruleId: string,
  given: Mutator[],
): { outcome: RuleOutcome; missing: string[]; error: string | null } {
  const result = evaluatePack(pack, buildContext(...given));
  const rule = result.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`rule ${ruleId} not in the pack`);
  return { outcome: rule.outcome, missing: rule.missingFacts, error: rule.error };
}

describe('default pack', () => {
  it('has cases for exactly its rules', () => {
    expect(Object.keys(CASES).sort()).toEqual(pack.rules.map((r) => r.id).sort());
  });

  it('has 15–25 rules, each citing at least one source', () => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(15);
    expect(pack.rules.length).toBeLessThanOrEqual(25);
    for (const rule of pack.rules) expect(rule.references.length).toBeGreaterThan(0);
  });

  describe.each(Object.entries(CASES))('%s', (ruleId, cases) => {
    const table: Case[] = [
      { name: 'pass', outcome: 'pass', given: cases.pass },
      { name: 'fail', outcome: 'fail', given: cases.fail },
      { name: 'unknown', outcome: 'unknown', given: cases.unknown, missing: cases.missing },
      ...(cases.extra ?? []),
    ];
    it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const got = outcomeOf(ruleId, c.given);
      expect(got.outcome).toBe(c.outcome);
      expect(got.error).toBeNull();
      if (c.outcome === 'unknown') {
        expect(got.missing.length).toBeGreaterThan(0);
        for (const path of c.missing ?? []) expect(got.missing).toContain(path);
      }
    });
  });
});

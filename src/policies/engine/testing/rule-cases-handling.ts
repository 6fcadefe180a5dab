import { ban, dh, personalEU, publicSector, residency, set, type RuleCases } from './rule-mutators';
import { regions, selfHosted, useCase } from './context-builder';

/** Default-pack rule cases: residency, data handling, security, public sector, provenance, cost. */
export const HANDLING_AND_OTHER_CASES: Record<string, RuleCases> = {
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

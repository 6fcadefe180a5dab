import {
  designation,
  dh,
  hit,
  notScreened,
  personalEU,
  prcContracting,
  set,
  unknownContracting,
  usHealth,
  type RuleCases,
} from './rule-mutators';
import { regions, selfHosted, useCase } from './context-builder';

/** Default-pack rule cases: restricted parties, DOJ 28 CFR 202, GDPR Chapter V, the PRC regime. */
export const PARTY_AND_JURISDICTION_CASES: Record<string, RuleCases> = {
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
  'screening-open-hits': {
    pass: [hit('OFAC NS-CMIC', 'false_positive')],
    fail: [hit('OFAC NS-CMIC', null)],
    unknown: [notScreened],
    missing: ['screening.hits'],
    extra: [
      {
        name: 'a confirmed hit is adjudicated',
        outcome: 'pass',
        given: [hit('BIS Entity List', 'confirmed')],
      },
      { name: 'an open SDN hit is open too', outcome: 'fail', given: [hit('OFAC SDN', null)] },
    ],
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
};

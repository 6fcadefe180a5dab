import {
  deriveGroupFacts,
  deriveUseCaseFlags,
  effectiveDataHandling,
  normaliseListName,
  type OwnershipEntity,
} from './derive';

const COC = new Set(['CN', 'RU']);
const isCoC = (c: string): boolean | null => (c === 'XX' ? null : COC.has(c));
const entity = (
  id: string,
  country: string,
  owners: [string, number | null][] = [],
  roles: string[] = [],
): OwnershipEntity => ({
  id,
  name: id,
  country,
  roles,
  owners: owners.map(([ownerEntityId, percent]) => ({ ownerEntityId, percent })),
});

describe('deriveGroupFacts', () => {
  it('a contracting entity organised in a country of concern is 100% and listed lists default to 0', () => {
    const g = deriveGroupFacts({
      hqCountry: 'CN',
      entities: [entity('hz', 'CN', [], ['parent'])],
      contractingEntityId: 'hz',
      isCountryOfConcern: isCoC,
      listedEntityIds: {},
    });
    expect(g).toMatchObject({
      hqInCountryOfConcern: true,
      countryOfConcernOwnership: 100,
      contractingEntity: { name: 'hz', country: 'CN', countryOfConcern: true },
    });
    expect(g.listedOwnership['OFAC SDN']).toBe(0);
    expect(g.listedOwnership['BIS Entity List']).toBe(0);
  });

  it('aggregates like the 50% rule: a ≥50%-owned owner counts in full, a minority one not at all', () => {
    // parent (CN) owns 60% of mid (SG); mid owns 30% of sg; parent owns 25% of sg directly.
    const entities = [
      entity('parent', 'CN', [], ['parent']),
      entity('mid', 'SG', [['parent', 60]]),
      entity('minor', 'SG', [['parent', 40]]),
      entity('sg', 'SG', [
        ['mid', 30],
        ['parent', 25],
        ['minor', 20],
      ]),
    ];
    const g = deriveGroupFacts({
      hqCountry: 'CN',
      entities,
      contractingEntityId: 'sg',
      isCountryOfConcern: isCoC,
      listedEntityIds: {},
    });
    expect(g.countryOfConcernOwnership).toBe(55);
  });

  it('an unknown share that could reach 50% makes the ownership unknown; one that cannot does not', () => {
    const entities = [entity('parent', 'CN', [], ['parent']), entity('sg', 'SG', [['parent', null]])];
    const listed = { 'BIS Entity List': ['parent'] };
    const g = deriveGroupFacts({
      hqCountry: 'CN',
      entities,
      contractingEntityId: 'sg',
      isCountryOfConcern: isCoC,
      listedEntityIds: listed,
    });
    expect(g.countryOfConcernOwnership).toBeNull();
    expect('BIS Entity List' in g.listedOwnership).toBe(false);
    expect(g.listedOwnership['OFAC SDN']).toBe(0);
  });

  it('a lower bound that already reaches 50% is known even with other shares unknown', () => {
    const entities = [
      entity('parent', 'CN', [], ['parent']),
      entity('other', 'US', [], ['parent']),
      entity('sg', 'SG', [
        ['parent', 50],
        ['other', null],
      ]),
    ];
    const g = deriveGroupFacts({
      hqCountry: 'CN',
      entities,
      contractingEntityId: 'sg',
      isCountryOfConcern: isCoC,
      listedEntityIds: {},
    });
    expect(g.countryOfConcernOwnership).toBe(50);
  });

  it('owners never recorded are unknown when the HQ is in a country of concern, 0 when not', () => {
    const sg = entity('sg', 'SG');
    expect(
      deriveGroupFacts({
        hqCountry: 'CN',
        entities: [sg],
        contractingEntityId: 'sg',
        isCountryOfConcern: isCoC,
        listedEntityIds: {},
      }).countryOfConcernOwnership,
    ).toBeNull();
    expect(
      deriveGroupFacts({
        hqCountry: 'US',
        entities: [sg],
        contractingEntityId: 'sg',
        isCountryOfConcern: isCoC,
        listedEntityIds: {},
      }).countryOfConcernOwnership,
    ).toBe(0);
  });

  it('without a contracting entity, ownership is 0 only when nobody in the group can be tainted', () => {
    const us = {
      hqCountry: 'US',
      entities: [entity('us', 'US', [], ['parent'])],
      contractingEntityId: null,
      isCountryOfConcern: isCoC,
      listedEntityIds: {},
    };
    expect(deriveGroupFacts(us)).toMatchObject({ countryOfConcernOwnership: 0, contractingEntity: null });
    const cn = { ...us, hqCountry: 'CN', entities: [entity('cn', 'CN', [], ['parent'])] };
    expect(deriveGroupFacts(cn).countryOfConcernOwnership).toBeNull();
  });

  it('survives ownership cycles and unknown countries', () => {
    const entities = [entity('a', 'SG', [['b', 60]]), entity('b', 'XX', [['a', 60]])];
    const g = deriveGroupFacts({
      hqCountry: 'SG',
      entities,
      contractingEntityId: 'a',
      isCountryOfConcern: isCoC,
      listedEntityIds: {},
    });
    expect(g.countryOfConcernOwnership).toBeNull();
    expect(g.entityCountries).toEqual(['SG', 'XX']);
  });
});

describe('helpers', () => {
  it('normalises CSL source names and codes', () => {
    expect(normaliseListName('Entity List (EL) - Bureau of Industry and Security')).toBe('BIS Entity List');
    expect(normaliseListName('Specially Designated Nationals (SDN) - Treasury Department')).toBe('OFAC SDN');
    expect(normaliseListName('CMIC')).toBe('OFAC NS-CMIC');
    expect(normaliseListName('DoD 1260H')).toBe('DoD 1260H');
  });

  it('derives use-case flags', () => {
    expect(deriveUseCaseFlags(['health'], ['IT', 'US'], { IT: { eea: true } })).toEqual({
      personalData: true,
      euSubjects: true,
      usSubjects: true,
    });
    expect(deriveUseCaseFlags(['source_code'], ['EEA'], {})).toEqual({
      personalData: false,
      euSubjects: true,
      usSubjects: false,
    });
    expect(deriveUseCaseFlags(['internal'], ['CH'], { CH: { eea: false } }).euSubjects).toBe(false);
  });

  it('lets an offering override the vendor per field, skipping unknown values', () => {
    const dh = effectiveDataHandling(
      {
        dpaAvailable: { value: true, status: 'official' },
        retentionDays: { value: 30, status: 'secondary' },
        sccsOffered: { value: null, status: 'unknown' },
      },
      { retentionDays: { value: 0, status: 'official' }, dpaAvailable: { value: null, status: 'unknown' } },
    );
    expect(dh).toEqual({
      trainsOnCustomerData: null,
      retentionDays: 0,
      zeroDataRetentionAvailable: null,
      dpaAvailable: true,
      sccsOffered: null,
      subProcessorsPublished: null,
    });
  });
});

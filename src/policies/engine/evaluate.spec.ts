import { ContextValidationError } from './cel-env';
import type { EvaluationContext } from './context';
import { evaluatePack } from './evaluate';
import { loadPack } from './pack';
import { formatPackError, type CompiledPack } from './pack-types';
import { buildContext, loadDefaultPack, regions, selfHosted, useCase } from './testing/context-builder';

function miniPack(rules: { id: string; effect?: string; when?: string; assert: string }[]): CompiledPack {
  const yaml = [
    'id: mini',
    'version: "1"',
    'description: engine semantics',
    'rules:',
    ...rules.flatMap((r) => [
      `  - id: ${r.id}`,
      '    title: t',
      '    category: security',
      '    severity: high',
      `    effect: ${r.effect ?? 'deny'}`,
      ...(r.effect === 'condition' ? ['    condition: do it'] : []),
      ...(r.when ? [`    when: ${JSON.stringify(r.when)}`] : []),
      `    assert: ${JSON.stringify(r.assert)}`,
      '    message: m',
      '    remediation: r',
      '    references: [{ citation: c }]',
    ]),
  ].join('\n');
  const result = loadPack(yaml, 'mini.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
  return result.pack;
}

const ruleOf = (pack: CompiledPack, ctx: EvaluationContext, id: string) => {
  const r = evaluatePack(pack, ctx).rules.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('evaluatePack — unknown facts', () => {
  const pack = miniPack([
    { id: 'dpa', assert: 'vendor.dataHandling.dpaAvailable' },
    { id: 'has', assert: '!has(vendor.dataHandling.dpaAvailable) || vendor.dataHandling.dpaAvailable' },
    { id: 'and', assert: 'vendor.dataHandling.dpaAvailable && offering.mode == "self_hosted"' },
    { id: 'or', assert: 'vendor.dataHandling.dpaAvailable || offering.mode == "vendor_api"' },
    { id: 'when', when: 'vendor.dataHandling.dpaAvailable', assert: 'true' },
    { id: 'jur', assert: 'offering.storageRegions.all(r, jurisdictions[r].euAdequacy == "eea")' },
    { id: 'residency', assert: 'residency["health"].allowed.size() == 0' },
  ]);
  const unknownDpa = buildContext((c) => (c.vendor.dataHandling.dpaAvailable = null));

  it('a rule reading an unknown fact is unknown and names it', () => {
    const r = ruleOf(pack, unknownDpa, 'dpa');
    expect(r).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['vendor.dataHandling.dpaAvailable'],
      error: null,
    });
    expect(ruleOf(pack, unknownDpa, 'when')).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['vendor.dataHandling.dpaAvailable'],
    });
  });

  it('has() tests an unknown fact explicitly', () => {
    expect(ruleOf(pack, unknownDpa, 'has')).toMatchObject({ outcome: 'pass', missingFacts: [] });
  });

  it('follows three-valued logic: false && unknown is false, true || unknown is true', () => {
    expect(ruleOf(pack, unknownDpa, 'and').outcome).toBe('fail');
    expect(ruleOf(pack, unknownDpa, 'or').outcome).toBe('pass');
  });

  it('reports the facts read, with the concrete map keys', () => {
    const ctx = buildContext(regions(['DE', 'US']));
    expect(ruleOf(pack, ctx, 'jur')).toMatchObject({
      outcome: 'fail',
      factsRead: ['jurisdictions.DE.euAdequacy', 'jurisdictions.US.euAdequacy', 'offering.storageRegions'],
    });
    const missingCountry = buildContext(regions(['BR']));
    expect(ruleOf(pack, missingCountry, 'jur')).toMatchObject({
      outcome: 'unknown',
      missingFacts: ['jurisdictions.BR'],
    });
    const unknownAdequacy = buildContext((c) => (c.jurisdictions.DE.euAdequacy = null));
    expect(ruleOf(pack, unknownAdequacy, 'jur').missingFacts).toEqual(['jurisdictions.DE.euAdequacy']);
  });

  it('a residency class without a rule is no fact: reading it unguarded is an error, reported as unknown', () => {
    const r = ruleOf(pack, buildContext(), 'residency');
    expect(r.outcome).toBe('unknown');
    expect(r.missingFacts).toEqual([]);
    expect(r.error).toMatch(/No such key: health/);
  });
});

describe('evaluatePack — context, purity and determinism', () => {
  const pack = loadDefaultPack();

  it('refuses a context that does not match the schema, listing every problem', () => {
    const bad = buildContext((c) => {
      (c.vendor as unknown as Record<string, unknown>).extra = 1;
      c.useCase.monthlyTokens.input = 1.5;
      (c.offering as unknown as Record<string, unknown>).mode = 'on_prem';
      (c.vendor as unknown as Record<string, unknown>).name = null;
    });
    expect(() => evaluatePack(pack, bad)).toThrow(ContextValidationError);
    try {
      evaluatePack(pack, bad);
    } catch (e) {
      expect((e as ContextValidationError).issues).toEqual(
        expect.arrayContaining([
          'vendor.extra: not in the schema',
          'useCase.monthlyTokens.input: expected an integer',
          "offering.mode: 'on_prem' not allowed",
          'vendor.name: required',
        ]),
      );
    }
  });

  it('gives byte-identical JSON for the same input, whatever the key order, and does not mutate it', () => {
    const ctx = buildContext(
      useCase(['personal_data', 'health'], ['DE', 'US'], { personal_data: 5000, health: 20000 }),
      regions(['US']),
    );
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(ctx) as EvaluationContext;
    expect(Object.keys(reordered)[0]).toBe('useCase');
    const before = JSON.stringify(ctx);
    const a = JSON.stringify(evaluatePack(pack, ctx));
    const b = JSON.stringify(evaluatePack(pack, ctx));
    const c = JSON.stringify(evaluatePack(pack, reordered));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(JSON.stringify(ctx)).toBe(before);
  });

  it('carries the pack identity and the per-rule trace', () => {
    const result = evaluatePack(pack, buildContext());
    expect(result.pack).toEqual({
      id: 'default',
      version: pack.version,
      file: 'policies/default.yaml',
      contentHash: pack.contentHash,
    });
    expect(result.rules).toHaveLength(pack.rules.length);
    expect(result.asOf).toBe('2026-11-29');
  });
});

describe("evaluatePack — default pack scenarios (the issue's plausible outcomes)", () => {
  const pack = loadDefaultPack();
  const euPersonal = useCase(['personal_data'], ['DE'], { personal_data: 20_000 });
  const prcVendor = (c: EvaluationContext): void => {
    c.vendor.hqCountry = 'CN';
    c.vendor.certifications = [];
    c.group = {
      entityCountries: ['CN', 'SG'],
      hqInCountryOfConcern: true,
      countryOfConcernOwnership: null,
      contractingEntity: { name: 'Example Pte. Ltd.', country: 'SG', countryOfConcern: false },
      listedOwnership: { 'OFAC SDN': 0 },
    };
  };
  const entityListed = (c: EvaluationContext): void => {
    c.vendor.designations = [
      {
        list: 'BIS Entity List',
        entityName: 'Beijing Example',
        citation: '90 FR 4617',
        effective: '2025-01-16',
        status: 'secondary',
      },
    ];
  };

  it('a hosted API whose group has an Entity List party is rejected', () => {
    const r = evaluatePack(pack, buildContext(euPersonal, prcVendor, entityListed, regions(['SG'])));
    expect(r.decision).toBe('rejected');
    expect(r.decidingRules).toContain('export-control-listed-party-hosted');
  });

  it('a hosted API storing in China without SCCs is not approved for EU personal data', () => {
    const r = evaluatePack(
      pack,
      buildContext(euPersonal, prcVendor, regions(['CN'], null), (c) => {
        c.vendor.dataHandling = {
          ...c.vendor.dataHandling,
          sccsOffered: false,
          dpaAvailable: null,
          retentionDays: 30,
        };
      }),
    );
    expect(r.decision).toBe('rejected');
    expect(r.decidingRules).toEqual(['gdpr-transfer-mechanism-available']);
  });

  it('the same weights self-hosted in the EU are not rejected: residency passes, vendor handling does not apply', () => {
    const r = evaluatePack(
      pack,
      buildContext(euPersonal, prcVendor, entityListed, selfHosted('DE'), (c) => {
        c.residency.personal_data = { allowed: ['EEA'], prohibited: ['CN'], requiredMechanisms: ['dpa'] };
        c.vendor.dataHandling.dpaAvailable = false;
      }),
    );
    const outcome = (id: string) => r.rules.find((x) => x.id === id)?.outcome;
    expect(r.decision).toBe('approved_with_conditions');
    expect(r.conditions.map((c) => c.ruleId)).toEqual(['export-control-listed-party-self-hosted']);
    expect(outcome('residency-storage')).toBe('pass');
    expect(outcome('gdpr-chapter-v-safeguards')).toBe('pass');
    expect(outcome('data-handling-dpa')).toBe('not_applicable');
    expect(outcome('residency-required-mechanisms')).toBe('not_applicable');
    expect(outcome('sanctions-ofac-sdn')).toBe('pass');
  });

  it('a Western API in a matching region with a DPA is approved', () => {
    const r = evaluatePack(
      pack,
      buildContext(
        euPersonal,
        (c) =>
          (c.residency.personal_data = { allowed: ['EEA'], prohibited: [], requiredMechanisms: ['dpa'] }),
      ),
    );
    expect(r.decision).toBe('approved');
    expect(r.conditions).toEqual([]);
  });

  it('a US-hosted Western API for EU personal data is approved with the SCC/TIA condition', () => {
    const r = evaluatePack(pack, buildContext(euPersonal, regions(['US'])));
    expect(r.decision).toBe('approved_with_conditions');
    expect(r.conditions.map((c) => c.ruleId)).toEqual(['gdpr-chapter-v-safeguards']);
  });

  it('a vendor with missing facts needs information, naming them', () => {
    const r = evaluatePack(
      pack,
      buildContext(euPersonal, (c) => {
        c.vendor.dataHandling = {
          trainsOnCustomerData: null,
          retentionDays: null,
          zeroDataRetentionAvailable: null,
          dpaAvailable: null,
          sccsOffered: null,
          subProcessorsPublished: null,
        };
      }),
    );
    expect(r.decision).toBe('needs_information');
    expect(r.decidingRules).toEqual(['data-handling-training', 'data-handling-dpa']);
    expect(r.missingFacts.filter((m) => m.blocking).map((m) => m.path)).toEqual([
      'vendor.dataHandling.dpaAvailable',
      'vendor.dataHandling.trainsOnCustomerData',
    ]);
  });
});

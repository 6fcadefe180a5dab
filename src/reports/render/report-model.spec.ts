import { SEVERITIES } from '../../policies/engine/pack-types';
import { residencyVerdict } from './model-analysis';
import { buildReportModel, ReportInputError } from './report-model';
import type { ReportModel } from './report-model-types';
import { FIXTURES, fixture, HOSTILE, hostileInput } from './testing/hostile';

const ZHIPU_NATIVE = '北京智谱华章科技有限公司';

/** Every evidence id the model cites anywhere. */
function citedIds(m: ReportModel): string[] {
  return [
    ...JSON.stringify({ ...m, evidence: [] }).matchAll(
      /"(?:evidenceId|evidenceIds)":(?:"(E\d+)"|\[([^\]]*)\])/g,
    ),
  ].flatMap((x) =>
    x[1]
      ? [x[1]]
      : (x[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((s) => JSON.parse(s) as string),
  );
}

describe('buildReportModel on exported evaluations', () => {
  const zhipuInput = fixture('zhipu-bigmodel-rejected');
  const zhipu = buildReportModel(zhipuInput);

  it('puts the decision, the identifiers and the contracting entity with its native name on the cover', () => {
    expect(zhipu.cover.decision).toBe('rejected');
    expect(zhipu.summary.decision).toBe('rejected');
    expect(zhipu.cover.contractingEntity).toEqual({
      name: 'Beijing Zhipu Huazhang Technology Co., Ltd.',
      nativeName: ZHIPU_NATIVE,
      country: 'CN',
    });
    expect(zhipu.document.id).toBe(`AVR-${zhipuInput.evaluation.id}`);
    expect(zhipu.document.fingerprint).toBe(zhipuInput.evaluation.snapshotHash.slice(0, 16));
    expect(zhipu.document.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(zhipu.document.fingerprintVerified).toBe(true);
    expect(zhipu.document.createdAt).toBe(new Date(zhipuInput.evaluation.createdAt).toISOString());
    expect(zhipu.cover.date).toBe('2026-11-29');
  });

  it('lists the conditions in pack order, not binding on a rejection', () => {
    expect(zhipu.conditions.map((c) => c.ruleId)).toEqual([
      'gdpr-chapter-v-safeguards',
      'china-cross-border-export-back',
    ]);
    expect(zhipu.conditions.every((c) => c.text.length > 20 && c.title.length > 5)).toBe(true);
    expect(zhipu.conditionsBinding).toBe(false);
  });

  it('explains the decision by its deciding rules and says what must happen next', () => {
    const result = zhipuInput.evaluation.result;
    expect(zhipu.summary.reasons.map((r) => r.ruleId)).toEqual(result.decidingRules);
    const remediate = zhipu.summary.nextSteps.filter((s) => s.kind === 'remediate').map((s) => s.ruleId);
    expect(remediate).toEqual(result.decidingRules);
    const supply = zhipu.summary.nextSteps.filter((s) => s.kind === 'supply_fact');
    expect(supply.map((s) => s.text).sort()).toEqual(result.missingFacts.map((f) => f.path).sort());
    // Blocking facts first.
    const firstNonBlocking = supply.findIndex((s) => !s.blocking);
    expect(supply.slice(firstNonBlocking).every((s) => !s.blocking)).toBe(true);
    expect(zhipu.summary.counts.total).toBe(result.rules.length);
  });

  it('groups failed and unknown rules by severity, failures first, with evidence and remediation', () => {
    const rules = new Map(zhipuInput.evaluation.result.rules.map((r) => [r.id, r]));
    expect(zhipu.findings.map((g) => g.severity)).toEqual([...SEVERITIES]);
    const all = zhipu.findings.flatMap((g) => g.findings);
    const expected = [...rules.values()].filter((r) => r.outcome === 'fail' || r.outcome === 'unknown');
    expect(all.map((f) => f.ruleId).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const g of zhipu.findings) {
      expect(g.findings.every((f) => rules.get(f.ruleId)!.severity === g.severity)).toBe(true);
      const outcomes = g.findings.map((f) => f.outcome);
      expect(outcomes).toEqual([...outcomes].sort((a, b) => (a === b ? 0 : a === 'fail' ? -1 : 1)));
    }
    expect(
      all
        .filter((f) => f.deciding)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual([...zhipuInput.evaluation.result.decidingRules].sort());
    expect(all.some((f) => f.outcome === 'unknown' && f.missingFacts.length > 0)).toBe(true);
    const listed = all.find((f) => f.ruleId === 'export-control-listed-party-hosted')!;
    expect(listed.remediation).toMatch(/self-host/i);
    expect(listed.evidence).toEqual([
      expect.objectContaining({
        url: 'https://frtracker.app/fr/2025-00704',
        status: 'secondary',
        retrieved: '2026-11-29',
        facts: ['vendor.designations'],
      }),
    ]);
  });

  it('builds an evidence appendix of every source URL, deduplicated and sorted, that every citation resolves into', () => {
    for (const name of FIXTURES) {
      const m = buildReportModel(fixture(name));
      expect(m.evidence.map((e) => e.id)).toEqual(m.evidence.map((_, i) => `E${i + 1}`));
      const keys = m.evidence.map((e) => `${e.url} ${e.retrieved ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const ids = new Set(m.evidence.map((e) => e.id));
      const cited = citedIds(m);
      expect(cited.length).toBeGreaterThan(3);
      expect(cited.every((id) => ids.has(id))).toBe(true);
      const urls = new Set(m.evidence.map((e) => e.url));
      const fromSnapshot = [
        ...JSON.stringify(fixture(name).evaluation.snapshot.provenance).matchAll(/"url":"([^"]+)"/g),
      ].map((x) => x[1]!);
      expect(fromSnapshot.length).toBeGreaterThan(0);
      expect(fromSnapshot.every((u) => urls.has(JSON.parse(`"${u}"`) as string))).toBe(true);
    }
  });

  it('cites the designations with their Federal Register citation and document', () => {
    const d = zhipu.screening.designations!;
    expect(d.length).toBeGreaterThan(0);
    expect(d[0]).toEqual(
      expect.objectContaining({
        list: 'BIS Entity List',
        citation: '90 FR 4617',
        frDocument: '2025-00704',
        federalRegisterUrl: 'https://www.federalregister.gov/d/2025-00704',
      }),
    );
    expect(zhipu.screening.status).toBe('not_screened');
    expect(zhipu.screening.hits).toBeNull();
    expect(zhipu.screening.listedOwnership.find((o) => o.list === 'BIS Entity List')?.percent).toBe(100);
  });

  it('shows the jurisdictions of the deployment and where government-access laws reach the data', () => {
    const cn = zhipu.jurisdictions.countries.find((c) => c.code === 'CN')!;
    expect(cn.roles).toEqual(['hq', 'entity', 'contracting', 'storage']);
    expect(cn.countryOfConcern).toBe(true);
    expect(zhipu.jurisdictions.exposure.map((e) => e.code)).toEqual(['CN']);
    expect(zhipu.profile.entities[0]).toEqual(
      expect.objectContaining({ nativeName: ZHIPU_NATIVE, contracting: true }),
    );
  });

  it('has no cost section without cost data, and prices the offering at the review volume when it has them', () => {
    expect(buildReportModel(fixture('anthropic-bedrock-no-cost')).cost).toBeNull();
    const minimax = buildReportModel(fixture('minimax-api-needs-information')).cost!;
    // 500M input × 0.15 + 100M output × 1.2 per million tokens.
    expect(minimax.subject.monthlyCost).toBe(195);
    expect(minimax.subject.annualCost).toBe(2340);
    expect(minimax.chart!.bars.filter((b) => b.kind === 'subject')).toHaveLength(1);
    const values = minimax.chart!.bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const costs = minimax.alternatives.map((a) => a.monthlyCost);
    const known = costs.filter((c): c is number => c !== null);
    expect(costs.slice(0, known.length)).toEqual([...known].sort((a, b) => a - b));
  });

  it('binds the conditions of an approval with conditions and makes meeting them the next steps', () => {
    const input = fixture('minimax-api-needs-information');
    const r = input.evaluation.result;
    r.decision = 'approved_with_conditions';
    r.decidingRules = r.conditions.map((c) => c.ruleId);
    const m = buildReportModel(input);
    expect(m.conditionsBinding).toBe(true);
    expect(m.summary.nextSteps.filter((s) => s.kind === 'meet_condition').map((s) => s.ruleId)).toEqual(
      r.conditions.map((c) => c.ruleId),
    );
  });

  it('is deterministic and leaves its input alone', () => {
    const input = fixture('zhipu-bigmodel-rejected');
    const before = JSON.stringify(input);
    expect(JSON.stringify(buildReportModel(input))).toBe(
      JSON.stringify(buildReportModel(fixture('zhipu-bigmodel-rejected'))),
    );
    expect(JSON.stringify(input)).toBe(before);
  });

  it('cleans hostile text everywhere and keeps every finding', () => {
    const m = buildReportModel(hostileInput());
    const json = JSON.stringify(m);
    expect(json).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000\r]/);
    expect(json).toContain(HOSTILE.rloClean);
    expect(json).toContain(HOSTILE.arabic);
    expect(
      m.findings.flatMap((g) => g.findings).filter((f) => f.ruleId.startsWith('hostile-rule-')),
    ).toHaveLength(HOSTILE.findings);
    expect(m.signOff).toEqual(expect.objectContaining({ state: 'overridden' }));
    expect(m.document.fingerprintVerified).toBe(true);
  });

  it('names the field of an input it cannot report on', () => {
    const bad = fixture('zhipu-bigmodel-rejected');
    bad.evaluation.snapshotHash = 'nope';
    expect(() => buildReportModel(bad)).toThrow(ReportInputError);
    const late = fixture('zhipu-bigmodel-rejected');
    late.evaluation.createdAt = 'yesterday';
    expect(() => buildReportModel(late)).toThrow(/evaluation\.createdAt/);
  });

  it('flags a snapshot that does not match its stored hash', () => {
    const input = fixture('zhipu-bigmodel-rejected');
    input.evaluation.snapshot.context.vendor.name = 'Tampered';
    expect(buildReportModel(input).document.fingerprintVerified).toBe(false);
  });
});

describe('residency matrix cells', () => {
  const j = {
    DE: {
      name: 'Germany',
      euAdequacy: 'eea' as const,
      euMember: true,
      eea: true,
      countryOfConcern: false,
      foreignAdversary: false,
      governmentAccessLaws: [],
    },
    NO: {
      name: 'Norway',
      euAdequacy: 'eea' as const,
      euMember: false,
      eea: true,
      countryOfConcern: false,
      foreignAdversary: false,
      governmentAccessLaws: [],
    },
  };
  const rule = (allowed: string[], prohibited: string[] = []) => ({
    allowed,
    prohibited,
    requiredMechanisms: [],
  });
  it.each([
    [undefined, 'DE', 'no_rule'],
    [rule([]), null, 'unknown'],
    [rule([], ['CN']), 'CN', 'prohibited'],
    [rule([]), 'US', 'allowed'],
    [rule(['US']), 'US', 'allowed'],
    [rule(['EEA']), 'NO', 'allowed'],
    [rule(['EU']), 'NO', 'not_allowed'],
    [rule(['EU']), 'DE', 'allowed'],
    [rule(['EU']), 'JP', 'unknown'],
    [rule(['DE']), 'FR', 'not_allowed'],
  ])('rule %j, region %s → %s', (r, region, verdict) => {
    expect(residencyVerdict(r, region, j)).toBe(verdict);
  });
});

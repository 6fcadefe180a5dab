import { evaluatePack } from './evaluate';
import type { RuleResult } from './result-types';
import { scoreEvaluation } from './score';
import { buildContext, loadDefaultPack, useCase } from './testing/context-builder';

const rule = (
  id: string,
  outcome: RuleResult['outcome'],
  severity: RuleResult['severity'],
  effect: RuleResult['effect'] = 'deny',
): RuleResult => ({
  id,
  title: id,
  category: 'security',
  severity,
  effect,
  outcome,
  message: null,
  remediation: null,
  condition: null,
  factsRead: [],
  missingFacts: [],
  error: null,
  references: [],
});

describe('scoreEvaluation', () => {
  it('inherent = sensitivity × criticality × volume, from the tables', () => {
    const ctx = buildContext(
      useCase(['internal', 'health', 'personal_data'], ['US'], { health: 20_000, personal_data: 500 }),
      (c) => (c.useCase.criticality = 'high'),
    );
    const s = scoreEvaluation(ctx, [], new Map());
    expect(s.inherent).toMatchObject({
      value: 5 * 3 * 3,
      sensitivity: { factor: 5, dataClass: 'health' },
      criticality: { factor: 3, level: 'high' },
      volume: { factor: 3, records: 20_000 },
    });
    expect(s.residual).toMatchObject({ value: 0, uncapped: 0, contributions: [] });
    expect(s.value).toBe(Math.round((3 * 45) / 10));
  });

  it('unknown volume takes the middle band; the maximum is 100', () => {
    const unknown = scoreEvaluation(buildContext(useCase(['source_code'], ['DE'])), [], new Map());
    expect(unknown.inherent.volume).toEqual({ factor: 3, records: null });
    const max = scoreEvaluation(
      buildContext(
        useCase(['biometric'], ['US'], { biometric: 2_000_000 }),
        (c) => (c.useCase.criticality = 'critical'),
      ),
      [],
      new Map(),
    );
    expect(max.inherent.value).toBe(100);
  });

  it('residual sums failed (×1) and unknown (×0.5) rules by severity weight or rule weight, capped at 100', () => {
    const rules = [
      rule('a', 'fail', 'critical'),
      rule('b', 'unknown', 'high'),
      rule('c', 'pass', 'critical'),
      rule('d', 'not_applicable', 'critical'),
      rule('e', 'fail', 'low', 'flag'),
      rule('f', 'unknown', 'medium', 'condition'),
    ];
    const s = scoreEvaluation(buildContext(), rules, new Map([['f', 7]]));
    expect(s.residual.contributions.map((c) => [c.ruleId, c.weight, c.outcomeFactor, c.points])).toEqual([
      ['a', 40, 1, 40],
      ['b', 20, 0.5, 10],
      ['e', 5, 1, 5],
      ['f', 7, 0.5, 3.5],
    ]);
    expect(s.residual.value).toBe(58.5);
    const capped = scoreEvaluation(
      buildContext(),
      [rule('x', 'fail', 'critical'), rule('y', 'fail', 'critical'), rule('z', 'fail', 'critical')],
      new Map(),
    );
    expect(capped.residual).toMatchObject({ uncapped: 120, value: 100 });
  });

  it('the default pack shows its arithmetic in the result', () => {
    const result = evaluatePack(
      loadDefaultPack(),
      buildContext((c) => (c.vendor.dataHandling.trainsOnCustomerData = true)),
    );
    expect(result.score.residual.contributions).toEqual([
      {
        ruleId: 'data-handling-training',
        effect: 'deny',
        severity: 'high',
        outcome: 'fail',
        weight: 20,
        outcomeFactor: 1,
        points: 20,
      },
    ]);
    // internal (2) × medium (2) × unknown volume (3) = 12; round((3 × 12 + 7 × 20) / 10) = 18
    expect(result.score.inherent.value).toBe(12);
    expect(result.score.value).toBe(18);
  });
});

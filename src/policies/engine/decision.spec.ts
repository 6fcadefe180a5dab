import { decide } from './decision';
import type { Effect } from './pack-types';
import { RULE_OUTCOMES, type Decision, type RuleOutcome, type RuleResult } from './result-types';

function result(id: string, effect: Effect, outcome: RuleOutcome, missingFacts: string[] = []): RuleResult {
  return {
    id,
    title: id,
    category: 'security',
    severity: 'high',
    effect,
    outcome,
    message: outcome === 'fail' || outcome === 'unknown' ? `${id} message` : null,
    remediation: null,
    condition: effect === 'condition' && outcome === 'fail' ? `${id} condition` : null,
    factsRead: [],
    missingFacts: outcome === 'unknown' ? missingFacts : [],
    error: null,
    references: [],
  };
}

/** DESIGN.md "Evaluation semantics", restated as a lookup on the deny and condition outcomes. */
function expected(deny: RuleOutcome, condition: RuleOutcome): Decision {
  if (deny === 'fail') return 'rejected';
  if (deny === 'unknown') return 'needs_information';
  if (condition === 'fail') return 'approved_with_conditions';
  return 'approved';
}

describe('decide', () => {
  const combos = RULE_OUTCOMES.flatMap((d) =>
    RULE_OUTCOMES.flatMap((c) => RULE_OUTCOMES.map((f) => [d, c, f] as const)),
  );

  it.each(combos)('deny %s, condition %s, flag %s', (deny, condition, flag) => {
    const summary = decide([
      result('d', 'deny', deny, ['vendor.x']),
      result('c', 'condition', condition, ['vendor.y']),
      result('f', 'flag', flag, ['vendor.z']),
    ]);
    expect(summary.decision).toBe(expected(deny, condition));
    const decidingRules = {
      rejected: ['d'],
      needs_information: ['d'],
      approved_with_conditions: ['c'],
      approved: [],
    };
    expect(summary.decidingRules).toEqual(decidingRules[summary.decision]);
    expect(summary.conditions).toEqual(condition === 'fail' ? [{ ruleId: 'c', text: 'c condition' }] : []);
  });

  it('a deny fail wins over any number of deny unknowns', () => {
    const summary = decide([
      result('a', 'deny', 'unknown', ['x']),
      result('b', 'deny', 'fail'),
      result('c', 'deny', 'unknown', ['y']),
    ]);
    expect(summary).toMatchObject({ decision: 'rejected', decidingRules: ['b'] });
  });

  it('needs_information lists every missing fact, marking those a deny rule needs as blocking', () => {
    const summary = decide([
      result('a', 'deny', 'unknown', ['vendor.dataHandling.dpaAvailable', 'group.contractingEntity']),
      result('b', 'condition', 'unknown', ['vendor.dataHandling.sccsOffered', 'group.contractingEntity']),
      result('c', 'flag', 'unknown', ['vendor.gpaiCodeSignatory']),
      result('d', 'deny', 'unknown', ['vendor.dataHandling.dpaAvailable']),
    ]);
    expect(summary.decision).toBe('needs_information');
    expect(summary.decidingRules).toEqual(['a', 'd']);
    expect(summary.missingFacts).toEqual([
      { path: 'group.contractingEntity', ruleIds: ['a', 'b'], blocking: true },
      { path: 'vendor.dataHandling.dpaAvailable', ruleIds: ['a', 'd'], blocking: true },
      { path: 'vendor.dataHandling.sccsOffered', ruleIds: ['b'], blocking: false },
      { path: 'vendor.gpaiCodeSignatory', ruleIds: ['c'], blocking: false },
    ]);
  });

  it('lists every failed condition in pack order', () => {
    const summary = decide([
      result('z', 'condition', 'fail'),
      result('a', 'condition', 'pass'),
      result('m', 'condition', 'fail'),
    ]);
    expect(summary.decision).toBe('approved_with_conditions');
    expect(summary.conditions.map((c) => c.ruleId)).toEqual(['z', 'm']);
  });

  it('flags alone never change an approval', () => {
    const flags = RULE_OUTCOMES.map((o, i) => result(`f${i}`, 'flag', o, ['x']));
    expect(decide(flags).decision).toBe('approved');
  });

  it('an empty pack approves', () => {
    expect(decide([])).toEqual({ decision: 'approved', decidingRules: [], conditions: [], missingFacts: [] });
  });
});

import type { DecisionSummary, MissingFact, RuleResult } from './result-types';

/**
 * The decision algebra of DESIGN.md, nothing more: any deny fail → rejected; else any deny unknown →
 * needs_information; else any condition fail → approved_with_conditions; else approved. Flags never change
 * the decision, and neither do unknown `condition` rules (their missing facts are still listed).
 */
export function decide(rules: readonly RuleResult[]): DecisionSummary {
  const ids = (pred: (r: RuleResult) => boolean): string[] => rules.filter(pred).map((r) => r.id);
  const denyFails = ids((r) => r.effect === 'deny' && r.outcome === 'fail');
  const denyUnknowns = ids((r) => r.effect === 'deny' && r.outcome === 'unknown');
  const conditionFails = rules.filter((r) => r.effect === 'condition' && r.outcome === 'fail');

  const conditions = conditionFails.map((r) => ({ ruleId: r.id, text: r.condition ?? r.message ?? r.title }));
  const missingFacts = collectMissing(rules);

  if (denyFails.length > 0)
    return { decision: 'rejected', decidingRules: denyFails, conditions, missingFacts };
  if (denyUnknowns.length > 0) {
    return { decision: 'needs_information', decidingRules: denyUnknowns, conditions, missingFacts };
  }
  if (conditionFails.length > 0) {
    return {
      decision: 'approved_with_conditions',
      decidingRules: conditionFails.map((r) => r.id),
      conditions,
      missingFacts,
    };
  }
  return { decision: 'approved', decidingRules: [], conditions, missingFacts };
}

function collectMissing(rules: readonly RuleResult[]): MissingFact[] {
  const byPath = new Map<string, MissingFact>();
  for (const rule of rules) {
    if (rule.outcome !== 'unknown') continue;
    for (const path of rule.missingFacts) {
      const entry = byPath.get(path) ?? { path, ruleIds: [], blocking: false };
      entry.ruleIds.push(rule.id);
      entry.blocking ||= rule.effect === 'deny';
      byPath.set(path, entry);
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

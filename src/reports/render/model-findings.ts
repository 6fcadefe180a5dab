import { SEVERITIES } from '../../policies/engine/pack-types';
import { RULE_OUTCOMES, type RuleResult } from '../../policies/engine/result-types';
import type { StoredResult } from '../../evaluation/evaluation.service';
import { findingEvidence, type EvidenceIndex } from './model-evidence';
import type {
  ConditionEntry,
  ExecutiveSummary,
  Finding,
  FindingGroup,
  NextStep,
  ReportModel,
  ScoreSection,
} from './report-model-types';

/** Why the decision is what it is, and what must happen next — as data; the template words it. */
export function buildSummary(result: StoredResult): ExecutiveSummary {
  const byId = new Map(result.rules.map((r) => [r.id, r]));
  const deciding = result.decidingRules.map((id) => byId.get(id)).filter((r): r is RuleResult => !!r);
  const reasons = deciding.map((r) => ({
    ruleId: r.id,
    title: r.title,
    outcome: r.outcome,
    message: r.message,
  }));

  const steps: NextStep[] = [];
  const step = (s: Omit<NextStep, 'ruleIds'> & { ruleIds?: string[] }) => steps.push({ ruleIds: [], ...s });
  switch (result.decision) {
    case 'rejected':
      for (const r of deciding)
        if (r.remediation) step({ kind: 'remediate', ruleId: r.id, text: r.remediation, blocking: true });
      break;
    case 'needs_information':
      // Deny rules that are unknown for another reason than a missing fact (a rule error) need a fix, not a fact.
      for (const r of deciding.filter((d) => d.error))
        step({ kind: 'remediate', ruleId: r.id, text: r.remediation ?? r.error ?? '', blocking: true });
      break;
    case 'approved_with_conditions':
      for (const c of result.conditions)
        step({ kind: 'meet_condition', ruleId: c.ruleId, text: c.text, blocking: true });
      break;
    case 'approved':
      break;
  }
  // Missing facts: the blocking ones first (they can change the decision), each in path order.
  const missing = [...result.missingFacts].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  for (const m of missing)
    step({ kind: 'supply_fact', ruleId: null, text: m.path, ruleIds: [...m.ruleIds], blocking: m.blocking });

  const counts = Object.fromEntries(RULE_OUTCOMES.map((o) => [o, 0])) as ExecutiveSummary['counts'];
  for (const r of result.rules) counts[r.outcome] += 1;
  counts.total = result.rules.length;
  return { decision: result.decision, reasons, nextSteps: steps, counts };
}

export function buildConditions(result: StoredResult): ConditionEntry[] {
  const titles = new Map(result.rules.map((r) => [r.id, r.title]));
  return result.conditions.map((c) => ({
    ruleId: c.ruleId,
    title: titles.get(c.ruleId) ?? c.ruleId,
    text: c.text,
  }));
}

/**
 * Failed and unknown rules grouped by severity. Within a group failures come before unknowns, then pack
 * order — the order legal reads them in, and stable for the same result.
 */
export function buildFindings(result: StoredResult, index: EvidenceIndex): FindingGroup[] {
  const points = new Map(result.score.residual.contributions.map((c) => [c.ruleId, c.points]));
  const deciding = new Set(result.decidingRules);
  const order = new Map(result.rules.map((r, i) => [r.id, i]));
  const findings: Finding[] = result.rules
    .filter(
      (r): r is RuleResult & { outcome: 'fail' | 'unknown' } =>
        r.outcome === 'fail' || r.outcome === 'unknown',
    )
    .map((r) => ({
      ruleId: r.id,
      title: r.title,
      category: r.category,
      effect: r.effect,
      outcome: r.outcome,
      deciding: deciding.has(r.id),
      message: r.message,
      remediation: r.remediation,
      condition: r.condition,
      missingFacts: [...r.missingFacts],
      error: r.error,
      evidence: findingEvidence(result.evidence[r.id], index),
      references: r.references.map((x) => ({ citation: x.citation, url: x.url ?? null })),
      points: points.get(r.id) ?? null,
    }));
  const severity = new Map(result.rules.map((r) => [r.id, r.severity]));
  const rank = (f: Finding) => (f.outcome === 'fail' ? 0 : 1);
  return SEVERITIES.map((s) => ({
    severity: s,
    findings: findings
      .filter((f) => severity.get(f.ruleId) === s)
      .sort((a, b) => rank(a) - rank(b) || order.get(a.ruleId)! - order.get(b.ruleId)!),
  }));
}

export function buildOtherRules(result: StoredResult): ReportModel['otherRules'] {
  return result.rules
    .filter((r) => r.outcome === 'pass' || r.outcome === 'not_applicable')
    .map((r) => ({ ruleId: r.id, title: r.title, outcome: r.outcome as 'pass' | 'not_applicable' }));
}

/** The engine's own arithmetic, unchanged, with the rule titles the contributions table prints. */
export function buildScore(result: StoredResult): ScoreSection {
  const byId = new Map(result.rules.map((r) => [r.id, r.title]));
  const titles: Record<string, string> = {};
  for (const c of result.score.residual.contributions) titles[c.ruleId] = byId.get(c.ruleId) ?? c.ruleId;
  return { ...structuredClone(result.score), titles };
}

import type { Effect, RuleCategory, RuleReference, Severity } from './pack-types';

export const RULE_OUTCOMES = ['pass', 'fail', 'not_applicable', 'unknown'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

export const DECISIONS = ['approved', 'approved_with_conditions', 'needs_information', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface RuleResult {
  id: string;
  title: string;
  category: RuleCategory;
  severity: Severity;
  effect: Effect;
  outcome: RuleOutcome;
  /** The rule's message when it failed or is unknown; null otherwise. */
  message: string | null;
  remediation: string | null;
  /** The condition text of a failed `condition` rule; null otherwise. */
  condition: string | null;
  /** Fact paths the rule read that had values (attach provenance to these), sorted. */
  factsRead: string[];
  /** For an unknown outcome: the unknown fact paths the rule needed, sorted. */
  missingFacts: string[];
  /** For an unknown outcome not caused by a missing fact (e.g. a rule bug): what went wrong. */
  error: string | null;
  references: RuleReference[];
}

export interface ConditionItem {
  ruleId: string;
  text: string;
}

export interface MissingFact {
  path: string;
  /** Rules (pack order) that came out unknown for want of it. */
  ruleIds: string[];
  /** Read by a `deny` rule that came out unknown: supplying it can change the decision. */
  blocking: boolean;
}

export interface DecisionSummary {
  decision: Decision;
  /** The rules that decided: deny fails, else deny unknowns, else condition fails; [] when approved. */
  decidingRules: string[];
  /** Conditions of every failed `condition` rule, pack order (they bind when approved_with_conditions). */
  conditions: ConditionItem[];
  /** Unknown facts across all unknown rules, sorted by path. */
  missingFacts: MissingFact[];
}

export interface ScoreContribution {
  ruleId: string;
  effect: Effect;
  severity: Severity;
  outcome: 'fail' | 'unknown';
  /** The rule's `weight`, or its severity's weight. */
  weight: number;
  /** 1 for fail, 0.5 for unknown. */
  outcomeFactor: number;
  points: number;
}

export interface ScoreBreakdown {
  /** 0–100, higher is riskier. */
  value: number;
  formula: string;
  inherent: {
    value: number;
    formula: string;
    sensitivity: { factor: number; dataClass: string | null };
    criticality: { factor: number; level: string };
    volume: { factor: number; records: number | null };
  };
  residual: {
    value: number;
    uncapped: number;
    formula: string;
    contributions: ScoreContribution[];
  };
}

export interface EvaluationResult {
  pack: { id: string; version: string; file: string; contentHash: string };
  asOf: string;
  decision: Decision;
  decidingRules: string[];
  conditions: ConditionItem[];
  missingFacts: MissingFact[];
  score: ScoreBreakdown;
  rules: RuleResult[];
}

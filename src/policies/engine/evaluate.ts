import { buildActivation, type FactTracker } from './cel-env';
import type { EvaluationContext } from './context';
import { decide } from './decision';
import type { CompiledExpression, CompiledPack, CompiledRule } from './pack-types';
import type { EvaluationResult, RuleResult } from './result-types';
import { scoreEvaluation } from './score';

/**
 * Runs a compiled pack against one context. Pure and deterministic: no clock, no randomness, no I/O; rules
 * in pack order, every list sorted — the same pack and context give byte-identical JSON.
 * Throws ContextValidationError when the context does not match the schema (a caller bug, not a fact).
 */
export function evaluatePack(pack: CompiledPack, context: EvaluationContext): EvaluationResult {
  const activation = buildActivation(context);
  const results = pack.rules.map((rule) => {
    const tracker: FactTracker = { read: new Set(), missing: new Set() };
    activation.track(tracker);
    try {
      return evaluateRule(rule, activation.variables, tracker);
    } finally {
      activation.track(null);
    }
  });
  const summary = decide(results);
  const weights = new Map<string, number>();
  for (const r of pack.rules) if (r.weight !== undefined) weights.set(r.id, r.weight);

  return {
    pack: { id: pack.id, version: pack.version, file: pack.file, contentHash: pack.contentHash },
    asOf: context.asOf,
    decision: summary.decision,
    decidingRules: summary.decidingRules,
    conditions: summary.conditions,
    missingFacts: summary.missingFacts,
    score: scoreEvaluation(context, results, weights),
    rules: results,
  };
}

type Truth = { known: true; value: boolean } | { known: false; error: string | null };

interface CelErrorLike {
  name?: unknown;
  code?: unknown;
  summary?: unknown;
  message?: unknown;
}

/**
 * Evaluates one expression in three-valued logic. An error caused by reading an unknown fact is `unknown`
 * with no error text (the tracker names the fact); any other error — a rule reading a residency class
 * without testing `in`, a non-bool `dyn` — is also unknown, but carries the error so the rule can be fixed.
 * Unknown rather than a crash, because one broken rule must not take the whole evaluation down, and for a
 * deny rule unknown fails safe (needs_information).
 */
function truth(expr: CompiledExpression, variables: Record<string, unknown>, tracker: FactTracker): Truth {
  const missingBefore = tracker.missing.size;
  try {
    const value = expr(variables);
    if (typeof value === 'boolean') return { known: true, value };
    return { known: false, error: `expected a bool, got ${typeof value}` };
  } catch (e) {
    const err = e as CelErrorLike;
    if (err.code === 'no_such_key' && tracker.missing.size > missingBefore)
      return { known: false, error: null };
    const text =
      typeof err.summary === 'string'
        ? err.summary
        : typeof err.message === 'string'
          ? err.message
          : String(e);
    return {
      known: false,
      error: `${typeof err.name === 'string' ? err.name : 'Error'}: ${text.split('\n')[0]}`,
    };
  }
}

const sorted = (s: Set<string>): string[] => [...s].sort();

function evaluateRule(
  rule: CompiledRule,
  variables: Record<string, unknown>,
  tracker: FactTracker,
): RuleResult {
  const when = truth(rule.evalWhen, variables, tracker);
  const assert: Truth | null = when.known && when.value ? truth(rule.evalAssert, variables, tracker) : null;

  let outcome: RuleResult['outcome'];
  let error: string | null = null;
  if (!when.known) {
    outcome = 'unknown';
    error = when.error;
  } else if (!when.value) {
    outcome = 'not_applicable';
  } else if (assert && !assert.known) {
    outcome = 'unknown';
    error = assert.error;
  } else {
    outcome = assert?.known && assert.value ? 'pass' : 'fail';
  }

  const concerned = outcome === 'fail' || outcome === 'unknown';
  return {
    id: rule.id,
    title: rule.title,
    category: rule.category,
    severity: rule.severity,
    effect: rule.effect,
    outcome,
    message: concerned ? rule.message : null,
    remediation: concerned ? rule.remediation : null,
    condition: outcome === 'fail' && rule.effect === 'condition' ? (rule.condition ?? null) : null,
    factsRead: sorted(tracker.read),
    // Facts absorbed by a decided outcome (`false && unknown`) did not matter: only unknowns list them.
    missingFacts: outcome === 'unknown' ? sorted(tracker.missing) : [],
    error,
    references: rule.references.map((r) => ({ ...r })),
  };
}

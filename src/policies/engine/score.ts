import type { DataClass, EvaluationContext, Criticality } from './context';
import type { Severity } from './pack-types';
import type { RuleResult, ScoreBreakdown, ScoreContribution } from './result-types';

/**
 * Risk score 0–100 (higher is riskier), separate from the hard gates of the decision. Every number that
 * goes into it is returned with the result, so a reader can redo the arithmetic by hand.
 *
 *   inherent = sensitivity (1–5) × criticality (1–4) × volume (1–5)        → 1…100
 *   residual = min(100, Σ weight × outcomeFactor over failed/unknown rules)
 *   score    = round((3 × inherent + 7 × residual) / 10)
 *
 * Residual weighs more because it is what the vendor/offering adds; inherent risk alone (a sensitive use
 * case with a clean vendor) keeps the score at most 30.
 */

/** Sensitivity of the most sensitive data class in the use case. */
export const SENSITIVITY: Readonly<Record<DataClass, number>> = {
  public: 1,
  internal: 2,
  confidential: 3,
  source_code: 3,
  personal_data: 3,
  financial: 4,
  precise_geolocation: 4,
  sensitive_personal_data: 5,
  health: 5,
  biometric: 5,
  export_controlled: 5,
  government_related: 5,
};

export const CRITICALITY: Readonly<Record<Criticality, number>> = { low: 1, medium: 2, high: 3, critical: 4 };

/**
 * Volume bands on the largest known records-per-year figure among the use case's classes. The limits
 * follow the thresholds the pack already uses (28 CFR 202.205: 1,000 / 10,000 / 100,000; the 2024 PRC
 * cross-border provisions: 1,000,000). No known figure → the middle band, so a missing volume neither
 * hides nor maximises the risk.
 */
export const VOLUME_BANDS: readonly { maxRecords: number; factor: number }[] = [
  { maxRecords: 1_000, factor: 1 },
  { maxRecords: 10_000, factor: 2 },
  { maxRecords: 100_000, factor: 3 },
  { maxRecords: 1_000_000, factor: 4 },
  { maxRecords: Number.POSITIVE_INFINITY, factor: 5 },
];
export const UNKNOWN_VOLUME_FACTOR = 3;

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  critical: 40,
  high: 20,
  medium: 10,
  low: 5,
};
export const OUTCOME_FACTOR = { fail: 1, unknown: 0.5 } as const;
export const INHERENT_SHARE = 3;
export const RESIDUAL_SHARE = 7;

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function scoreEvaluation(
  context: EvaluationContext,
  rules: readonly RuleResult[],
  weights: ReadonlyMap<string, number>,
): ScoreBreakdown {
  const { useCase } = context;

  let sensitivity = { factor: 1, dataClass: null as string | null };
  for (const c of useCase.dataClasses) {
    if (SENSITIVITY[c] > sensitivity.factor) sensitivity = { factor: SENSITIVITY[c], dataClass: c };
  }
  if (sensitivity.dataClass === null && useCase.dataClasses.length > 0)
    sensitivity.dataClass = useCase.dataClasses[0];

  const counts = useCase.dataClasses
    .map((c) => useCase.recordsPerYear[c])
    .filter((n): n is number => typeof n === 'number');
  const records = counts.length > 0 ? Math.max(...counts) : null;
  const volumeFactor =
    records === null
      ? UNKNOWN_VOLUME_FACTOR
      : (VOLUME_BANDS.find((b) => records <= b.maxRecords)?.factor ?? 5);

  const criticality = { factor: CRITICALITY[useCase.criticality], level: useCase.criticality };
  const inherent = sensitivity.factor * criticality.factor * volumeFactor;

  const contributions: ScoreContribution[] = [];
  for (const r of rules) {
    if (r.outcome !== 'fail' && r.outcome !== 'unknown') continue;
    const weight = weights.get(r.id) ?? SEVERITY_WEIGHT[r.severity];
    const outcomeFactor = OUTCOME_FACTOR[r.outcome];
    contributions.push({
      ruleId: r.id,
      effect: r.effect,
      severity: r.severity,
      outcome: r.outcome,
      weight,
      outcomeFactor,
      points: round2(weight * outcomeFactor),
    });
  }
  const uncapped = round2(contributions.reduce((sum, c) => sum + c.points, 0));
  const residual = Math.min(100, uncapped);

  return {
    value: Math.round((INHERENT_SHARE * inherent + RESIDUAL_SHARE * residual) / 10),
    formula: `round((${INHERENT_SHARE} × inherent + ${RESIDUAL_SHARE} × residual) / 10)`,
    inherent: {
      value: inherent,
      formula: 'sensitivity × criticality × volume',
      sensitivity,
      criticality,
      volume: { factor: volumeFactor, records },
    },
    residual: {
      value: residual,
      uncapped,
      formula: 'min(100, Σ weight × outcomeFactor) over failed (×1) and unknown (×0.5) rules',
      contributions,
    },
  };
}

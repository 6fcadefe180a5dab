import type { EvidenceIndex } from './model-evidence';
import type { ReportInput } from './report-input';
import type { CostItem, CostSection } from './report-model-types';
import { byString } from './sanitize';

/** Money to the cent, so the JSON twin and the PDF print the same number on every machine. */
const cents = (x: number) => Math.round(x * 100) / 100;

const isCompliant = (d: CostItem['decision']) => d === 'approved' || d === 'approved_with_conditions';

/**
 * Cost of ownership at the review's monthly token volume, and the alternatives to compare it with. null
 * when nothing has a known cost: the report then has no cost section at all rather than an empty chart.
 */
export function buildCost(input: ReportInput, index: EvidenceIndex): CostSection | null {
  const { context: ctx, provenance } = input.evaluation.snapshot;
  const o = ctx.offering;
  const tokens = ctx.useCase.monthlyTokens;
  const monthly =
    o.priceInputPer1M !== null && o.priceOutputPer1M !== null
      ? cents((tokens.input / 1e6) * o.priceInputPer1M + (tokens.output / 1e6) * o.priceOutputPer1M)
      : null;
  const alternatives: CostItem[] = input.alternatives
    .map((a) => ({
      vendor: a.vendor,
      model: a.model,
      offering: a.offering,
      decision: a.decision,
      compliant: isCompliant(a.decision),
      monthlyCost: a.monthlyCost === null || !Number.isFinite(a.monthlyCost) ? null : cents(a.monthlyCost),
      currency: a.currency,
    }))
    .sort(
      (a, b) =>
        (a.monthlyCost === null ? 1 : 0) - (b.monthlyCost === null ? 1 : 0) ||
        (a.monthlyCost ?? 0) - (b.monthlyCost ?? 0) ||
        byString(a.vendor, b.vendor) ||
        byString(a.model, b.model) ||
        byString(a.offering, b.offering),
    );
  if (monthly === null && alternatives.every((a) => a.monthlyCost === null)) return null;

  const subjectItem: CostItem = {
    vendor: input.vendorProfile.vendor.name,
    model: input.vendorProfile.model.name,
    offering: o.name,
    decision: input.evaluation.result.decision,
    compliant: isCompliant(input.evaluation.result.decision),
    monthlyCost: monthly,
    currency: o.currency,
  };
  const costed = [subjectItem, ...alternatives].filter((x) => x.monthlyCost !== null);
  // One chart, one currency: the subject's when anything is priced in it, else the first by code.
  const currency = costed.some((x) => x.currency === o.currency)
    ? o.currency
    : (costed.map((x) => x.currency).sort(byString)[0] ?? o.currency);
  const bars = costed
    .filter((x) => x.currency === currency)
    .map((x) => ({
      label: `${x.vendor} — ${x.model} (${x.offering})`,
      value: x.monthlyCost!,
      kind:
        x === subjectItem ? ('subject' as const) : x.compliant ? ('compliant' as const) : ('other' as const),
    }))
    .sort((a, b) => a.value - b.value || byString(a.label, b.label));

  const prices = ['offering.priceInputPer1M', 'offering.priceOutputPer1M'].flatMap((k) => {
    const p = provenance[k];
    return p ? (Array.isArray(p) ? p : [p]) : [];
  });
  return {
    currency: o.currency,
    monthlyTokens: { input: tokens.input, output: tokens.output },
    subject: {
      priceInputPer1M: o.priceInputPer1M,
      priceOutputPer1M: o.priceOutputPer1M,
      monthlyCost: monthly,
      annualCost: monthly === null ? null : cents(monthly * 12),
      priceAsOf: input.vendorProfile.offering.priceAsOf,
      evidenceIds: index.idsOf(prices),
    },
    alternatives,
    chart: bars.length ? { currency, bars } : null,
  };
}

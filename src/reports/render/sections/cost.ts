import type { Canvas } from '../canvas';
import type { CostSection } from '../report-model-types';
import { fill, refs, type Section } from './common';

/** Cost of ownership and the alternatives; absent altogether when the model has no cost data. */
export const costSection: Section = (c, m, t) => {
  const cost = m.cost;
  if (!cost) return;
  const tc = t.text.cost;
  const s = cost.subject;
  c.heading(tc.heading, 1);
  c.paragraph(
    fill(tc.volume, {
      input: c.fmt.number(cost.monthlyTokens.input, 0),
      output: c.fmt.number(cost.monthlyTokens.output, 0),
    }),
  );
  if (s.priceInputPer1M !== null && s.priceOutputPer1M !== null) {
    const line = fill(tc.prices, {
      input: c.fmt.price(s.priceInputPer1M, cost.currency),
      output: c.fmt.price(s.priceOutputPer1M, cost.currency),
      currency: cost.currency,
      asOf: s.priceAsOf ? c.fmt.date(s.priceAsOf) : t.text.values.unknown,
    });
    c.paragraph(s.evidenceIds.length ? `${line} ${refs(s.evidenceIds)}` : line);
  } else c.paragraph(tc.pricesUnknown);
  if (s.monthlyCost !== null && s.annualCost !== null)
    c.paragraph(
      fill(tc.monthly, {
        monthly: c.fmt.money(s.monthlyCost, cost.currency),
        annual: c.fmt.money(s.annualCost, cost.currency),
      }),
      {
        weight: 'bold',
      },
    );

  if (cost.chart) {
    c.heading(fill(tc.chartHeading, { currency: cost.chart.currency }), 2);
    drawChart(c, cost.chart);
    c.paragraph(tc.chartNote, { size: t.layout.fontSize.small, color: t.colors.muted });
  }

  c.heading(tc.alternativesHeading, 2);
  if (cost.alternatives.length === 0) c.paragraph(tc.noAlternatives);
  else
    c.table(
      [
        { header: tc.colVendor, width: 0.27 },
        { header: tc.colOffering, width: 0.37 },
        { header: tc.colDecision, width: 0.18 },
        { header: tc.colMonthly, width: 0.18, align: 'right' },
      ],
      cost.alternatives.map((a) => [
        [{ text: a.vendor, weight: 'bold' }, { text: a.model }],
        a.offering,
        [
          { text: a.decision ? t.text.decisionNames[a.decision] : t.text.values.unknown },
          ...(a.compliant
            ? [{ text: tc.compliantMark, weight: 'bold' as const, color: t.colors.outcomes.pass }]
            : []),
        ],
        a.monthlyCost === null ? t.text.values.unknown : c.fmt.money(a.monthlyCost, a.currency),
      ]),
    );
};

/** A round step giving 3–6 grid lines up to `max`. */
function tickStep(max: number): number {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => raw <= s)!;
}

/**
 * Horizontal bars drawn as vector paths (rectangles, lines and real text — no image): label column, bar,
 * amount. Bars are drawn in chunks that fit a page, each with its own grid, so a long list cannot overflow.
 */
function drawChart(c: Canvas, chart: NonNullable<CostSection['chart']>): void {
  const t = c.t;
  const { doc } = c;
  const small = c.style(t.layout.fontSize.small, 'regular', t.colors.text);
  const lh = c.text.lineHeight(small.size);
  const labelW = c.width * 0.38;
  const barX = c.left + labelW + 8;
  const barW = c.width - labelW - 8 - 72;
  const max = Math.max(...chart.bars.map((b) => b.value), 0);
  const step = max > 0 ? tickStep(max) : 1;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const colour = {
    subject: t.colors.chart.subject,
    compliant: t.colors.chart.compliant,
    other: t.colors.chart.other,
  };
  const rows = chart.bars.map((b) => {
    const lines = c.text.layout(b.label, labelW, small).slice(0, 3);
    return { b, lines, h: Math.max(16, lines.length * lh + 4) };
  });
  const axisH = lh + 4;

  let i = 0;
  while (i < rows.length) {
    c.deadline.check();
    c.ensure(rows[i]!.h + axisH + lh * 2);
    const y0 = c.y;
    let y = y0;
    const chunk = [];
    while (i < rows.length && y + rows[i]!.h + axisH <= c.bottom) {
      chunk.push({ ...rows[i]!, y });
      y += rows[i]!.h;
      i++;
    }
    for (const tk of ticks) {
      const x = barX + (tk / top) * barW;
      doc
        .save()
        .moveTo(x, y0)
        .lineTo(x, y)
        .lineWidth(0.5)
        .strokeColor(t.colors.chart.grid)
        .stroke()
        .restore();
      const lab = c.text.layout(c.fmt.number(tk, 2), 80, small)[0]!;
      c.text.draw(lab, x - lab.width / 2, y + 2, c.style(small.size, 'regular', t.colors.muted));
    }
    for (const r of chunk) {
      r.lines.forEach((l, k) => c.text.draw(l, c.left, r.y + 2 + k * lh, small));
      const w = Math.max(0.5, (r.b.value / top) * barW);
      doc
        .save()
        .rect(barX, r.y + 3, w, r.h - 6)
        .fill(colour[r.b.kind])
        .restore();
      const amount = c.text.layout(c.fmt.money(r.b.value, chart.currency), 70, small)[0]!;
      c.text.draw(
        amount,
        barX + w + 4,
        r.y + (r.h - lh) / 2,
        c.style(small.size, r.b.kind === 'subject' ? 'bold' : 'regular'),
      );
    }
    doc.save().moveTo(barX, y0).lineTo(barX, y).lineWidth(0.8).strokeColor(t.colors.text).stroke().restore();
    c.y = y + axisH;
  }

  // Legend: a swatch and a word per kind of bar.
  c.ensure(lh + 6);
  let x = c.left;
  for (const [kind, label] of [
    ['subject', t.text.cost.legendSubject],
    ['compliant', t.text.cost.legendCompliant],
    ['other', t.text.cost.legendOther],
  ] as const) {
    doc
      .save()
      .rect(x, c.y + 2, 9, 7)
      .fill(colour[kind])
      .restore();
    const l = c.text.layout(label, 160, small)[0]!;
    c.text.draw(l, x + 13, c.y, small);
    x += 13 + l.width + 16;
  }
  c.y += lh + 6;
}

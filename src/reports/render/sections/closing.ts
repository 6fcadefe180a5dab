import { fill, type Section } from './common';

/** The engine's score arithmetic, spelled out with its numbers and each finding's contribution. */
export const scoreSection: Section = (c, m, t) => {
  const ts = t.text.score;
  const s = m.score;
  const n = (x: number) => c.fmt.number(x, 2);
  c.heading(ts.heading, 1);
  c.paragraph(ts.intro, { color: t.colors.muted });
  c.paragraph(
    fill(ts.inherent, {
      formula: s.inherent.formula,
      sensitivity: n(s.inherent.sensitivity.factor),
      dataClass: s.inherent.sensitivity.dataClass ?? t.text.values.none,
      criticality: n(s.inherent.criticality.factor),
      level: s.inherent.criticality.level,
      volume: n(s.inherent.volume.factor),
      records:
        s.inherent.volume.records === null
          ? t.text.values.unknown
          : c.fmt.number(s.inherent.volume.records, 0),
      value: n(s.inherent.value),
    }),
  );
  c.paragraph(
    fill(ts.residual, {
      formula: s.residual.formula,
      uncapped: n(s.residual.uncapped),
      value: n(s.residual.value),
    }),
  );
  c.paragraph(
    fill(ts.total, {
      formula: s.formula,
      inherent: n(s.inherent.value),
      residual: n(s.residual.value),
      value: n(s.value),
    }),
    {
      weight: 'bold',
    },
  );
  if (s.residual.contributions.length === 0) {
    c.paragraph(ts.noContributions);
    return;
  }
  c.table(
    [
      { header: ts.colRule, width: 0.4 },
      { header: ts.colEffect, width: 0.12 },
      { header: ts.colSeverity, width: 0.1 },
      { header: ts.colOutcome, width: 0.11 },
      { header: ts.colWeight, width: 0.09, align: 'right' },
      { header: ts.colFactor, width: 0.09, align: 'right' },
      { header: ts.colPoints, width: 0.09, align: 'right' },
    ],
    s.residual.contributions.map((k) => [
      [{ text: s.titles[k.ruleId] ?? k.ruleId }, { text: k.ruleId, color: t.colors.muted }],
      t.text.effects[k.effect],
      t.text.severities[k.severity],
      { text: t.text.outcomes[k.outcome], color: t.colors.outcomes[k.outcome] },
      n(k.weight),
      n(k.outcomeFactor),
      { text: n(k.points), weight: 'bold' },
    ]),
  );
};

/** Who signed off or overrode, and why; then lines for legal's own signature. */
export const signOffSection: Section = (c, m, t) => {
  const ts = t.text.signOff;
  c.heading(ts.heading, 1);
  const state = m.signOff.state;
  c.paragraph(state === 'pending' ? ts.pending : state === 'overridden' ? ts.overridden : ts.signedOff, {
    weight: 'bold',
  });
  if (m.signOff.entries.length)
    c.table(
      [
        { header: ts.colDate, width: 0.18 },
        { header: ts.colAction, width: 0.12 },
        { header: ts.colDecision, width: 0.16 },
        { header: ts.colBy, width: 0.16 },
        { header: ts.colJustification, width: 0.38 },
      ],
      m.signOff.entries.map((e) => [
        c.fmt.dateTime(e.createdAt),
        ts.actions[e.action as keyof typeof ts.actions] ?? e.action,
        t.text.decisionNames[e.decision as keyof typeof t.text.decisionNames] ?? e.decision,
        e.byName,
        e.justification,
      ]),
    );
  c.y += 8;
  c.ensure(110);
  c.paragraph(ts.signatureIntro, { weight: 'bold', after: 12 });
  for (const label of [ts.signatureName, ts.signatureSignature, ts.signatureDate]) {
    const line = c.text.layout(label, 120, c.style(t.layout.fontSize.small))[0]!;
    c.text.draw(line, c.left, c.y + 14, c.style(t.layout.fontSize.small, 'regular', t.colors.muted));
    c.rule(c.y + 24, t.colors.text, 0.6, c.left + 90, c.left + 90 + Math.min(260, c.width - 90));
    c.y += 30;
  }
};

/** Appendix A (every source with its date), Appendix B (legal references), and how to read the document. */
export const appendixSection: Section = (c, m, t) => {
  const ta = t.text.appendix;
  const small = t.layout.fontSize.small;
  c.heading(ta.evidenceHeading, 1);
  c.paragraph(ta.evidenceIntro, { color: t.colors.muted });
  if (m.evidence.length === 0) c.paragraph(ta.none);
  for (const e of m.evidence) {
    c.deadline.check();
    c.paragraph(`[${e.id}] ${e.url}`, { weight: 'bold', color: t.colors.accent, after: 1, link: e.url });
    c.paragraph(
      fill(ta.evidenceItem, {
        retrieved: e.retrieved ? c.fmt.date(e.retrieved) : ta.notRetrieved,
        statuses: e.statuses.map((s) => t.text.statuses[s]).join(', '),
        facts: e.facts.join(', '),
      }),
      { size: small, color: t.colors.muted, indent: 14 },
    );
  }
  c.heading(ta.referencesHeading, 1);
  if (m.references.length === 0) c.paragraph(ta.none);
  for (const r of m.references) {
    c.deadline.check();
    c.paragraph(r.citation, { weight: 'bold', after: 1 });
    if (r.url) c.paragraph(r.url, { size: small, color: t.colors.accent, indent: 14, after: 1, link: r.url });
    c.paragraph(fill(ta.referenceRules, { rules: r.ruleIds.join(', ') }), {
      size: small,
      color: t.colors.muted,
      indent: 14,
    });
  }
  const tb = t.text.about;
  c.heading(tb.heading, 1);
  c.paragraph(
    fill(tb.integrity, { evaluationId: m.document.evaluationId, snapshotHash: m.document.snapshotHash }),
  );
  c.paragraph(tb.rtl);
  c.paragraph(tb.disclaimer);
};

import { fill, type Section } from './common';

/** Why this decision, and what must happen next, in plain words. */
export const summarySection: Section = (c, m, t) => {
  const ts = t.text.summary;
  const cv = m.cover;
  c.heading(ts.heading, 1);
  c.paragraph(
    fill(ts.decision, {
      vendor: cv.vendor.name,
      model: cv.model.name,
      offering: cv.offering.name,
      useCase: cv.useCase.name,
      decision: t.text.decisionNames[m.summary.decision],
    }),
    { weight: 'bold' },
  );
  const n = m.summary.counts;
  c.paragraph(
    fill(ts.counts, {
      total: n.total,
      pack: `${m.document.pack.id} ${m.document.pack.version}`,
      fail: n.fail,
      unknown: n.unknown,
      pass: n.pass,
      not_applicable: n.not_applicable,
    }),
  );

  c.heading(ts.whyHeading, 3);
  if (m.summary.reasons.length === 0) c.paragraph(ts.whyApproved);
  for (const r of m.summary.reasons) {
    c.deadline.check();
    c.paragraph(fill(ts.reason, { title: r.title, outcome: t.text.outcomes[r.outcome] }), {
      weight: 'bold',
      indent: 8,
      after: 1,
    });
    if (r.message) c.paragraph(r.message, { indent: 8 });
  }

  c.heading(ts.nextHeading, 3);
  const steps = m.summary.nextSteps.map((s) => {
    switch (s.kind) {
      case 'remediate':
        return fill(ts.stepRemediate, { ruleId: s.ruleId ?? '', text: s.text });
      case 'meet_condition':
        return fill(ts.stepCondition, { ruleId: s.ruleId ?? '', text: s.text });
      case 'supply_fact':
        return fill(s.blocking ? ts.stepSupplyBlocking : ts.stepSupply, {
          fact: s.text,
          rules: s.ruleIds.join(', '),
        });
    }
  });
  c.bullets([...steps, ts.signOffStep]);
};

/** Conditions of approval, numbered; said not to bind unless the decision is an approval with conditions. */
export const conditionsSection: Section = (c, m, t) => {
  const tc = t.text.conditions;
  c.heading(tc.heading, 1);
  if (m.conditions.length === 0) {
    c.paragraph(tc.none);
    return;
  }
  c.paragraph(
    m.conditionsBinding
      ? tc.binding
      : fill(tc.notBinding, { decision: t.text.decisionNames[m.summary.decision] }),
  );
  m.conditions.forEach((k, i) => {
    c.paragraph(`${i + 1}. ${fill(tc.item, { title: k.title, ruleId: k.ruleId })}`, {
      weight: 'bold',
      after: 1,
    });
    c.paragraph(k.text, { indent: 14 });
  });
};

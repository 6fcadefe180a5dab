import type { Span } from '../canvas';
import type { Finding } from '../report-model-types';
import { fill, type Section } from './common';

/** Failed and undecided rules by severity: rule, outcome, what was found with its evidence, remediation. */
export const findingsSection: Section = (c, m, t) => {
  const tf = t.text.findings;
  c.heading(tf.heading, 1);
  c.paragraph(tf.intro, { color: t.colors.muted });
  if (m.findings.every((g) => g.findings.length === 0)) c.paragraph(tf.none);
  for (const group of m.findings) {
    if (group.findings.length === 0) continue;
    c.heading(
      fill(tf.groupHeading, { severity: t.text.severities[group.severity], count: group.findings.length }),
      2,
    );
    c.table(
      [
        { header: tf.colRule, width: 0.25 },
        { header: tf.colOutcome, width: 0.11 },
        { header: tf.colFinding, width: 0.39 },
        { header: tf.colRemediation, width: 0.25 },
      ],
      group.findings.map((f) => [ruleCell(f), outcomeCell(f), findingCell(f), f.remediation ?? '']),
    );
  }

  c.heading(tf.otherHeading, 2);
  if (m.otherRules.length === 0) c.paragraph(tf.otherNone);
  else
    c.table(
      [
        { header: tf.colRule, width: 0.8 },
        { header: tf.colOutcome, width: 0.2 },
      ],
      m.otherRules.map((r) => [
        [{ text: r.title }, { text: r.ruleId, color: t.colors.muted }],
        { text: t.text.outcomes[r.outcome], color: t.colors.outcomes[r.outcome] },
      ]),
    );

  function ruleCell(f: Finding): Span[] {
    const cell: Span[] = [
      { text: f.title, weight: 'bold' },
      {
        text: fill(tf.ruleMeta, { ruleId: f.ruleId, category: f.category, effect: t.text.effects[f.effect] }),
        color: t.colors.muted,
      },
    ];
    if (f.deciding)
      cell.push({ text: tf.deciding, weight: 'bold', color: t.colors.decisions[m.summary.decision] });
    return cell;
  }

  function outcomeCell(f: Finding): Span[] {
    const cell: Span[] = [
      { text: t.text.outcomes[f.outcome], weight: 'bold', color: t.colors.outcomes[f.outcome] },
    ];
    if (f.points !== null)
      cell.push({ text: fill(tf.points, { points: c.fmt.number(f.points, 1) }), color: t.colors.muted });
    return cell;
  }

  function findingCell(f: Finding): Span[] {
    const cell: Span[] = [];
    if (f.message) cell.push({ text: f.message });
    if (f.condition) cell.push({ text: fill(tf.condition, { text: f.condition }) });
    if (f.missingFacts.length)
      cell.push({
        text: fill(tf.missing, { facts: f.missingFacts.join(', ') }),
        color: t.colors.outcomes.unknown,
      });
    if (f.error) cell.push({ text: fill(tf.error, { error: f.error }), color: t.colors.outcomes.fail });
    for (const e of f.evidence) {
      const facts = e.facts.join(', ');
      const status = t.text.statuses[e.status];
      cell.push({
        color: t.colors.muted,
        text: e.url
          ? fill(tf.evidence, {
              ref: e.evidenceId ? `[${e.evidenceId}]` : e.url,
              status,
              retrieved: e.retrieved ? c.fmt.date(e.retrieved) : t.text.appendix.notRetrieved,
              facts,
            })
          : fill(tf.evidenceNoUrl, { status, note: e.note ?? t.text.values.none, facts }),
      });
    }
    return cell;
  }
};

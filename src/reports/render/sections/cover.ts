import type { Cell } from '../canvas';
import { fill, type Section } from './common';

/** Page 1: who, what, for what, the decision badge, the identifiers legal quotes, and the disclaimer. */
export const coverSection: Section = (c, m, t) => {
  const { doc } = c;
  const fs = t.layout.fontSize;
  const cv = m.cover;
  const tc = t.text.cover;
  const pageW = t.layout.pageSize[0];
  doc.save().rect(0, 0, pageW, 10).fill(t.colors.accent).restore();

  c.y = t.layout.margins.top;
  c.paragraph(tc.kicker, { size: fs.small, weight: 'bold', color: t.colors.accent, after: 6 });
  c.paragraph(cv.vendor.name, { size: fs.title, weight: 'bold', after: 2 });
  if (cv.vendor.nativeName)
    c.paragraph(cv.vendor.nativeName, { size: fs.h2, color: t.colors.muted, after: 4 });
  c.paragraph(fill(tc.subtitle, { model: cv.model.name, offering: cv.offering.name }), {
    size: fs.h2,
    after: 4,
  });
  c.paragraph(fill(tc.useCase, { useCase: cv.useCase.name }), { after: 2 });
  if (cv.useCase.purpose)
    c.paragraph(fill(tc.purpose, { purpose: cv.useCase.purpose }), { color: t.colors.muted });

  // The decision badge: a filled box in the decision's colour, its text from the template.
  c.y += 8;
  c.paragraph(tc.decisionLabel, { size: fs.small, weight: 'bold', color: t.colors.muted, after: 3 });
  const badge = c.style(fs.h1, 'bold', t.colors.badgeText);
  const lines = c.text.layout(t.text.decisions[cv.decision], c.width - 24, badge);
  const lh = c.text.lineHeight(badge.size);
  const h = lines.length * lh + 12;
  const w = Math.max(...lines.map((l) => l.width)) + 28;
  c.ensure(h);
  doc.save().roundedRect(c.left, c.y, w, h, 4).fill(t.colors.decisions[cv.decision]).restore();
  lines.forEach((l, i) => c.text.draw(l, c.left + 14, c.y + 6 + i * lh, badge));
  c.y += h + 14;

  const d = m.document;
  const ce = cv.contractingEntity;
  const rows: [string, Cell][] = [];
  if (ce)
    rows.push([
      tc.contractingEntity,
      [
        { text: `${ce.name} (${ce.country})`, weight: 'bold' },
        ...(ce.nativeName ? [{ text: ce.nativeName }] : []),
      ],
    ]);
  rows.push(
    [tc.date, c.fmt.date(cv.date)],
    [
      tc.dataClasses,
      c.fmt.list(
        cv.useCase.dataClasses.map((k) => (t.text.residency.dataClasses as Record<string, string>)[k] ?? k),
      ),
    ],
    [tc.subjects, c.fmt.list(cv.useCase.dataSubjectRegions)],
    [tc.criticality, `${cv.useCase.criticality} / ${cv.useCase.sector}`],
    [tc.score, fill(tc.scoreValue, { score: c.fmt.number(cv.score, 1) })],
    [tc.reviewId, cv.reviewId],
    [tc.evaluationId, d.evaluationId],
    [tc.documentId, d.id],
    [
      tc.pack,
      fill(tc.packValue, {
        id: d.pack.id,
        version: d.pack.version,
        file: d.pack.file,
        hash: d.packHash.slice(0, 16),
      }),
    ],
    [tc.trigger, `${c.fmt.dateTime(d.createdAt)} (${cv.trigger})`],
    [tc.submittedBy, cv.submittedBy],
  );
  if (d.generatedFor) rows.push([tc.preparedFor, d.generatedFor]);
  rows.push([
    tc.fingerprint,
    {
      text: fill(d.fingerprintVerified ? tc.fingerprintVerified : tc.fingerprintUnverified, {
        fingerprint: d.fingerprint,
      }),
      color: d.fingerprintVerified ? t.colors.text : t.colors.outcomes.fail,
    },
  ]);
  c.keyValues(rows);
  c.y += 6;
  c.paragraph(tc.disclaimer, { size: fs.small, color: t.colors.muted });
};

import type { Span } from '../canvas';
import type { ResidencyVerdict } from '../report-model-types';
import { fill, refs, type Section } from './common';

/** Countries, their regimes, and where government-access laws reach the data or the contract. */
export const jurisdictionSection: Section = (c, m, t) => {
  const tj = t.text.jurisdictions;
  const j = m.jurisdictions;
  c.heading(tj.heading, 1);
  c.paragraph(tj.intro, { color: t.colors.muted });
  const yn = (v: boolean | null) => c.fmt.yesNo(v);
  c.table(
    [
      { header: tj.colCountry, width: 0.16 },
      { header: tj.colRoles, width: 0.17 },
      { header: tj.colAdequacy, width: 0.1 },
      { header: tj.colConcern, width: 0.12 },
      { header: tj.colAdversary, width: 0.12 },
      { header: tj.colLaws, width: 0.33 },
    ],
    j.countries.map((k) => [
      [
        { text: k.name, weight: 'bold' },
        { text: k.code, color: t.colors.muted },
      ],
      k.roles.map((r) => tj.roles[r]).join(', '),
      k.euAdequacy
        ? (tj.adequacy[k.euAdequacy as keyof typeof tj.adequacy] ?? k.euAdequacy)
        : t.text.values.unknown,
      { text: yn(k.countryOfConcern), weight: k.countryOfConcern ? 'bold' : 'regular' },
      yn(k.foreignAdversary),
      [
        { text: c.fmt.list(k.governmentAccessLaws) },
        ...(k.evidenceIds.length ? [{ text: refs(k.evidenceIds), color: t.colors.muted }] : []),
      ],
    ]),
  );
  const ce = j.contractingEntity;
  c.paragraph(
    ce
      ? fill(ce.countryOfConcern ? tj.contractingConcern : tj.contracting, {
          name: ce.name,
          country: ce.country,
        })
      : tj.contractingUnknown,
  );
  c.paragraph(
    fill(tj.ownership, {
      percent:
        j.countryOfConcernOwnership === null
          ? t.text.values.unknown
          : c.fmt.percent(j.countryOfConcernOwnership),
    }),
  );
  if (j.hqInCountryOfConcern) c.paragraph(tj.hqConcern);
  c.heading(tj.exposureHeading, 2);
  if (j.exposure.length === 0) c.paragraph(tj.exposureNone);
  else
    c.bullets(
      j.exposure.map((x) =>
        fill(tj.exposureItem, {
          country: `${x.name} (${x.code})`,
          via: x.via.map((r) => tj.roles[r]).join(', '),
          laws: x.laws.join('; '),
        }),
      ),
    );
};

/** Screening status and list versions, hits, designations with their Federal Register citations. */
export const screeningSection: Section = (c, m, t) => {
  const ts = t.text.screening;
  const s = m.screening;
  c.heading(ts.heading, 1);
  c.paragraph(fill(ts.status, { status: ts.statuses[s.status as keyof typeof ts.statuses] ?? s.status }), {
    weight: 'bold',
  });
  c.paragraph(
    s.listVersions.length
      ? fill(ts.listVersions, { versions: s.listVersions.join('; ') })
      : ts.noListVersions,
  );

  c.heading(ts.hitsHeading, 2);
  if (s.hits === null) c.paragraph(ts.notScreened);
  else if (s.hits.length === 0) c.paragraph(ts.noHits);
  else
    c.table(
      [
        { header: ts.colEntity, width: 0.26 },
        { header: ts.colList, width: 0.14 },
        { header: ts.colPrograms, width: 0.16 },
        { header: ts.colScore, width: 0.08, align: 'right' },
        { header: ts.colDisposition, width: 0.14 },
        { header: ts.colCitation, width: 0.22 },
      ],
      s.hits.map((h) => [
        { text: h.entityName, weight: 'bold' },
        h.list,
        c.fmt.list(h.programs),
        c.fmt.number(h.score, 3),
        ts.dispositions[(h.disposition ?? 'pending') as keyof typeof ts.dispositions] ?? h.disposition ?? '',
        h.citation ?? '',
      ]),
    );

  c.heading(ts.designationsHeading, 2);
  if (s.designations === null) c.paragraph(ts.designationsUnknown);
  else if (s.designations.length === 0) c.paragraph(ts.noDesignations);
  else
    c.table(
      [
        { header: ts.colEntity, width: 0.3 },
        { header: ts.colList, width: 0.15 },
        { header: ts.colCitation, width: 0.27 },
        { header: ts.colEffective, width: 0.13 },
        { header: ts.colStatus, width: 0.15 },
      ],
      s.designations.map((d) => {
        const cite: Span[] = [{ text: d.citation ?? t.text.values.unknown, weight: 'bold' }];
        if (d.frDocument) cite.push({ text: fill(ts.frDocument, { document: d.frDocument }) });
        if (d.federalRegisterUrl) cite.push({ text: d.federalRegisterUrl, color: t.colors.accent });
        return [
          { text: d.entityName, weight: 'bold' },
          d.list,
          cite,
          d.effective ? c.fmt.date(d.effective) : t.text.values.unknown,
          `${t.text.statuses[d.status]}${d.evidenceId ? ` [${d.evidenceId}]` : ''}`,
        ];
      }),
    );

  c.heading(ts.ownershipHeading, 2);
  c.paragraph(ts.ownershipIntro, { color: t.colors.muted });
  c.table(
    [
      { header: ts.colList, width: 0.6 },
      { header: ts.colPercent, width: 0.4, align: 'right' },
    ],
    s.listedOwnership.map((o) => [
      o.list,
      {
        text: o.percent === null ? t.text.values.unknown : c.fmt.percent(o.percent),
        weight: o.percent ? 'bold' : 'regular',
      },
    ]),
  );
};

/** Data class × storage / inference region → allowed? */
export const residencySection: Section = (c, m, t) => {
  const tr = t.text.residency;
  const r = m.residency;
  c.heading(tr.heading, 1);
  c.paragraph(tr.intro, { color: t.colors.muted });
  if (r.rows.length === 0) {
    c.paragraph(tr.noClasses);
    return;
  }
  const colour = (v: ResidencyVerdict) =>
    v === 'allowed'
      ? t.colors.outcomes.pass
      : v === 'no_rule'
        ? t.colors.muted
        : v === 'unknown'
          ? t.colors.outcomes.unknown
          : t.colors.outcomes.fail;
  c.table(
    [
      { header: tr.dataClass, width: 1.6 },
      ...r.columns.map((k) => ({
        header: fill(tr.column, { region: k.region ?? tr.undisclosed, kind: tr.kinds[k.kind] }),
        width: 1,
      })),
    ],
    r.rows.map((row) => [
      [
        { text: (tr.dataClasses as Record<string, string>)[row.dataClass] ?? row.dataClass, weight: 'bold' },
        ...(row.requiredMechanisms.length
          ? [
              {
                text: fill(tr.mechanisms, { mechanisms: row.requiredMechanisms.join(', ') }),
                color: t.colors.muted,
              },
            ]
          : []),
      ],
      ...row.cells.map((v) => ({ text: tr.verdicts[v], weight: 'bold' as const, color: colour(v) })),
    ]),
  );
};

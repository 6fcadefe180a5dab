import type { Cell, Span } from '../canvas';
import type { ListedItem } from '../report-model-types';
import { factsTable, fill, listOrNone, type Section } from './common';

/** Vendor, legal entities and ownership (with native names), model facts, offering. */
export const profileSection: Section = (c, m, t) => {
  const tp = t.text.profile;
  const p = m.profile;
  const v = p.vendor;
  c.heading(tp.heading, 1);

  c.heading(tp.vendorHeading, 2);
  const vendorRows: [string, Cell][] = [[tp.name, { text: v.name, weight: 'bold' }]];
  if (v.nativeName) vendorRows.push([tp.nativeName, v.nativeName]);
  vendorRows.push(
    [tp.aliases, c.fmt.list(v.aliases)],
    [tp.hqCountry, v.hqCountry],
    [tp.officialDomains, c.fmt.list(v.officialDomains)],
  );
  if (v.website) vendorRows.push([tp.website, v.website]);
  c.keyValues(vendorRows);
  factsTable(c, v.facts, p.offering.currency);

  const items = (xs: ListedItem[]) =>
    c.table(
      [
        { header: tp.colItem, width: 0.3 },
        { header: tp.colDetail, width: 0.5 },
        { header: tp.colSource, width: 0.2 },
      ],
      xs.map((x) => [
        [
          { text: x.title, weight: 'bold' },
          ...(x.date ? [{ text: c.fmt.date(x.date), color: t.colors.muted }] : []),
        ],
        x.detail,
        `${t.text.statuses[x.status]}${x.evidenceId ? ` [${x.evidenceId}]` : ''}`,
      ]),
    );
  listOrNone(c, tp.certificationsHeading, v.certifications.length === 0, () =>
    items(
      v.certifications.map((x) => ({
        title: x.name,
        detail: x.scope ?? '',
        date: null,
        status: x.status,
        evidenceId: x.evidenceId,
      })),
    ),
  );
  listOrNone(c, tp.bansHeading, v.publicBans.length === 0, () => items(v.publicBans));
  listOrNone(c, tp.allegationsHeading, v.allegations.length === 0, () => items(v.allegations));

  c.heading(tp.entitiesHeading, 2);
  if (p.entities.length === 0) c.paragraph(tp.none, { color: t.colors.muted });
  else
    c.table(
      [
        { header: tp.colEntity, width: 0.34 },
        { header: tp.colCountry, width: 0.09 },
        { header: tp.colRoles, width: 0.15 },
        { header: tp.colOwners, width: 0.27 },
        { header: tp.colSource, width: 0.15 },
      ],
      p.entities.map((e) => {
        const name: Span[] = [{ text: e.name, weight: 'bold' }];
        if (e.nativeName) name.push({ text: e.nativeName });
        if (e.contracting) name.push({ text: tp.contractingMark, color: t.colors.accent });
        const owners: Span[] = e.owners.length
          ? e.owners.flatMap((o) => {
              const status = t.text.statuses[o.status];
              const line =
                o.percent === null
                  ? fill(tp.ownerUnknown, { owner: o.ownerName, status })
                  : fill(tp.owner, { owner: o.ownerName, percent: c.fmt.percent(o.percent), status });
              return [
                { text: o.evidenceId ? `${line} [${o.evidenceId}]` : line },
                ...(o.note ? [{ text: o.note, color: t.colors.muted }] : []),
              ];
            })
          : [{ text: tp.noOwners, color: t.colors.muted }];
        return [
          name,
          e.country,
          e.roles.join(', '),
          owners,
          `${t.text.statuses[e.status]}${e.evidenceId ? ` [${e.evidenceId}]` : ''}`,
        ];
      }),
    );

  c.heading(tp.modelHeading, 2);
  const mrows: [string, Cell][] = [[tp.name, { text: p.model.name, weight: 'bold' }]];
  if (p.model.version) mrows.push([tp.version, p.model.version]);
  c.keyValues(mrows);
  factsTable(c, p.model.facts, p.offering.currency);
  listOrNone(c, tp.benchmarksHeading, p.model.benchmarks.length === 0, () => items(p.model.benchmarks));

  c.heading(tp.offeringHeading, 2);
  const o = p.offering;
  const orows: [string, Cell][] = [
    [tp.name, { text: o.name, weight: 'bold' }],
    [tp.mode, tp.modes[o.mode as keyof typeof tp.modes] ?? o.mode],
  ];
  if (o.host) orows.push([tp.host, o.host]);
  if (o.endpoint) orows.push([tp.endpoint, o.endpoint]);
  orows.push([tp.currency, o.currency], [tp.contractingEntity, o.contractingEntity ?? t.text.values.unknown]);
  c.keyValues(orows);
  factsTable(c, o.facts, o.currency);
};

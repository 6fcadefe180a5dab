import type { Canvas, Span } from '../canvas';
import { fill } from '../format';
import type { FactValue, FactView, ReportModel } from '../report-model-types';
import type { ReportTemplate } from '../template-schema';

/**
 * A report section: draws its part of the model in the template's words. It gets the Canvas (the pdfkit
 * document with the shared cursor, page breaks and text engine; `c.doc` is the document) rather than the bare
 * document, because sections continue each other's pages and must measure text with the same fonts.
 */
export type Section = (c: Canvas, model: ReportModel, t: ReportTemplate) => void;

/** "secondary [E4]": how sure a fact is and where it comes from. */
export function sourceLabel(
  t: ReportTemplate,
  status: FactView['status'],
  evidenceIds: string | string[] | null,
): string {
  const ids = evidenceIds === null ? [] : Array.isArray(evidenceIds) ? evidenceIds : [evidenceIds];
  const refs = ids.map((id) => `[${id}]`).join(' ');
  return refs ? `${t.text.statuses[status]} ${refs}` : t.text.statuses[status];
}

export const refs = (ids: string[]): string => ids.map((id) => `[${id}]`).join(' ');

/** A fact's value in words: booleans as yes/no, unknown as "Unknown", prices with the currency. */
export function factText(c: Canvas, key: string, value: FactValue, currency: string): string {
  const v = c.t.text.values;
  if (value === null) return v.unknown;
  if (typeof value === 'boolean') return value ? v.yes : v.no;
  if (Array.isArray(value)) return value.length ? value.join(', ') : v.none;
  if (typeof value === 'number')
    return key.startsWith('price') ? c.fmt.price(value, currency) : c.fmt.number(value);
  return key === 'releaseDate' || key === 'priceAsOf' ? c.fmt.date(value) : value;
}

/** The Fact / Value / Status / Source table of a list of facts. */
export function factsTable(c: Canvas, facts: FactView[], currency: string): void {
  const t = c.t.text.profile;
  c.table(
    [
      { header: t.colFact, width: 0.34 },
      { header: t.colValue, width: 0.36 },
      { header: t.colStatus, width: 0.14 },
      { header: t.colSource, width: 0.16 },
    ],
    facts.map((f) => {
      const value: Span[] = [{ text: factText(c, f.key, f.value, currency) }];
      if (f.note) value.push({ text: f.note, color: c.t.colors.muted });
      const label = (t.facts as Record<string, string>)[f.key] ?? f.key;
      return [label, value, c.t.text.statuses[f.status], f.evidenceId ? `[${f.evidenceId}]` : ''];
    }),
  );
}

/** An h3 heading and a table, or the "none" line when there is nothing to list. */
export function listOrNone(
  c: Canvas,
  heading: string,
  empty: boolean,
  draw: () => void,
  none = c.t.text.profile.none,
): void {
  c.heading(heading, 3);
  if (empty) c.paragraph(none, { color: c.t.colors.muted });
  else draw();
}

export { fill };

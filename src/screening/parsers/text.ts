import type { ListAddress, ListAltName } from './list-entry';

/**
 * Field-level helpers shared by the CSL and OFAC parsers: cleaning published values and reading the
 * structured bits OFAC writes into free-text remarks.
 */

/**
 * Windows-1252 characters for the C1 control range. Some published rows were once cp1252 and were decoded
 * as Latin-1 on the way to UTF-8, leaving e.g. U+0092 where a ’ was meant (the 2019 CSL subset has
 * "HA\u0092Assif"); C1 controls never belong in a name or address, so they are put back.
 */
/** 0x80-0x9F in Windows-1252; '_' marks the five codes it leaves unassigned (they are dropped). */
const CP1252_C1 = '€_‚ƒ„…†‡ˆ‰Š‹Œ_Ž__‘’“”•–—˜™š›œ_žŸ';
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

/** Trimmed text, with C1 mojibake repaired; null when empty. */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return C1.test(trimmed)
    ? trimmed.replace(C1_ALL, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!.replace('_', ''))
    : trimmed;
}

/** OFAC writes "-0-" (often "-0- ", with a space) for an empty field. */
export function ofacValue(value: string | undefined): string | null {
  const v = clean(value);
  return v === '-0-' ? null : v;
}

/**
 * Splits a multi-valued field. The CSL joins values with "; "; lists written as prose ("A; B; and C") leave
 * a conjunction on the last piece, which is not part of the name or address.
 */
export function splitList(value: string | null | undefined, separator = ';'): string[] {
  const out: string[] = [];
  for (const piece of (value ?? '').split(separator)) {
    const v = clean(out.length > 0 ? piece.replace(/^\s*and\s+/, '') : piece);
    if (v !== null) out.push(v);
  }
  return out;
}

/**
 * A CSL CSV address ("80 SW 8th Street Suite 2000, Miami, FL, 33130, US"): the CSV joins address, city,
 * state, postal code and country with ", " and drops empty parts, while the street part itself contains
 * commas, so only the trailing ISO alpha-2 country can be split off reliably. The rest stays in `address`.
 */
export function cslAddress(text: string): ListAddress {
  const comma = text.lastIndexOf(',');
  const last = (comma < 0 ? text : text.slice(comma + 1)).trim();
  const isCountry = /^[A-Z]{2}$/.test(last);
  return {
    address: isCountry ? clean(comma < 0 ? '' : text.slice(0, comma)) : clean(text),
    city: null,
    stateOrProvince: null,
    postalCode: null,
    country: isCountry ? last : null,
  };
}

/** Abbreviations whose final period belongs to the name, so a remark's closing period was merged into it. */
const KEEPS_PERIOD = /^(?:CO|LTD|LTDA|INC|CORP|CIA)\.$/i;

/**
 * A "Linked To:" value as found in remarks. OFAC ends every remark with a period, which sticks to the last
 * linked party ("Linked To: LAZARUS GROUP."). When the name itself ends with a period OFAC writes one
 * ("...; Linked To: R D I S.A."), so the period is kept where the last word is an abbreviation (S.A., C.V.,
 * CO., LTD., ...) and dropped otherwise: checked against the 2024 SDN file this resolves ~97.5% of the
 * final linked parties to an exact primary name (always dropping: 91%). The CSL wraps the remark in
 * parentheses ("(Linked To: ROSTEC)"), so an unbalanced closing parenthesis is dropped too.
 */
function linkedName(raw: string, isLast: boolean): string | null {
  let v = raw.trim();
  if (isLast && v.endsWith('.')) {
    const lastWord = v.slice(v.lastIndexOf(' ') + 1);
    if (!(/\..*\.$/.test(lastWord) || KEEPS_PERIOD.test(lastWord))) v = v.slice(0, -1).trimEnd();
  }
  const opens = v.split('(').length;
  const closes = v.split(')').length;
  if (v.endsWith(')') && closes > opens) v = v.slice(0, -1).trimEnd();
  return clean(v);
}

export interface RemarkNames {
  altNames: ListAltName[];
  linkedTo: string[];
}

/**
 * Names OFAC keeps in remarks rather than in alt.csv: "a.k.a. 'X'" / "f.k.a. 'X'" / "n.k.a. 'X'" (OFAC's
 * weak AKAs, always quoted; a name may itself contain apostrophes, so a quote closes the name only before
 * ";", a closing ")" or the end of the remark) and "Linked To: X" parties.
 */
export function remarkNames(remarks: string | null): RemarkNames {
  const altNames: ListAltName[] = [];
  const linkedTo: string[] = [];
  if (!remarks) return { altNames, linkedTo };
  for (const m of remarks.matchAll(/\b([afn])\.k\.a\.\s+'(.*?)'(?=\s*(?:;|\)|\.?\s*$))/g)) {
    const name = clean(m[2]);
    if (name) altNames.push({ name, type: `weak ${m[1]!}ka` });
  }
  const body = remarks.trimEnd();
  for (const m of body.matchAll(/Linked To:\s*([^;]+)/g)) {
    const name = linkedName(m[1]!, m.index + m[0].length === body.length);
    if (name && !linkedTo.includes(name)) linkedTo.push(name);
  }
  return { altNames, linkedTo };
}

/** Alt names without repeats (same name and type, ignoring case), in first-seen order. */
export function uniqueAltNames(names: readonly ListAltName[]): ListAltName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = `${n.type ?? ''}\u0000${n.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Cleaning of user-supplied text before it reaches the report (PDF and JSON twin).
 *
 * Why each class of character goes:
 * - C0/C1 controls and NUL: pdfkit draws most of them as stray glyphs (`\r` notably) and Postgres refuses NUL.
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E/F, U+061C):
 *   they can make a name display as something else ("Trojan Source"); pdfkit does no bidi at all, so they
 *   would only ever do harm.
 * - Zero-width and format characters (U+200B–U+200D, U+2060–U+206F, U+FEFF), variation selectors and tag
 *   characters: invisible, so a reader cannot see them, and the fonts have no glyphs for them (tofu).
 * - Lone surrogates become U+FFFD: they are not text and fontkit would choke on them.
 * Line breaks are normalised to `\n` (CR, CRLF, U+2028/9); tabs become spaces. NFC keeps composed letters in
 * one glyph where the font has it.
 */

const STRIP =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|\uDB40[\uDC00-\uDDEF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text (purposes, notes, justifications): keeps `\n`. */
export function cleanText(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(STRIP, '')
    .normalize('NFC');
}

/** Single-line text (names, labels, ids): line breaks become spaces. */
export function cleanLine(s: string): string {
  return cleanText(s).replace(/\n+/g, ' ');
}

/**
 * Deep copy of a JSON-like value with every string (and object key) cleaned. The report model is built from
 * the cleaned copy, so no section can forget to clean a field. Dates are kept as they are.
 */
export function deepClean<T>(value: T): T {
  return walk(value) as T;
}

function walk(v: unknown): unknown {
  if (typeof v === 'string') return cleanText(v);
  if (Array.isArray(v)) return v.map(walk);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[cleanLine(k)] = walk(x);
    return out;
  }
  return v;
}

/** Deterministic string order (code units), independent of the machine's locale and ICU data. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted copy without duplicates, in `byString` order. */
export const uniqueSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);

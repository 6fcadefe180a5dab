import {
  CJK_GENERIC_SUFFIXES,
  CJK_LEGAL_FORMS,
  CJK_PLACE_PREFIXES,
  genericCanonical,
  LEGAL_FORM_PHRASES,
  LEGAL_FORM_TOKENS,
  STOPWORDS,
} from './vocabulary';

export type NameScript = 'latin' | 'cjk' | 'arabic' | 'cyrillic' | 'mixed' | 'other';

export interface NormalizedName {
  /** The tokens joined by one space: the key of the exact-match map. */
  normalized: string;
  /** Informative tokens in reading order; legal forms and stopwords removed, generic words canonicalised. */
  tokens: string[];
  /** Script of the letters in the raw name; digits and punctuation do not count. */
  script: NameScript;
}

/**
 * Combining marks to strip after NFKD: Latin/Greek/Cyrillic diacritics, Arabic harakat, hamza and madda marks
 * (so أ إ آ fold to ا), and the tatweel. Other marks (kana voicing, Indic vowel signs) change the letter, so
 * they are kept and recomposed by NFC.
 */
const STRIP_MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

/** Letters NFKD does not decompose, and Arabic/Persian letter variants that transliterate alike. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  '\u0649': '\u064a', // alef maqsura → yeh
  '\u0629': '\u0647', // teh marbuta → heh
  '\u06cc': '\u064a', // Farsi yeh → Arabic yeh
  '\u06a9': '\u0643', // keheh → kaf
};
const LETTER_FOLD_RE = /[ßæœøđðłıþħ\u0649\u0629\u06cc\u06a9]/g;

/** Arabic-Indic and extended Arabic-Indic digits (NFKD leaves them alone; full-width digits it does fold). */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Apostrophes are dropped, not spaced: "SA'D" and "SAD", "SAB'AWI" and "SABAWI" are the same transliteration. */
const APOSTROPHES = /['\u2018\u2019\u02bc\u02bb`\u00b4]/g;

/** Dotted acronyms lose their dots ("S.A." → "SA", "P.J.S.C." → "PJSC") so they can be recognised as forms. */
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])\.?/gu;
const ASCII_DOTTED_ACRONYM = /(?<![a-z0-9])[a-z](?:\.[a-z])+(?![a-z0-9])\.?/g;

const ASCII = /^[\x00-\x7f]*$/;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
/** Han and kana are written without spaces and are cut into bigrams; Hangul is spaced by words and is not. */
const CJK_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/u;

export function normalizeName(raw: string): NormalizedName {
  if (ASCII.test(raw)) return normalizeAscii(raw);
  const folded = foldCharacters(raw);
  const script = detectScript(folded);
  const tokens: string[] = [];
  const latinWords: string[] = [];
  const flushLatin = (): void => {
    tokens.push(...stripLatinForms(latinWords));
    latinWords.length = 0;
  };
  const hasCjk = CJK_RUN.test(folded);
  for (const word of folded.split(' ')) {
    if (!word) continue;
    if (!hasCjk) {
      latinWords.push(word);
      continue;
    }
    for (const part of word.split(CJK_RUN)) {
      if (!part) continue;
      if (CJK_RUN.test(part)) {
        flushLatin();
        tokens.push(...cjkTokens(part));
      } else {
        latinWords.push(part);
      }
    }
  }
  flushLatin();
  return { normalized: tokens.join(' '), tokens, script };
}

/**
 * The same steps for the common case of a plain-ASCII name (nearly all OFAC names), with ASCII-only regular
 * expressions: Unicode property classes and normalisation forms are the identity there, and skipping them
 * halves the index build time. A spec checks both paths agree.
 */
function normalizeAscii(raw: string): NormalizedName {
  const folded = raw
    .toLowerCase()
    .replace(/['`]/g, '')
    .replace(ASCII_DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const tokens = folded ? stripLatinForms(folded.split(' ')) : [];
  return { normalized: tokens.join(' '), tokens, script: /[a-z]/.test(folded) ? 'latin' : 'other' };
}

/** Case, width, diacritics and punctuation folding: everything except the token-level rules. */
export function foldCharacters(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(STRIP_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c)
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0x0f) % 10))
    .replace(APOSTROPHES, '')
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(NOT_WORD, ' ')
    .trim();
}

const PHRASES_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const p of LEGAL_FORM_PHRASES) {
  const list = PHRASES_BY_FIRST_WORD.get(p[0]) ?? [];
  list.push(p); // LEGAL_FORM_PHRASES is sorted longest first, and so is each list
  PHRASES_BY_FIRST_WORD.set(p[0], list);
}

/**
 * Legal forms and stopwords out, generic words canonicalised. A name made only of such words ("GENERAL
 * TRADING COMPANY", "Company Limited") keeps them, or it would normalise to nothing and match nothing.
 */
function stripLatinForms(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const kept: string[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = PHRASES_BY_FIRST_WORD.get(words[i])?.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase) {
      i += phrase.length;
      continue;
    }
    const w = words[i++];
    if (!LEGAL_FORM_TOKENS.has(w) && !STOPWORDS.has(w)) kept.push(w);
  }
  const source = kept.length > 0 ? kept : words;
  return source.map((w) => genericCanonical(w) ?? w);
}

/**
 * A Han/kana run: legal forms act as separators (华为技术有限公司深圳分公司 is two pieces), a leading place name
 * and trailing generic words become whole tokens, and the distinctive core becomes character bigrams, which
 * tolerate a wrong or missing character without needing word segmentation.
 */
function cjkTokens(run: string): string[] {
  let pieces = [run];
  for (const form of CJK_LEGAL_FORMS) pieces = pieces.flatMap((p) => p.split(form));
  const out: string[] = [];
  for (let piece of pieces) {
    if (!piece) continue;
    const head: string[] = [];
    const tail: string[] = [];
    const place = CJK_PLACE_PREFIXES.find((p) => piece.startsWith(p) && piece.length > p.length);
    if (place) {
      head.push(place);
      piece = piece.slice(place.length);
    }
    for (let suffix = findSuffix(piece); suffix; suffix = findSuffix(piece)) {
      tail.unshift(suffix);
      piece = piece.slice(0, piece.length - suffix.length);
    }
    out.push(...head, ...bigrams(piece), ...tail);
  }
  return out;
}

function findSuffix(piece: string): string | undefined {
  return CJK_GENERIC_SUFFIXES.find((s) => piece.endsWith(s) && piece.length > s.length);
}

function bigrams(chars: string): string[] {
  const cps = Array.from(chars);
  if (cps.length <= 2) return cps.length === 0 ? [] : [cps.join('')];
  const out: string[] = [];
  for (let i = 0; i + 1 < cps.length; i++) out.push(cps[i] + cps[i + 1]);
  return out;
}

const SCRIPT_TESTS: readonly [Exclude<NameScript, 'mixed' | 'other'>, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
];
/** A letter of none of the scripts above (Greek, Hebrew, Thai …). */
const OTHER_LETTER =
  /[^\P{L}\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Cyrillic}]/u;

function detectScript(folded: string): NameScript {
  const found = SCRIPT_TESTS.filter(([, re]) => re.test(folded)).map(([script]) => script);
  const other = OTHER_LETTER.test(folded);
  if (found.length + (other ? 1 : 0) > 1) return 'mixed';
  return found[0] ?? 'other';
}

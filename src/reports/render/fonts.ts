import { createRequire } from 'node:module';
import { LayoutFont } from './layout-font';
import type { FontFace } from './template-schema';

/**
 * The part of fontkit the renderer uses. fontkit is pdfkit's own font engine; it is loaded from pdfkit's
 * dependencies (not a dependency of ours), so the version always matches the one pdfkit embeds with.
 */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphsForString(text: string): { id: number; advanceWidth: number; codePoints: number[] }[];
  layout(text: string, features?: unknown): unknown;
  readonly postscriptName: string;
  readonly unitsPerEm: number;
}
interface Fontkit {
  create(buffer: Uint8Array): FontkitFont;
}
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;

/**
 * Parsed fonts, per font file buffer. Parsing Noto Sans SC (10 MB) takes ~10 ms and pdfkit would do it for
 * every document; pdfkit accepts a parsed fontkit font instead, and each document still makes its own
 * subset, so sharing the parsed font (and its layout cache) does not make one document depend on another.
 */
const parsed = new WeakMap<Buffer, LayoutFont>();
export function parseFont(data: Buffer): LayoutFont {
  let f = parsed.get(data);
  if (!f) {
    f = new LayoutFont(fontkit.create(data));
    parsed.set(data, f);
  }
  return f;
}

export type Weight = 'regular' | 'bold';

/**
 * A fallback chain of faces: each character goes to the first face with a glyph for it. Neutral characters
 * (spaces, punctuation, digits) stay with the face of the text around them when it has them, so a Chinese
 * name with a space in it is one run in one font, not three.
 */
export class FontChain {
  private readonly cover = new Map<string, number>();
  readonly fonts: { regular: LayoutFont[]; bold: LayoutFont[] };

  constructor(readonly faces: readonly FontFace[]) {
    this.fonts = {
      regular: faces.map((f) => parseFont(f.regular)),
      bold: faces.map((f) => parseFont(f.bold)),
    };
  }

  /** pdfkit font name of face `i` in `weight`. */
  static fontName(i: number, weight: Weight): string {
    return `f${i}-${weight}`;
  }

  /** Index of the face to draw `cp` with, or -1 when no face has it. */
  faceFor(cp: number, weight: Weight, current: number): number {
    const fonts = this.fonts[weight];
    if (current >= 0 && isNeutral(cp) && fonts[current]!.font.hasGlyphForCodePoint(cp)) return current;
    const k = `${weight}:${cp}`;
    let i = this.cover.get(k);
    if (i === undefined) {
      i = fonts.findIndex((f) => f.font.hasGlyphForCodePoint(cp));
      // Bounded: one entry per distinct character and weight, at most the size of Unicode.
      this.cover.set(k, i);
    }
    return i;
  }
}

/** Spaces, punctuation, digits and combining marks: they take the script of their neighbours. */
export function isNeutral(cp: number): boolean {
  return NEUTRAL.test(String.fromCodePoint(cp));
}
const NEUTRAL = /^[\p{Zs}\p{P}\p{Nd}\p{Sm}\p{M}]$/u;

/** Arabic-script letters and marks: drawn as right-to-left runs (Arabic-Indic digits read left to right). */
export function isRtl(cp: number): boolean {
  return RTL.test(String.fromCodePoint(cp));
}
const RTL = /^(?!\p{Nd})\p{Script=Arabic}$/u;

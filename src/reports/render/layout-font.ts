import type { FontkitFont } from './fonts';

/**
 * Text that needs no shaping: Latin, Greek, Cyrillic, CJK, kana, precomposed Hangul, emoji, digits and
 * punctuation, without combining marks. fontkit's full OpenType shaping costs ~0.1–0.3 ms per call
 * (script selection, GSUB/GPOS lookups) and pdfkit calls it once per word: an 18-page report spent seconds
 * there. For these scripts a glyph per character with its advance width is the same text (only kerning and
 * the fi/fl ligatures are given up); Arabic, combining marks and every other script still get full shaping.
 */
const SIMPLE =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}\uac00-\ud7a3\u3130-\u318f]*$/u;
const MARK = /\p{M}/u;

type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
/** A run as pdfkit wants it (fontkit's GlyphRun shape), plus its width in font units, taken before pdfkit scales it. */
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
  total: number;
}

function makeRun(
  glyphs: Glyph[],
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[],
): Run {
  // One object shape from the start (pdfkit adds `advanceWidth` to each position).
  const ps = positions.map((p, i) => ({
    xAdvance: p.xAdvance,
    yAdvance: p.yAdvance,
    xOffset: p.xOffset,
    yOffset: p.yOffset,
    advanceWidth: glyphs[i]!.advanceWidth,
  }));
  return {
    glyphs,
    positions: ps,
    // pdfkit reads it after scaling the positions in place, so it is computed when read, as fontkit's is.
    get advanceWidth() {
      return ps.reduce((s, p) => s + p.xAdvance, 0);
    },
    total: ps.reduce((s, p) => s + p.xAdvance, 0),
  };
}

/**
 * A parsed font with a cache of laid-out runs, shared by every document (labels, rule texts and names repeat
 * within and across reports; layout is a pure function of font and text). pdfkit draws with `pdfkitFont`,
 * the real font whose `layout` answers from the cache; the renderer measures with `width`, from the same
 * runs, so what it measures is what pdfkit draws. pdfkit scales a run's positions in place by
 * 1000 / unitsPerEm: for 1000-unit fonts a no-op, so cached runs are handed out as they are; runs of other
 * fonts are copied first.
 */
export class LayoutFont {
  readonly pdfkitFont: FontkitFont;
  private readonly cache = new Map<string, Run>();
  private readonly shareable: boolean;

  constructor(readonly font: FontkitFont) {
    this.shareable = font.unitsPerEm === 1000;
    const layout = (text: string, features?: unknown): Run => {
      const run = this.run(text, features);
      return this.shareable ? run : makeRun([...run.glyphs], run.positions);
    };
    // Everything else (metrics, tables, subsetting) is the real font's, called on the real font.
    this.pdfkitFont = new Proxy(font, {
      get(target, prop) {
        if (prop === 'layout') return layout;
        const v: unknown = Reflect.get(target, prop, target);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  }

  /** Advance width of `text` in thousandths of the font size. */
  width(text: string): number {
    return (this.run(text, []).total * 1000) / this.font.unitsPerEm;
  }

  private run(text: string, features: unknown): Run {
    if (text.length > 256) return this.compute(text, features);
    const key = `${Array.isArray(features) ? features.join() : JSON.stringify(features ?? null)}\u0000${text}`;
    let run = this.cache.get(key);
    if (!run) {
      run = this.compute(text, features);
      if (this.cache.size >= 50_000) this.cache.clear();
      this.cache.set(key, run);
    }
    return run;
  }

  private compute(text: string, features: unknown): Run {
    if (SIMPLE.test(text) && !MARK.test(text)) {
      const glyphs = this.font.glyphsForString(text);
      return makeRun(
        glyphs,
        glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })),
      );
    }
    const r = this.font.layout(text, features) as { glyphs: Glyph[]; positions: Position[] };
    return makeRun([...r.glyphs], r.positions);
  }
}

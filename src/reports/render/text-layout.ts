import { FontChain, isNeutral, isRtl, type Weight } from './fonts';
import { fill } from './format';
import { cleanText } from './sanitize';
import type { ReportTemplate } from './template-schema';

/**
 * Line layout done here rather than by pdfkit's LineWrapper, because the report needs what it lacks:
 * a font per character (Latin, Arabic, CJK, Hangul, emoji faces), right-to-left runs, breaks between CJK
 * characters, and a hard guarantee of progress — every line takes at least one character, so no width and
 * no token (a 100 kB one included) can make layout loop. Text is cleaned again here, so nothing reaches a
 * font that could draw a stray glyph.
 */

export class RenderTimeoutError extends Error {
  readonly code = 'report_render_timeout';
  constructor(ms: number) {
    super(`report rendering exceeded ${ms} ms`);
    this.name = 'RenderTimeoutError';
  }
}

/** Cooperative time bound: pdfkit renders synchronously, so the layout loops check the clock themselves. */
export class Deadline {
  private readonly end: number;
  constructor(readonly ms: number) {
    this.end = performance.now() + ms;
  }
  check(): void {
    if (performance.now() > this.end) throw new RenderTimeoutError(this.ms);
  }
}

export interface Run {
  text: string;
  face: number;
  rtl: boolean;
  width: number;
}
export interface Line {
  runs: Run[];
  width: number;
}
export interface Style {
  size: number;
  weight: Weight;
  color: string;
}

/** Breaks are allowed around each of these (no spaces between words in Chinese and Japanese). */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;

type Atom = { space: boolean; cjk: boolean; runs: Run[] };
const BREAK_AFTER = /^[-/._?&=]$/;

export class TextEngine {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly chain: FontChain,
    private readonly template: ReportTemplate,
    private readonly deadline: Deadline,
  ) {}

  lineHeight(size: number): number {
    return size * this.template.layout.lineHeight;
  }

  /** Baseline below the top of a line box, with the extra leading split above and below. */
  baseline(size: number): number {
    return size * (1.07 + (this.template.layout.lineHeight - 1.36) / 2);
  }

  /** Width of a run as pdfkit will draw it: measured from the run pdfkit will be given. */
  measure(text: string, face: number, weight: Weight, size: number): number {
    return (this.chain.fonts[weight][face]!.width(text) * size) / 1000;
  }

  /** Lays out `text` in lines no wider than `width` (a single character wider than that gets a line alone). */
  layout(raw: string, width: number, style: Pick<Style, 'size' | 'weight'>): Line[] {
    const max = this.template.layout.maxFieldChars;
    let text = cleanText(raw);
    if (text.length > max) {
      const cut = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
      text = `${text.slice(0, cut)} ${fill(this.template.text.truncated, { count: text.length - cut })}`;
    }
    const lines: Line[] = [];
    for (const para of text.split('\n')) {
      const atoms = this.atoms(para, style);
      const before = lines.length;
      this.breakLines(atoms, width, style, lines);
      if (lines.length === before) lines.push({ runs: [], width: 0 });
    }
    return lines;
  }

  /** Splits a paragraph into words, spaces and single CJK characters, each as font runs. */
  private atoms(para: string, style: Pick<Style, 'size' | 'weight'>): Atom[] {
    const atoms: Atom[] = [];
    let cur: Atom | null = null;
    let face = -1;
    let n = 0;
    let breakNext = false;
    for (const ch of para) {
      if ((++n & 1023) === 0) this.deadline.check();
      const cp = ch.codePointAt(0)!;
      const space = /\s/.test(ch);
      const cjk = CJK.test(ch);
      if (!cur || cur.space !== space || cjk || cur.cjk || breakNext) {
        cur = { space, cjk, runs: [] };
        atoms.push(cur);
      }
      // Identifiers, paths and URLs may break after these (UAX #14 allows it after / and -).
      breakNext = !space && BREAK_AFTER.test(ch);
      let f = this.chain.faceFor(cp, style.weight, face);
      let text = ch;
      if (f < 0) {
        // No face has it: say which character it was instead of drawing a box.
        text = fill(this.template.text.unsupportedChar, {
          hex: cp.toString(16).toUpperCase().padStart(4, '0'),
        });
        f = 0;
      }
      face = f;
      const rtl = isRtl(cp);
      const last = cur.runs.at(-1);
      // Spaces, punctuation and marks join the run they are in; digits never join a right-to-left run,
      // or shaping it would reverse them.
      const joins = last && last.face === f && (last.rtl === rtl || (isNeutral(cp) && !/\p{Nd}/u.test(ch)));
      if (last && joins) last.text += text;
      else cur.runs.push({ text, face: f, rtl, width: 0 });
    }
    for (const a of atoms)
      for (const r of a.runs) r.width = this.measure(r.text, r.face, style.weight, style.size);
    return atoms;
  }

  /** Greedy line filling; an atom wider than a whole line is broken between characters. */
  private breakLines(atoms: Atom[], width: number, style: Pick<Style, 'size' | 'weight'>, out: Line[]): void {
    let line: Run[] = [];
    let w = 0;
    const flush = () => {
      while (line.length && /^\s*$/.test(line.at(-1)!.text)) w -= line.pop()!.width;
      if (line.length) out.push(this.merge(line, style));
      line = [];
      w = 0;
    };
    for (const atom of atoms) {
      this.deadline.check();
      if (atom.space && line.length === 0) continue;
      const aw = atom.runs.reduce((s, r) => s + r.width, 0);
      if (w + aw <= width || atom.space) {
        line.push(...atom.runs);
        w += aw;
        continue;
      }
      if (line.length) flush();
      if (aw <= width) {
        line.push(...atom.runs);
        w = aw;
        continue;
      }
      // All pieces but the last fill a line each; the last stays open for the atoms that follow.
      const pieces = this.split(atom.runs, width, style);
      pieces.forEach((piece, i) => {
        line.push(...piece.runs);
        w = piece.width;
        if (i < pieces.length - 1) flush();
      });
    }
    flush();
  }

  /** Breaks an over-long atom into line-sized pieces, at least one character each. */
  private split(runs: Run[], width: number, style: Pick<Style, 'size' | 'weight'>): Line[] {
    const pieces: Line[] = [];
    let cur: Run[] = [];
    let w = 0;
    let n = 0;
    for (const run of runs) {
      for (const ch of run.text) {
        if ((++n & 255) === 0) this.deadline.check();
        const cw = this.measure(ch, run.face, style.weight, style.size);
        if (w + cw > width && w > 0) {
          pieces.push({ runs: cur, width: w });
          cur = [];
          w = 0;
        }
        const last = cur.at(-1);
        if (last && last.face === run.face && last.rtl === run.rtl) {
          last.text += ch;
          last.width += cw;
        } else cur.push({ text: ch, face: run.face, rtl: run.rtl, width: cw });
        w += cw;
      }
    }
    if (cur.length) pieces.push({ runs: cur, width: w });
    return pieces;
  }

  /**
   * Joins neighbouring runs of one face and direction, and the spaces between two right-to-left runs, so
   * an Arabic phrase is shaped and reversed as a whole (its words then read right to left).
   */
  private merge(runs: Run[], style: Pick<Style, 'size' | 'weight'>): Line {
    const out: Run[] = [];
    for (let i = 0; i < runs.length; i++) {
      const r = { ...runs[i]! };
      const prev = out.at(-1);
      const next = runs[i + 1];
      const gap = /^\s+$/.test(r.text) && prev?.rtl && next?.rtl && prev.face === next.face;
      if (gap) Object.assign(r, { rtl: true, face: prev.face, text: r.text.replace(/\s/g, ' ') });
      if (prev && prev.face === r.face && prev.rtl === r.rtl) {
        prev.text += r.text;
        prev.width = 0;
      } else out.push(r);
    }
    for (const r of out) if (r.width === 0) r.width = this.measure(r.text, r.face, style.weight, style.size);
    return { runs: out, width: out.reduce((s, r) => s + r.width, 0) };
  }

  /** Draws one line with its top at `y`. */
  draw(
    line: Line,
    x: number,
    y: number,
    style: Style,
    align: 'left' | 'right' | 'center' = 'left',
    width = 0,
  ): void {
    let cx = align === 'left' ? x : align === 'right' ? x + width - line.width : x + (width - line.width) / 2;
    const by = y + this.baseline(style.size);
    this.doc.fillColor(style.color);
    for (const r of line.runs) {
      this.doc.font(FontChain.fontName(r.face, style.weight)).fontSize(style.size);
      this.doc.text(r.text, cx, by, { lineBreak: false, baseline: 'alphabetic', features: [] });
      cx += r.width;
    }
  }
}

import type { Weight } from './fonts';
import { Formatter } from './format';
import type { ReportTemplate } from './template-schema';
import type { Deadline, Line, Style, TextEngine } from './text-layout';

/** A cell paragraph with its own weight and colour; a cell is one or more of them. */
export interface Span {
  text: string;
  weight?: Weight;
  color?: string;
}
export type Cell = string | Span | Span[];

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right';
}

export class RenderLimitError extends Error {
  readonly code = 'report_too_long';
  constructor(pages: number) {
    super(`report needs more than ${pages} pages`);
    this.name = 'RenderLimitError';
  }
}

/**
 * The page the sections write on: a cursor (`y`), page breaks, and the few building blocks a report needs
 * (headings, paragraphs, bullet lists, tables drawn by hand). pdfkit's own `doc.table()` re-measures every
 * cell and is ~50× slower with a CJK font (DESIGN.md), and its text flow cannot mix fonts per character.
 */
export class Canvas {
  y: number;
  readonly fmt: Formatter;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly t: ReportTemplate,
    readonly text: TextEngine,
    readonly deadline: Deadline,
  ) {
    this.y = t.layout.margins.top;
    this.fmt = new Formatter(t);
  }

  get left(): number {
    return this.t.layout.margins.left;
  }
  get width(): number {
    return this.t.layout.pageSize[0] - this.t.layout.margins.left - this.t.layout.margins.right;
  }
  get bottom(): number {
    return this.t.layout.pageSize[1] - this.t.layout.margins.bottom;
  }

  newPage(): void {
    this.deadline.check();
    if (this.doc.bufferedPageRange().count >= this.t.layout.maxPages)
      throw new RenderLimitError(this.t.layout.maxPages);
    this.doc.addPage();
    this.y = this.t.layout.margins.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  style(size: number, weight: Weight = 'regular', color = this.t.colors.text): Style {
    return { size, weight, color };
  }

  /** Text flowing over pages, line by line. */
  paragraph(
    text: string,
    opts: {
      size?: number;
      weight?: Weight;
      color?: string;
      indent?: number;
      after?: number;
      link?: string;
    } = {},
  ): void {
    const st = this.style(opts.size ?? this.t.layout.fontSize.body, opts.weight, opts.color);
    const indent = opts.indent ?? 0;
    const lh = this.text.lineHeight(st.size);
    // Only web links become clickable: a `javascript:` or `file:` URL in the data stays plain text.
    const link = opts.link && /^https?:\/\/[^\s]{1,2000}$/.test(opts.link) ? opts.link : null;
    for (const line of this.text.layout(text, this.width - indent, st)) {
      this.ensure(lh);
      this.text.draw(line, this.left + indent, this.y, st);
      if (link && line.width > 0) this.doc.link(this.left + indent, this.y, line.width, lh, link);
      this.y += lh;
    }
    this.y += opts.after ?? this.t.layout.paragraphSpacing;
  }

  /** A heading kept with at least three lines of what follows; level 1 starts a bookmark. */
  heading(text: string, level: 1 | 2 | 3): void {
    const fs = this.t.layout.fontSize;
    const size = level === 1 ? fs.h1 : level === 2 ? fs.h2 : fs.h3;
    const gap = level === 1 ? this.t.layout.sectionSpacing : this.t.layout.sectionSpacing / 2;
    if (this.y > this.t.layout.margins.top) this.y += gap;
    this.ensure(this.text.lineHeight(size) + 3 * this.text.lineHeight(fs.body));
    if (level === 1) this.doc.outline.addItem(text.slice(0, 200));
    this.paragraph(text, { size, weight: 'bold', color: this.t.colors.accent, after: level === 1 ? 2 : 3 });
    if (level === 1) {
      this.rule(this.y - 1, this.t.colors.accent, 0.8);
      this.y += 5;
    }
  }

  bullets(items: string[], opts: { size?: number; color?: string } = {}): void {
    const size = opts.size ?? this.t.layout.fontSize.body;
    for (const item of items) {
      this.deadline.check();
      this.ensure(this.text.lineHeight(size));
      this.text.draw(
        this.text.layout('•', 20, this.style(size))[0]!,
        this.left + 4,
        this.y,
        this.style(size, 'regular', this.t.colors.muted),
      );
      this.paragraph(item, { size, indent: 16, color: opts.color, after: 2 });
    }
    this.y += this.t.layout.paragraphSpacing;
  }

  rule(
    y: number,
    color = this.t.colors.rule,
    width = 0.5,
    x1 = this.left,
    x2 = this.left + this.width,
  ): void {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  /** Two columns without a header: label, value. */
  keyValues(rows: [string, Cell][], labelShare = 0.3): void {
    this.table(
      [
        { header: '', width: labelShare },
        { header: '', width: 1 - labelShare },
      ],
      rows.map(([k, v]) => [{ text: k, weight: 'bold', color: this.t.colors.muted }, v]),
      { header: false, zebra: false },
    );
  }

  /**
   * A table drawn by hand. Rows keep together when they fit on a page; a taller row (a 100 kB cell) is split
   * between lines over as many pages as it needs, with the header repeated on each page.
   */
  table(
    cols: Column[],
    rows: Cell[][],
    opts: { header?: boolean; zebra?: boolean; size?: number } = {},
  ): void {
    const size = opts.size ?? this.t.layout.fontSize.table;
    const pad = this.t.layout.cellPadding;
    const lh = this.text.lineHeight(size);
    const total = cols.reduce((s, c) => s + c.width, 0);
    const widths = cols.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const layoutCell = (cell: Cell, i: number, header = false) =>
      spans(cell).flatMap((sp) => {
        const st = this.style(
          size,
          header ? 'bold' : (sp.weight ?? 'regular'),
          sp.color ?? this.t.colors.text,
        );
        return this.text.layout(sp.text, widths[i]! - 2 * pad, st).map((line) => ({ line, st }));
      });
    const header = opts.header === false ? null : cols.map((c, i) => layoutCell(c.header, i, true));
    const headerH = header ? Math.max(...header.map((l) => l.length)) * lh + 2 * pad : 0;
    const drawHeader = () => {
      if (!header) return;
      this.doc.save().rect(this.left, this.y, this.width, headerH).fill(this.t.colors.headerFill).restore();
      header.forEach((lines, i) =>
        this.drawLines(lines, xs[i]! + pad, this.y + pad, lh, cols[i]!.align, widths[i]! - 2 * pad),
      );
      this.y += headerH;
    };
    this.ensure(headerH + lh + 2 * pad);
    drawHeader();
    const fresh = this.bottom - this.t.layout.margins.top - headerH - 2 * pad;
    rows.forEach((row, r) => {
      this.deadline.check();
      const cells = row.map((cell, i) => layoutCell(cell, i));
      const start = cells.map(() => 0);
      const left = () => Math.max(0, ...cells.map((c, i) => c.length - start[i]!));
      let first = true;
      while (left() > 0) {
        const need = left();
        const avail = Math.floor((this.bottom - this.y - 2 * pad) / lh);
        // Move a row that fits on a fresh page rather than split it; split only what cannot fit anywhere.
        if (avail < 1 || (first && need * lh <= fresh && avail < need)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(avail, need);
        const h = take * lh + 2 * pad;
        if (opts.zebra !== false && r % 2 === 1)
          this.doc.save().rect(this.left, this.y, this.width, h).fill(this.t.colors.zebraFill).restore();
        cells.forEach((c, i) => {
          this.drawLines(
            c.slice(start[i], start[i]! + take),
            xs[i]! + pad,
            this.y + pad,
            lh,
            cols[i]!.align,
            widths[i]! - 2 * pad,
          );
          start[i] = Math.min(c.length, start[i]! + take);
        });
        this.y += h;
        this.rule(this.y);
        first = false;
        if (left() > 0) {
          this.newPage();
          drawHeader();
        }
      }
    });
    this.y += this.t.layout.paragraphSpacing;
  }

  private drawLines(
    lines: { line: Line; st: Style }[],
    x: number,
    y: number,
    lh: number,
    align: 'left' | 'right' = 'left',
    w = 0,
  ): void {
    lines.forEach(({ line, st }, i) => this.text.draw(line, x, y + i * lh, st, align, w));
  }
}

export function spans(cell: Cell): Span[] {
  return typeof cell === 'string' ? [{ text: cell }] : Array.isArray(cell) ? cell : [cell];
}

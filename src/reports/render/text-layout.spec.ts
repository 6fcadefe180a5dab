import PDFDocument from 'pdfkit';
import { FontChain } from './fonts';
import { loadTemplate } from './template';
import type { ReportTemplate } from './template-schema';
import { TEMPLATES_DIR } from './testing/hostile';
import { Deadline, RenderTimeoutError, TextEngine, type Line } from './text-layout';

describe('TextEngine line layout', () => {
  let t: ReportTemplate;
  let engine: TextEngine;
  let chain: FontChain;
  const style = { size: 9, weight: 'regular' as const };
  const text = (l: Line) => l.runs.map((r) => r.text).join('');

  beforeAll(() => {
    t = loadTemplate(TEMPLATES_DIR);
    chain = new FontChain(t.fonts);
    const doc = new PDFDocument({ autoFirstPage: true });
    chain.faces.forEach((_, i) => {
      for (const w of ['regular', 'bold'] as const)
        doc.registerFont(
          FontChain.fontName(i, w),
          chain.fonts[w][i]!.pdfkitFont as unknown as PDFKit.Mixins.PDFFontSource,
        );
    });
    engine = new TextEngine(doc, chain, t, new Deadline(60_000));
  });

  it('fills lines up to the width and breaks between words', () => {
    const lines = engine.layout('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda', 80, style);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => l.width <= 80)).toBe(true);
    expect(lines.map(text).join(' ')).toBe('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda');
  });

  it('always makes progress: no width, however small, makes it loop', () => {
    for (const width of [1, 0, -5, Number.NaN]) {
      const lines = engine.layout('abcdef ghi', width, style);
      expect(lines.map(text).join('')).toBe('abcdefghi');
      expect(lines.length).toBeLessThanOrEqual(9);
    }
  });

  it('breaks a 100 kB token into lines after cutting it to maxFieldChars with a marker', () => {
    const lines = engine.layout('X'.repeat(100_000), 300, style);
    const all = lines.map(text).join('');
    expect(all.startsWith('X'.repeat(t.layout.maxFieldChars))).toBe(true);
    // Line ends drop their spaces, so the marker's words are checked with the lines joined by spaces.
    expect(lines.map(text).join(' ')).toMatch(/\[92000 more characters not shown\]$/);
    expect(lines.every((l) => l.width <= 300)).toBe(true);
  });

  it('breaks identifiers and URLs after - / . _ before breaking between letters', () => {
    const lines = engine.layout(
      'https://www.federalregister.gov/documents/2025/01/16/2025-00704/additions',
      120,
      style,
    );
    expect(lines.slice(0, -1).every((l) => /[-/._?&=]$/.test(text(l)))).toBe(true);
  });

  it('gives each script its face, keeps neutral characters in their run and marks Arabic right-to-left', () => {
    const [line] = engine.layout('Acme 北京智谱 华章 شركة الذكاء 인공지능 🚀', 1000, style);
    // Spaces between scripts are runs of their own (so a space never moves into a right-to-left run).
    const faces = line!.runs
      .filter((r) => r.text.trim())
      .map((r) => [chain.faces[r.face]!.name, r.rtl, r.text.trim()]);
    expect(faces).toEqual([
      ['latin', false, 'Acme'],
      ['cjk', false, '北京智谱 华章'],
      ['arabic', true, 'شركة الذكاء'],
      ['hangul', false, '인공지능'],
      ['emoji', false, '🚀'],
    ]);
  });

  it('keeps digits out of right-to-left runs, so shaping cannot reverse them', () => {
    const [line] = engine.layout('شركة 2025', 1000, style);
    expect(line!.runs.find((r) => r.text.includes('2025'))!.rtl).toBe(false);
  });

  it('prints the code point of a character no face covers instead of a box', () => {
    const [line] = engine.layout('שלום', 1000, style);
    expect(text(line!)).toBe('[U+05E9][U+05DC][U+05D5][U+05DD]');
  });

  it('cleans control and bidi characters again at layout time', () => {
    expect(engine.layout('a\u202Eb\u0000c\rd', 1000, style).map(text)).toEqual(['abc', 'd']);
  });

  it('stops at its deadline', () => {
    const doc = new PDFDocument();
    chain.faces.forEach((_, i) =>
      doc.registerFont(
        FontChain.fontName(i, 'regular'),
        chain.fonts.regular[i]!.pdfkitFont as unknown as PDFKit.Mixins.PDFFontSource,
      ),
    );
    const late = new TextEngine(doc, chain, t, new Deadline(-1));
    expect(() => late.layout('many words '.repeat(50), 100, style)).toThrow(RenderTimeoutError);
  });
});

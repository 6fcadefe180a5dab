/**
 * NEEDS qpdf AND poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages): `apt-get install -y qpdf poppler-utils`.
 * Hostile data: CJK, Japanese, Korean, Arabic, emoji, U+202E, NUL, CR, a 100 kB token and 500 findings.
 * Checked by extracted text, page count and structure, never by bytes against a stored file.
 */
import { buildReportModel } from './report-model';
import type { ReportModel } from './report-model-types';
import { RenderLimitError, renderReportPdf, RenderTimeoutError } from './render';
import { loadTemplate, type ReportTemplate } from './template';
import { HOSTILE, hostileInput, TEMPLATES_DIR } from './testing/hostile';
import {
  pdfFonts,
  pdfPages,
  pdfPageText,
  pdfText,
  qpdfCheck,
  requirePdfTools,
  stripBidi,
} from './testing/pdf-tools';

/** Render time bound for the hostile report on a 2-core CI machine (it takes ~1.5–4 s). */
const BOUND_MS = 10_000;

describe('renderReportPdf with hostile data', () => {
  let template: ReportTemplate;
  let model: ReportModel;
  let pdf: Buffer;
  let ms: number;
  let text: string;

  beforeAll(async () => {
    requirePdfTools();
    template = loadTemplate(TEMPLATES_DIR);
    model = buildReportModel(hostileInput());
    const t0 = performance.now();
    pdf = await renderReportPdf(model, template, { timeoutMs: BOUND_MS });
    ms = performance.now() - t0;
    text = pdfText(pdf);
  });

  it(`renders within ${BOUND_MS} ms to a valid PDF with only embedded fonts`, () => {
    expect(ms).toBeLessThan(BOUND_MS);
    expect(qpdfCheck(pdf).ok).toBe(true);
    const fonts = pdfFonts(pdf);
    expect(fonts.filter((f) => f.emb !== 'yes')).toEqual([]);
    // Every script went to its own face: Latin, Arabic, CJK, Hangul and emoji.
    for (const face of ['NotoSans-', 'NotoSansArabic', 'NotoSansSC', 'NotoSansKR', 'NotoEmoji'])
      expect(fonts.some((f) => f.name.includes(face))).toBe(true);
  });

  it('extracts Chinese, Japanese, Korean, Arabic (in reading order) and emoji as text', () => {
    const plain = stripBidi(text);
    for (const s of [HOSTILE.chinese, HOSTILE.japanese, HOSTILE.korean, HOSTILE.arabic, '🚀', '🤖', '✅'])
      expect(plain).toContain(s);
  });

  it('drops the bidi override, NUL and CR but keeps the text around them', () => {
    expect(text).not.toContain('\u202E');
    expect(text).not.toContain('\u0000');
    expect(text).not.toContain('\r');
    expect(text).toContain(HOSTILE.rloClean);
    expect(text).toMatch(/line one\s+line two with NUL\s+and CR/);
  });

  it('cuts the 100 kB token with a marker and breaks what is left into lines', () => {
    expect(text).toMatch(/… \[\d+ more/);
    const longestRun = Math.max(...[...text.matchAll(/X+/g)].map((m) => m[0].length));
    expect(longestRun).toBeLessThan(200);
    expect(text.split('X').length - 1).toBeLessThan(5 * template.layout.maxFieldChars);
  });

  it('keeps all 500 findings, in severity groups, with page x of y on every page', () => {
    expect(text).toContain('hostile-rule-000');
    expect(text).toContain(`hostile-rule-${HOSTILE.findings - 1}`);
    const ids = new Set([...text.matchAll(/hostile-rule-(\d{3})/g)].map((m) => m[1]));
    expect(ids.size).toBe(HOSTILE.findings);
    expect(text).toMatch(/Critical \(\d+\)[\s\S]*High \(\d+\)[\s\S]*Medium \(\d+\)[\s\S]*Low \(\d+\)/);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(40);
    expect(pages).toBeLessThan(template.layout.maxPages);
    expect(pdfPageText(pdf, pages)).toContain(`Page ${pages} of ${pages}`);
    expect(pdfPageText(pdf, Math.floor(pages / 2))).toContain(`Page ${Math.floor(pages / 2)} of ${pages}`);
    expect(text).toContain(template.text.signOff.overridden);
  });

  it('prints the screening hit with its list version and the residency matrix verdicts', () => {
    expect(text).toContain('CSL 2026-11-28T10:00Z');
    expect(text).toContain(template.text.screening.dispositions.pending);
    expect(text).toContain(`storage: CN`);
    expect(text).toContain(template.text.residency.verdicts.prohibited);
    expect(text).toContain('Required mechanisms: sccs, tia');
  });

  it('rejects with a timeout error when the render exceeds its time bound', async () => {
    await expect(renderReportPdf(model, template, { timeoutMs: 1 })).rejects.toBeInstanceOf(
      RenderTimeoutError,
    );
    await expect(renderReportPdf(model, template, { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'report_render_timeout',
    });
  });

  it('rejects a report longer than the page limit instead of writing a book', async () => {
    const short = { ...template, layout: { ...template.layout, maxPages: 5 } };
    await expect(renderReportPdf(model, short)).rejects.toBeInstanceOf(RenderLimitError);
    await expect(renderReportPdf(model, short)).rejects.toMatchObject({ code: 'report_too_long' });
  });
});

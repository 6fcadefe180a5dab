/**
 * NEEDS qpdf AND poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages): `apt-get install -y qpdf poppler-utils`.
 * Without them these specs fail with that message (see testing/pdf-tools.ts).
 */
import { createHash } from 'node:crypto';
import { buildReportModel } from './report-model';
import type { ReportModel } from './report-model-types';
import { renderReportPdf } from './render';
import { loadTemplate, type ReportTemplate } from './template';
import { FIXTURES, fixture, TEMPLATES_DIR } from './testing/hostile';
import {
  pdfFonts,
  pdfImageCount,
  pdfPages,
  pdfPageText,
  pdfText,
  qpdfCheck,
  requirePdfTools,
} from './testing/pdf-tools';

describe('renderReportPdf', () => {
  let template: ReportTemplate;
  const models = {} as Record<(typeof FIXTURES)[number], ReportModel>;
  const pdfs = {} as Record<(typeof FIXTURES)[number], Buffer>;

  beforeAll(async () => {
    requirePdfTools();
    template = loadTemplate(TEMPLATES_DIR);
    for (const name of FIXTURES) {
      models[name] = buildReportModel(fixture(name));
      pdfs[name] = await renderReportPdf(models[name], template);
    }
  });

  it('renders the same model to the same bytes, whatever the clock, Math.random or what was rendered before', async () => {
    jest.useFakeTimers({
      now: new Date('2031-07-04T12:34:56Z'),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    const random = jest.spyOn(Math, 'random').mockReturnValue(0.4242);
    try {
      const again = await renderReportPdf(buildReportModel(fixture('zhipu-bigmodel-rejected')), template);
      expect(again.equals(pdfs['zhipu-bigmodel-rejected'])).toBe(true);
    } finally {
      random.mockRestore();
      jest.useRealTimers();
    }
    const other = await renderReportPdf(models['minimax-api-needs-information'], template);
    expect(other.equals(pdfs['minimax-api-needs-information'])).toBe(true);
  });

  it('pins the creation date to the evaluation and the document /ID to the evaluation id', () => {
    const pdf = pdfs['zhipu-bigmodel-rejected'];
    const raw = pdf.toString('latin1');
    // CreationDate and ModDate (written as indirect objects), and no other date anywhere in the file.
    expect(raw.match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20261129082618Z)', '(D:20261129082618Z)']);
    const id = createHash('sha256')
      .update(`ai-vendor-risk report ${models['zhipu-bigmodel-rejected'].document.evaluationId}`)
      .digest()
      .subarray(0, 16)
      .toString('hex');
    expect(raw).toContain(`/ID [<${id}> <${id}>]`);
  });

  it('shows the Zhipu contracting entity in Chinese as real text', () => {
    const text = pdfText(pdfs['zhipu-bigmodel-rejected']);
    expect(text).toContain('北京智谱华章科技有限公司');
    expect(pdfPageText(pdfs['zhipu-bigmodel-rejected'], 1)).toContain('北京智谱华章科技有限公司');
  });

  it('embeds and subsets every font, with a Unicode map', () => {
    for (const name of FIXTURES) {
      const fonts = pdfFonts(pdfs[name]);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => f.emb !== 'yes' || f.sub !== 'yes' || f.uni !== 'yes')).toEqual([]);
    }
    expect(pdfFonts(pdfs['zhipu-bigmodel-rejected']).map((f) => f.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\+NotoSansSC-Regular$/)]),
    );
  });

  it('passes qpdf --check', () => {
    for (const name of FIXTURES) {
      const r = qpdfCheck(pdfs[name]);
      expect([name, r.ok, r.output]).toEqual([
        name,
        true,
        expect.stringContaining('No syntax or stream encoding errors'),
      ]);
    }
  });

  it('has every section in order, headers with the document id and "page x of y" footers with the fingerprint', () => {
    const pdf = pdfs['zhipu-bigmodel-rejected'];
    const m = models['zhipu-bigmodel-rejected'];
    const text = pdfText(pdf);
    const t = template.text;
    const headings = [
      t.summary.heading,
      t.conditions.heading,
      t.findings.heading,
      t.profile.heading,
      t.jurisdictions.heading,
      t.screening.heading,
      t.residency.heading,
      t.cost.heading,
      t.score.heading,
      t.signOff.heading,
      t.appendix.evidenceHeading,
      t.appendix.referencesHeading,
      t.about.heading,
    ];
    const at = headings.map((h) => text.indexOf(`${h}\n`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(5);
    for (const p of [1, 2, pages]) {
      const page = pdfPageText(pdf, p);
      expect(page).toContain(`Page ${p} of ${pages}`);
      expect(page).toContain(`Snapshot SHA-256 ${m.document.fingerprint}`);
      if (p > 1) expect(page).toContain(m.document.id);
    }
    expect(pdfPageText(pdf, 1)).toContain(t.decisions.rejected);
    // Findings grouped by severity, evidence cited, every appendix entry printed with its URL.
    expect(text).toMatch(/Critical \(4\)[\s\S]*High \(4\)[\s\S]*Medium \(2\)[\s\S]*Low \(3\)/);
    for (const e of m.evidence) expect(text).toContain(`[${e.id}]`);
    expect(text).toContain('90 FR 4617');
    expect(text).toContain('FR doc. 2025-00704');
  });

  it('draws the cost chart as vector graphics when there is cost data', () => {
    const pdf = pdfs['minimax-api-needs-information'];
    const text = pdfText(pdf);
    expect(text).toContain(template.text.cost.heading);
    expect(text).toContain('Monthly cost at this volume (USD)');
    expect(text).toContain('USD 195.00');
    expect(pdfImageCount(pdf)).toBe(0);
  });

  it('has no cost section and no chart without cost data', () => {
    expect(models['anthropic-bedrock-no-cost'].cost).toBeNull();
    const text = pdfText(pdfs['anthropic-bedrock-no-cost']);
    expect(text).not.toContain(template.text.cost.heading);
    expect(text).not.toContain('Monthly cost at this volume');
    expect(text).not.toContain(template.text.cost.legendSubject);
    expect(text).toContain(template.text.score.heading);
  });

  it('takes every word from the template', async () => {
    const edited: ReportTemplate = {
      ...template,
      text: {
        ...template.text,
        cover: { ...template.text.cover, kicker: 'MEMORANDUM FOR COUNSEL' },
        decisions: { ...template.text.decisions, rejected: 'NOT APPROVED' },
        footer: { ...template.text.footer, page: 'Seite {page} von {pages}' },
      },
    };
    const pdf = await renderReportPdf(models['zhipu-bigmodel-rejected'], edited);
    const first = pdfPageText(pdf, 1);
    expect(first).toContain('MEMORANDUM FOR COUNSEL');
    expect(first).toContain('NOT APPROVED');
    expect(first).toMatch(/Seite 1 von \d+/);
  });
});

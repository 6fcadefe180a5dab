import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { Canvas } from './canvas';
import { FontChain } from './fonts';
import { fill } from './format';
import type { ReportModel } from './report-model-types';
import { jurisdictionSection, residencySection, screeningSection } from './sections/analysis';
import { appendixSection, scoreSection, signOffSection } from './sections/closing';
import type { Section } from './sections/common';
import { costSection } from './sections/cost';
import { coverSection } from './sections/cover';
import { findingsSection } from './sections/findings';
import { profileSection } from './sections/profile';
import { conditionsSection, summarySection } from './sections/summary';
import type { ReportTemplate } from './template-schema';
import { Deadline, RenderTimeoutError, TextEngine } from './text-layout';

export { RenderTimeoutError };
export { RenderLimitError } from './canvas';

/** The body, in reading order; the cover is page 1 on its own. */
const SECTIONS: Section[] = [
  summarySection,
  conditionsSection,
  findingsSection,
  profileSection,
  jurisdictionSection,
  screeningSection,
  residencySection,
  costSection,
  scoreSection,
  signOffSection,
  appendixSection,
];

/**
 * Renders the report. A pure function of (model, template): the same pair gives the same bytes, because
 * pdfkit's only sources of variation are pinned — CreationDate/ModDate come from the evaluation's time and
 * the trailer /ID (pdfkit derives it from the info dictionary, which includes the clock) is replaced by a
 * hash of the evaluation id. Nothing else reads the clock or a random source (subset font tags come from
 * the font's index in the document).
 *
 * Time is bounded twice: the layout loops check a deadline (pdfkit draws synchronously, so a timer alone
 * could not interrupt them) and a timer rejects if the output stream never ends. Either way the promise
 * rejects with a RenderTimeoutError; a report past `layout.maxPages` rejects with a RenderLimitError.
 */
export function renderReportPdf(
  model: ReportModel,
  template: ReportTemplate,
  opts: { timeoutMs?: number } = {},
): Promise<Buffer> {
  const timeoutMs = opts.timeoutMs ?? template.layout.timeoutMs;
  const deadline = new Deadline(timeoutMs);
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, pdf?: Buffer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(pdf!);
    };
    const timer = setTimeout(() => finish(new RenderTimeoutError(timeoutMs)), timeoutMs);
    try {
      const doc = createDocument(model, template);
      // Listeners before drawing (the header pdfkit writes while constructing waits in the stream buffer
      // until `data` is attached): a failed render must reject, not hang the job.
      const chunks: Buffer[] = [];
      doc.on('data', (b: Buffer) => chunks.push(b));
      doc.on('end', () => finish(null, Buffer.concat(chunks)));
      doc.on('error', (e: Error) => finish(e));
      draw(doc, model, template, deadline);
      doc.end();
    } catch (e) {
      finish(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

function createDocument(model: ReportModel, t: ReportTemplate): PDFKit.PDFDocument {
  const when = new Date(model.document.createdAt);
  const cv = model.cover;
  const doc = new PDFDocument({
    size: t.layout.pageSize,
    margins: t.layout.margins,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    lang: t.meta.lang,
    displayTitle: true,
    info: {
      Title: fill(t.meta.title, { vendor: cv.vendor.name, model: cv.model.name }),
      Subject: fill(t.meta.subject, { offering: cv.offering.name, useCase: cv.useCase.name }),
      Author: t.meta.author,
      Keywords: `${t.meta.keywords}; ${model.document.id}`,
      Creator: t.meta.creator,
      Producer: t.meta.producer,
      CreationDate: when,
      ModDate: when,
    },
  });
  // pdfkit computes the trailer /ID from the info dictionary at construction; pin it to the evaluation.
  (doc as unknown as { _id: Uint8Array })._id = new Uint8Array(
    createHash('sha256')
      .update(`ai-vendor-risk report ${model.document.evaluationId}`)
      .digest()
      .subarray(0, 16),
  );
  return doc;
}

function draw(doc: PDFKit.PDFDocument, model: ReportModel, t: ReportTemplate, deadline: Deadline): void {
  const chain = new FontChain(t.fonts);
  chain.faces.forEach((_, i) => {
    // pdfkit accepts a parsed fontkit font (it checks for `layout`); typed as a font source here.
    for (const w of ['regular', 'bold'] as const)
      doc.registerFont(
        FontChain.fontName(i, w),
        chain.fonts[w][i]!.pdfkitFont as unknown as PDFKit.Mixins.PDFFontSource,
      );
  });
  const c = new Canvas(doc, t, new TextEngine(doc, chain, t, deadline), deadline);
  coverSection(c, model, t);
  c.newPage();
  for (const section of SECTIONS) section(c, model, t);
  headersAndFooters(c, model);
}

/** Drawn last, on every buffered page, because "page x of y" needs y. */
function headersAndFooters(c: Canvas, model: ReportModel): void {
  const { doc, t } = c;
  const small = c.style(t.layout.fontSize.small, 'regular', t.colors.muted);
  const range = doc.bufferedPageRange();
  const half = c.width / 2 - 6;
  const one = (text: string, w: number) => c.text.layout(text, w, small)[0] ?? { runs: [], width: 0 };
  for (let i = range.start; i < range.start + range.count; i++) {
    c.deadline.check();
    doc.switchToPage(i);
    const top = t.layout.margins.top - 30;
    const foot = t.layout.pageSize[1] - t.layout.margins.bottom + 16;
    if (i > range.start) {
      const left = fill(t.text.header.left, {
        vendor: model.cover.vendor.name,
        model: model.cover.model.name,
      });
      c.text.draw(one(left, half), c.left, top, small);
      c.text.draw(
        one(fill(t.text.header.right, { documentId: model.document.id }), half),
        c.left + half + 12,
        top,
        small,
        'right',
        half,
      );
      c.rule(top + c.text.lineHeight(small.size) + 2);
    }
    c.rule(foot - 4);
    const third = c.width / 3 - 6;
    c.text.draw(
      one(fill(t.text.footer.fingerprint, { fingerprint: model.document.fingerprint }), third),
      c.left,
      foot,
      small,
    );
    c.text.draw(one(t.text.footer.confidentiality, third), c.left + third + 9, foot, small, 'center', third);
    const page = fill(t.text.footer.page, { page: i - range.start + 1, pages: range.count });
    c.text.draw(one(page, third), c.left + 2 * third + 18, foot, small, 'right', third);
  }
}

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Checks of rendered PDFs with the standard tools. THESE SPECS NEED `pdftotext`, `pdffonts`, `pdfinfo` and
 * `pdfimages` (Debian package poppler-utils) and `qpdf` (Debian package qpdf):
 *
 *   apt-get install -y qpdf poppler-utils
 *
 * Without them the specs fail with this message rather than skip, so a CI without the tools cannot pass
 * by testing nothing.
 */
const TOOLS = ['pdftotext', 'pdffonts', 'pdfinfo', 'pdfimages', 'qpdf'];

export function requirePdfTools(): void {
  const missing = TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (missing.length)
    throw new Error(
      `PDF report specs need ${missing.join(', ')}: install the Debian packages with ` +
        '`apt-get install -y qpdf poppler-utils`',
    );
}

function withFile<T>(pdf: Buffer, f: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'avr-report-'));
  try {
    const path = join(dir, 'report.pdf');
    writeFileSync(path, pdf);
    return f(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** Extracted text in reading order (poppler orders right-to-left runs logically). */
export const pdfText = (pdf: Buffer): string =>
  withFile(pdf, (p) => run('pdftotext', ['-enc', 'UTF-8', p, '-']));

/** Text of one page (1-based). */
export const pdfPageText = (pdf: Buffer, page: number): string =>
  withFile(pdf, (p) => run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), p, '-']));

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

/** `pdffonts` rows (every font of every page). */
export function pdfFonts(pdf: Buffer): FontRow[] {
  const out = withFile(pdf, (p) => run('pdffonts', [p]));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, generation.
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(l.trim());
      if (!m) throw new Error(`unexpected pdffonts line: ${l}`);
      return { name: m[1]!, type: m[2]!, emb: m[4]!, sub: m[5]!, uni: m[6]! };
    });
}

/** `qpdf --check`: exit status 0 and its report. */
export function qpdfCheck(pdf: Buffer): { ok: boolean; output: string } {
  return withFile(pdf, (p) => {
    const r = spawnSync('qpdf', ['--check', p], { encoding: 'utf8' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  });
}

export const pdfPages = (pdf: Buffer): number =>
  withFile(pdf, (p) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [p]))?.[1] ?? NaN));

/** Number of raster images (the report has none: the chart is vector graphics, text is text). */
export const pdfImageCount = (pdf: Buffer): number =>
  withFile(
    pdf,
    (p) =>
      run('pdfimages', ['-list', p])
        .split('\n')
        .slice(2)
        .filter((l) => l.trim()).length,
  );

/** Bidi marks poppler adds around right-to-left text. */
export const stripBidi = (s: string): string => s.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

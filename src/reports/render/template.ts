import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import {
  PAGE_SIZES,
  TEXT_SPEC,
  type FontFace,
  type ReportTemplate,
  type ReportText,
} from './template-schema';

export type { ReportTemplate } from './template-schema';

/** A template that cannot be used; every problem is listed with the key it is at. */
export class TemplateError extends Error {
  constructor(readonly errors: { key: string; message: string }[]) {
    super(`invalid report template:\n${errors.map((e) => `  ${e.key}: ${e.message}`).join('\n')}`);
    this.name = 'TemplateError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Validation context: collects errors instead of stopping at the first, so one edit round fixes them all. */
class Check {
  readonly errors: { key: string; message: string }[] = [];
  fail(key: string, message: string): undefined {
    this.errors.push({ key, message });
    return undefined;
  }
  obj(v: unknown, key: string, allowed: readonly string[]): Obj {
    if (!isObj(v)) return this.fail(key, 'must be a mapping') ?? {};
    for (const k of Object.keys(v)) if (!allowed.includes(k)) this.fail(`${key}.${k}`, 'unknown key');
    return v;
  }
  num(o: Obj, key: string, path: string, min: number, max: number, int = false): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (int && !Number.isInteger(v)))
      return (
        this.fail(`${path}.${key}`, `must be ${int ? 'a whole number' : 'a number'} from ${min} to ${max}`) ??
        min
      );
    return v;
  }
  str(o: Obj, key: string, path: string, vars: readonly string[] = []): string {
    const v = o[key];
    if (typeof v !== 'string') return this.fail(`${path}.${key}`, 'must be text') ?? '';
    this.placeholders(v, `${path}.${key}`, vars);
    return v;
  }
  placeholders(text: string, key: string, vars: readonly string[]): void {
    const stripped = text.replace(/\{([A-Za-z_]+)\}/g, (_m, name: string) => {
      if (!vars.includes(name))
        this.fail(
          key,
          `unknown placeholder {${name}}${vars.length ? ` (allowed: ${vars.map((x) => `{${x}}`).join(', ')})` : ' (none allowed)'}`,
        );
      return '';
    });
    if (/[{}]/.test(stripped)) this.fail(key, 'unbalanced { or } (braces are reserved for placeholders)');
  }
  color(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(v))
      return this.fail(`${path}.${key}`, 'must be a colour like "#1f3a5f"') ?? '#000000';
    return v;
  }
}

function text(c: Check, v: unknown, spec: object, path: string): Obj {
  const o = c.obj(v, path, Object.keys(spec));
  const out: Obj = {};
  for (const [k, sub] of Object.entries(spec)) {
    if (!(k in o)) {
      c.fail(`${path}.${k}`, 'missing');
      continue;
    }
    out[k] = Array.isArray(sub)
      ? c.str(o, k, path, sub as string[])
      : text(c, o[k], sub as object, `${path}.${k}`);
  }
  return out;
}

/** Font files by absolute path, re-read only when they change: the render caches parsed fonts per buffer. */
const fontFiles = new Map<string, { mtimeMs: number; size: number; data: Buffer }>();

function readFont(c: Check, ref: unknown, key: string, dir: string): { path: string; data: Buffer } {
  const empty = { path: '', data: Buffer.alloc(0) };
  if (typeof ref !== 'string' || !ref.trim()) return c.fail(key, 'must be a font file path') ?? empty;
  let path: string;
  try {
    if (ref.startsWith('npm:')) {
      // npm:<package>/<file>: resolved where the package is installed, so `npm ci` is all a machine needs.
      const spec = ref.slice(4);
      const parts = spec.split('/');
      const pkg = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      const rest = parts.slice(spec.startsWith('@') ? 2 : 1).join('/');
      path = join(dirname(require.resolve(`${pkg}/package.json`)), rest);
    } else path = isAbsolute(ref) ? ref : resolve(dir, ref);
    const st = statSync(path);
    const hit = fontFiles.get(path);
    const data = hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size ? hit.data : readFileSync(path);
    fontFiles.set(path, { mtimeMs: st.mtimeMs, size: st.size, data });
    const magic = data.subarray(0, 4).toString('latin1');
    if (magic === 'wOFF' || magic === 'wOF2')
      return (
        c.fail(key, `${ref} is WOFF: pdfkit is 300–1,000× slower with WOFF; convert it to TTF once`) ?? empty
      );
    if (magic === 'ttcf')
      return c.fail(key, `${ref} is a font collection (.ttc); use a single-face TTF or OTF`) ?? empty;
    if (magic !== '\u0000\u0001\u0000\u0000' && magic !== 'OTTO' && magic !== 'true')
      return c.fail(key, `${ref} is not a TrueType or OpenType font`) ?? empty;
    return { path, data };
  } catch (e) {
    return c.fail(key, `cannot read ${ref}: ${(e as Error).message}`) ?? empty;
  }
}

/**
 * Loads `report.yaml` from `dir` and checks it completely (layout, colours, fonts, format, every text key
 * and its placeholders). Reads the font files; the renderer then needs no I/O.
 * @throws TemplateError listing every problem with its key.
 */
export function loadTemplate(dir: string): ReportTemplate {
  const file = join(dir, 'report.yaml');
  let raw: unknown;
  try {
    const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
    if (doc.errors.length)
      throw new TemplateError(
        doc.errors.map((e) => ({ key: `report.yaml:${e.linePos?.[0]?.line ?? '?'}`, message: e.message })),
      );
    raw = doc.toJS();
  } catch (e) {
    if (e instanceof TemplateError) throw e;
    throw new TemplateError([{ key: 'report.yaml', message: (e as Error).message }]);
  }
  const c = new Check();
  const top = c.obj(raw, 'template', ['meta', 'layout', 'colors', 'fonts', 'format', 'text']);

  const m = c.obj(top.meta, 'meta', [
    'title',
    'subject',
    'author',
    'keywords',
    'creator',
    'producer',
    'lang',
  ]);
  const meta = {
    title: c.str(m, 'title', 'meta', ['vendor', 'model']),
    subject: c.str(m, 'subject', 'meta', ['offering', 'useCase']),
    author: c.str(m, 'author', 'meta'),
    keywords: c.str(m, 'keywords', 'meta'),
    creator: c.str(m, 'creator', 'meta'),
    producer: c.str(m, 'producer', 'meta'),
    lang: c.str(m, 'lang', 'meta'),
  };

  const l = c.obj(top.layout, 'layout', [
    'pageSize',
    'margins',
    'fontSize',
    'lineHeight',
    'paragraphSpacing',
    'sectionSpacing',
    'cellPadding',
    'maxFieldChars',
    'maxPages',
    'timeoutMs',
  ]);
  let pageSize: [number, number] = PAGE_SIZES.A4!;
  if (typeof l.pageSize === 'string' && PAGE_SIZES[l.pageSize]) pageSize = PAGE_SIZES[l.pageSize]!;
  else if (
    Array.isArray(l.pageSize) &&
    l.pageSize.length === 2 &&
    l.pageSize.every((x) => typeof x === 'number' && x >= 200 && x <= 5000)
  )
    pageSize = [l.pageSize[0] as number, l.pageSize[1] as number];
  else
    c.fail(
      'layout.pageSize',
      `must be ${Object.keys(PAGE_SIZES).join(', ')} or [width, height] in points (200–5000)`,
    );
  const mg = c.obj(l.margins, 'layout.margins', ['top', 'bottom', 'left', 'right']);
  const margins = {
    top: c.num(mg, 'top', 'layout.margins', 20, 300),
    bottom: c.num(mg, 'bottom', 'layout.margins', 20, 300),
    left: c.num(mg, 'left', 'layout.margins', 10, 300),
    right: c.num(mg, 'right', 'layout.margins', 10, 300),
  };
  if (pageSize[0] - margins.left - margins.right < 300)
    c.fail('layout.margins', 'leave at least 300 points of text width');
  const fsKeys = ['body', 'small', 'table', 'h1', 'h2', 'h3', 'title'] as const;
  const fso = c.obj(l.fontSize, 'layout.fontSize', fsKeys);
  const fontSize = Object.fromEntries(
    fsKeys.map((k) => [k, c.num(fso, k, 'layout.fontSize', 5, 48)]),
  ) as ReportTemplate['layout']['fontSize'];
  const layout: ReportTemplate['layout'] = {
    pageSize,
    margins,
    fontSize,
    lineHeight: c.num(l, 'lineHeight', 'layout', 1, 3),
    paragraphSpacing: c.num(l, 'paragraphSpacing', 'layout', 0, 60),
    sectionSpacing: c.num(l, 'sectionSpacing', 'layout', 0, 120),
    cellPadding: c.num(l, 'cellPadding', 'layout', 0, 20),
    maxFieldChars: c.num(l, 'maxFieldChars', 'layout', 100, 1_000_000, true),
    maxPages: c.num(l, 'maxPages', 'layout', 1, 100_000, true),
    timeoutMs: c.num(l, 'timeoutMs', 'layout', 100, 600_000, true),
  };

  const co = c.obj(top.colors, 'colors', [
    'text',
    'muted',
    'accent',
    'rule',
    'headerFill',
    'zebraFill',
    'badgeText',
    'decisions',
    'outcomes',
    'chart',
  ]);
  const palette = <K extends string>(v: unknown, path: string, ks: readonly K[], checked = false) => {
    const o = checked && isObj(v) ? v : c.obj(v, path, ks);
    return Object.fromEntries(ks.map((k) => [k, c.color(o, k, path)])) as Record<K, string>;
  };
  const colors: ReportTemplate['colors'] = {
    ...palette(
      co,
      'colors',
      ['text', 'muted', 'accent', 'rule', 'headerFill', 'zebraFill', 'badgeText'] as const,
      true,
    ),
    decisions: palette(co.decisions, 'colors.decisions', [
      'approved',
      'approved_with_conditions',
      'needs_information',
      'rejected',
    ] as const),
    outcomes: palette(co.outcomes, 'colors.outcomes', ['pass', 'fail', 'unknown', 'not_applicable'] as const),
    chart: palette(co.chart, 'colors.chart', ['subject', 'compliant', 'other', 'grid'] as const),
  };

  const fonts: FontFace[] = [];
  if (!Array.isArray(top.fonts) || top.fonts.length === 0 || top.fonts.length > 16)
    c.fail('fonts', 'must be a list of 1 to 16 faces, each { name, regular, bold }');
  else
    top.fonts.forEach((f: unknown, i) => {
      const o = c.obj(f, `fonts[${i}]`, ['name', 'regular', 'bold']);
      const name = c.str(o, 'name', `fonts[${i}]`);
      const regular = readFont(c, o.regular, `fonts[${i}].regular`, dir);
      const bold = readFont(c, o.bold, `fonts[${i}].bold`, dir);
      fonts.push({
        name,
        regularPath: regular.path,
        boldPath: bold.path,
        regular: regular.data,
        bold: bold.data,
      });
    });

  const fo = c.obj(top.format, 'format', ['thousands', 'decimal', 'percent', 'money', 'date', 'months']);
  const format = {
    thousands: c.str(fo, 'thousands', 'format'),
    decimal: c.str(fo, 'decimal', 'format'),
    percent: c.str(fo, 'percent', 'format', ['value']),
    money: c.str(fo, 'money', 'format', ['currency', 'amount']),
    date: c.str(fo, 'date', 'format', ['day', 'month', 'year']),
    months:
      Array.isArray(fo.months) && fo.months.length === 12 && fo.months.every((x) => typeof x === 'string')
        ? (fo.months as string[])
        : (c.fail('format.months', 'must list the 12 month names') ?? []),
  };
  if (format.decimal.length !== 1) c.fail('format.decimal', 'must be one character');
  if (format.thousands.length > 1) c.fail('format.thousands', 'must be one character or empty');

  const textTree = text(c, top.text, TEXT_SPEC, 'text') as unknown as ReportText;
  if (c.errors.length) throw new TemplateError(c.errors);
  return { dir: resolve(dir), meta, layout, colors, fonts, format, text: textTree };
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadTemplate, TemplateError } from './template';
import { TEXT_SPEC } from './template-schema';
import { TEMPLATES_DIR } from './testing/hostile';

type Tree = Record<string, unknown>;

/** Loads a copy of templates/report.yaml changed by `edit`, from a temporary directory. */
function loadEdited(
  edit: (y: Tree) => void,
  extraFiles: Record<string, Buffer> = {},
): ReturnType<typeof loadTemplate> {
  const y = parse(readFileSync(join(TEMPLATES_DIR, 'report.yaml'), 'utf8')) as Tree;
  edit(y);
  const dir = mkdtempSync(join(tmpdir(), 'avr-template-'));
  try {
    writeFileSync(join(dir, 'report.yaml'), stringify(y));
    for (const [name, data] of Object.entries(extraFiles)) writeFileSync(join(dir, name), data);
    return loadTemplate(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function errorsOf(f: () => unknown): { key: string; message: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof TemplateError) return e.errors;
    throw e;
  }
  throw new Error('expected a TemplateError');
}

const at = (y: Tree, path: string): Tree => path.split('.').reduce((o, k) => o[k] as Tree, y);

describe('loadTemplate', () => {
  it('loads the shipped template with every text key and the fonts', () => {
    const t = loadTemplate(TEMPLATES_DIR);
    expect(t.fonts.map((f) => f.name)).toEqual(['latin', 'arabic', 'cjk', 'hangul', 'emoji']);
    expect(t.fonts.every((f) => f.regular.length > 1000 && f.bold.length > 1000)).toBe(true);
    expect(t.layout.pageSize).toEqual([595.28, 841.89]);
    const walk = (spec: object, text: Tree, path: string): void => {
      for (const [k, sub] of Object.entries(spec)) {
        if (Array.isArray(sub)) expect([`${path}.${k}`, typeof text[k]]).toEqual([`${path}.${k}`, 'string']);
        else walk(sub as object, text[k] as Tree, `${path}.${k}`);
      }
    };
    walk(TEXT_SPEC, t.text as unknown as Tree, 'text');
  });

  it('names a missing text key, an unknown key and an unknown placeholder — all at once', () => {
    const errors = errorsOf(() =>
      loadEdited((y) => {
        delete at(y, 'text.summary').heading;
        at(y, 'text.cover').titel = 'typo';
        at(y, 'text.cover').subtitle = '{model} via {vendorName}';
      }),
    );
    expect(errors.map((e) => e.key).sort()).toEqual([
      'text.cover.subtitle',
      'text.cover.titel',
      'text.summary.heading',
    ]);
    expect(errors.find((e) => e.key === 'text.cover.subtitle')!.message).toMatch(
      /\{vendorName\}.*allowed: \{model\}, \{offering\}/,
    );
  });

  it('refuses unbalanced braces, bad colours, bad numbers and page sizes', () => {
    const errors = errorsOf(() =>
      loadEdited((y) => {
        at(y, 'text.footer').page = 'Page {page of {pages}';
        at(y, 'colors.decisions').rejected = 'red';
        at(y, 'layout').lineHeight = 0;
        at(y, 'layout').pageSize = 'A3';
      }),
    );
    expect(errors.map((e) => e.key).sort()).toEqual([
      'colors.decisions.rejected',
      'layout.lineHeight',
      'layout.pageSize',
      'text.footer.page',
    ]);
  });

  it('refuses WOFF fonts and missing font files, naming the font key', () => {
    const woff = Buffer.concat([Buffer.from('wOFF'), Buffer.alloc(64)]);
    const errors = errorsOf(() =>
      loadEdited(
        (y) => {
          const fonts = y.fonts as Tree[];
          fonts[0]!.regular = 'fake.woff';
          fonts[1]!.bold = 'missing.ttf';
        },
        { 'fake.woff': woff },
      ),
    );
    expect(errors.map((e) => e.key)).toEqual(['fonts[0].regular', 'fonts[1].bold']);
    expect(errors[0]!.message).toMatch(/WOFF/);
    expect(errors[1]!.message).toMatch(/cannot read/);
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avr-template-'));
    try {
      writeFileSync(join(dir, 'report.yaml'), 'meta:\n  title: "x\n  bad: [\n');
      const errors = errorsOf(() => loadTemplate(dir));
      expect(errors[0]!.key).toMatch(/^report\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

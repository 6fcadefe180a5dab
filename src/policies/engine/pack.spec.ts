import { createHash } from 'node:crypto';
import { loadPack, packContentHash } from './pack';
import { formatPackError, type LoadPackResult, type PackError } from './pack-types';

const FILE = 'policies/test.yaml';

/** A one-rule pack; `assertLine` is the line (1-based) of the rule's `assert:` key. */
function pack(ruleBody: string, extraRules = ''): string {
  return [
    'id: test',
    'version: "1"',
    'description: A test pack',
    'rules:',
    '  - id: r1',
    '    title: Rule one',
    '    category: security',
    '    severity: low',
    '    effect: flag',
    ruleBody,
    '    message: m',
    '    remediation: r',
    '    references:',
    '      - citation: c',
    extraRules,
  ].join('\n');
}
const GOOD = '    assert: vendor.gpaiCodeSignatory';
const SECOND_RULE = [
  '  - id: r2',
  '    title: Rule two',
  '    category: cost',
  '    severity: medium',
  '    effect: flag',
  '    assert: offering.priceInputPer1M < 10.0',
  '    message: m',
  '    remediation: r',
  '    references:',
  '      - citation: c',
].join('\n');

function errorsOf(result: LoadPackResult): PackError[] {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

describe('loadPack', () => {
  it('loads a valid pack, compiles every rule and hashes the canonical text', () => {
    const text = pack(GOOD, SECOND_RULE);
    const result = loadPack(text, FILE);
    if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
    expect(result.pack.rules.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(result.pack.rules[0].when).toBe('true');
    expect(result.pack.file).toBe(FILE);
    expect(result.pack.contentHash).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('gives the same hash for CRLF line endings and a BOM, a different one for any other change', () => {
    const text = pack(GOOD);
    expect(packContentHash(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toBe(packContentHash(text));
    expect(packContentHash(`${text}\n# comment`)).not.toBe(packContentHash(text));
  });

  it('refuses bad CEL syntax, naming file, rule and position', () => {
    const [e] = errorsOf(loadPack(pack('    assert: vendor.gpaiCodeSignatory &&'), FILE));
    expect(e).toMatchObject({
      code: 'cel_syntax',
      file: FILE,
      ruleId: 'r1',
      path: 'rules[0].assert',
      line: 10,
    });
    // The expression ends after '&&' (27 characters): the parser expected more.
    expect(e.exprOffset).toBe(27);
    expect(e.column).toBe(13 + 27);
  });

  it('refuses a field the context does not have, pointing at the field', () => {
    const [e] = errorsOf(loadPack(pack('    assert: vendor.gpaiSignatory'), FILE));
    expect(e).toMatchObject({
      code: 'cel_unknown_field',
      ruleId: 'r1',
      line: 10,
      column: 13 + 7,
      exprOffset: 7,
    });
    expect(e.message).toContain('gpaiSignatory');
  });

  it('refuses an unknown top-level variable', () => {
    const [e] = errorsOf(loadPack(pack('    assert: portfolio.share < 0.5'), FILE));
    expect(e.code).toBe('cel_unknown_field');
  });

  it('refuses a wrong type (string compared with int)', () => {
    const [e] = errorsOf(loadPack(pack('    assert: vendor.hqCountry == 1'), FILE));
    expect(e).toMatchObject({ code: 'cel_type', ruleId: 'r1', line: 10 });
  });

  it('refuses a when that is not boolean', () => {
    const [e] = errorsOf(loadPack(pack(`    when: vendor.name\n${GOOD}`), FILE));
    expect(e).toMatchObject({ code: 'cel_not_boolean', path: 'rules[0].when', line: 10, column: 11 });
  });

  it('locates an error inside a multi-line block expression', () => {
    const body = [
      '    assert: |',
      '      offering.mode == "vendor_api"',
      '        && vendor.dataHandling.dpa',
    ].join('\n');
    const [e] = errorsOf(loadPack(pack(body), FILE));
    expect(e).toMatchObject({ code: 'cel_unknown_field', line: 12 });
    // "        && vendor.dataHandling." is 31 characters before the field on its line.
    expect(e.column).toBe(32);
  });

  it('refuses a condition rule without condition text', () => {
    const text = pack(GOOD).replace('effect: flag', 'effect: condition');
    const [e] = errorsOf(loadPack(text, FILE));
    expect(e).toMatchObject({ code: 'missing_condition', ruleId: 'r1', line: 5 });
  });

  it('refuses duplicate rule ids, pointing at the second', () => {
    const errors = errorsOf(loadPack(pack(GOOD, SECOND_RULE.replace('id: r2', 'id: r1')), FILE));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'duplicate_rule_id',
      ruleId: 'r1',
      path: 'rules[1].id',
      line: 15,
    });
  });

  it('refuses YAML that does not parse', () => {
    const [e] = errorsOf(loadPack('id: x\nrules: [\n', FILE));
    expect(e.code).toBe('yaml_syntax');
    expect(e.line).not.toBeNull();
  });

  it('refuses unknown keys, bad enums and missing references', () => {
    const text = pack(`    asert: true\n${GOOD}`)
      .replace('severity: low', 'severity: urgent')
      .replace(/    references:\n      - citation: c/, '');
    const codes = errorsOf(loadPack(text, FILE)).map((e) => `${e.code} ${e.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'invalid_shape rules[0].asert',
        'invalid_shape rules[0].severity',
        'invalid_shape rules[0].references',
      ]),
    );
  });

  it('refuses the whole pack when one rule is broken, reporting every broken rule', () => {
    const errors = errorsOf(
      loadPack(pack('    assert: vendor.nope', SECOND_RULE.replace('< 10.0', '< "cheap"')), FILE),
    );
    expect(errors.map((e) => e.ruleId)).toEqual(['r1', 'r2']);
  });

  it('formats an error with file:line:column, rule and code', () => {
    const [e] = errorsOf(loadPack(pack('    assert: vendor.gpaiSignatory'), FILE));
    expect(formatPackError(e)).toMatch(
      /^policies\/test\.yaml:10:20: rule 'r1' rules\[0\]\.assert \(expression offset 7\): .*\[cel_unknown_field\]$/,
    );
  });
});

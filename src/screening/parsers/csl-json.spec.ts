import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCslCsv } from './csl-csv';
import { parseCslJson } from './csl-json';
import { ListParseError } from './list-entry';
import { cslCsvToJson } from './testing/csl-json-fixture';
import { collect, realFile, realPath, rejection, textStream } from './testing/real-files';

/** The JSON fixtures, converted from the real CSV samples (regenerate with UPDATE_FIXTURES=1). */
const FIXTURES = [
  {
    csv: 'trade_gov_csl_samples/csl_2019-12_watchman_subset.csv',
    json: 'csl_2019-12_watchman_subset.json',
    layout: 'results',
    rows: 115,
  },
  {
    csv: 'trade_gov_csl_samples/consolidated_2025-06_watchman_subset.csv',
    json: 'consolidated_2025-06_watchman_subset.json',
    layout: 'array',
    rows: 13,
  },
] as const;
const fixturePath = (name: string) => join(__dirname, 'testing', name);
const parse = (text: string) => collect(parseCslJson(textStream(text, 5), 'upload.json'));

describe('parseCslJson', () => {
  describe.each(FIXTURES)('$json', ({ csv, json, layout, rows }) => {
    it('is the conversion of the real CSV sample', () => {
      const expected = cslCsvToJson(readFileSync(realPath(csv), 'utf8'), layout);
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(fixturePath(json), expected);
      expect(readFileSync(fixturePath(json), 'utf8')).toBe(expected);
    });

    it('yields the same entries as the CSV it was converted from', async () => {
      const seen: number[] = [];
      const fromJson = await collect(
        parseCslJson(createReadStream(fixturePath(json), { highWaterMark: 1000 }), json, (n) => seen.push(n)),
      );
      const fromCsv = await collect(parseCslCsv(realFile(csv), csv));
      expect(fromJson).toHaveLength(rows);
      expect(fromJson).toEqual(fromCsv);
      expect(seen.at(-1)).toBe(rows);
    });
  });

  it('reads trade.gov address objects, array fields and `id`', async () => {
    const entry = {
      id: 'abc123',
      source: 'Entity List (EL) - Bureau of Industry and Security',
      entity_number: null,
      name: 'Zhipu Example Co., Ltd.',
      alt_names: ['Example AI', 'Example'],
      programs: [],
      addresses: [
        { address: '1 Road', city: 'Beijing', state_or_province: null, postal_code: '100000', country: 'CN' },
        { address: null, city: 'Shanghai', state: 'SH', postal_code: null, country: 'CN' },
        { address: null, city: null, state_or_province: null, postal_code: null, country: null },
      ],
      federal_register_notice: '90 FR 4617',
      start_date: '2025-01-16',
      license_requirement: 'For all items subject to the EAR.',
      license_policy: 'Presumption of denial.',
    };
    const [e] = await parse(JSON.stringify({ results: [entry] }));
    expect(e).toMatchObject({
      source: 'BIS Entity List',
      entityNumber: 'abc123',
      altNames: [
        { name: 'Example AI', type: null },
        { name: 'Example', type: null },
      ],
      addresses: [
        { address: '1 Road', city: 'Beijing', stateOrProvince: null, postalCode: '100000', country: 'CN' },
        { address: null, city: 'Shanghai', stateOrProvince: 'SH', postalCode: null, country: 'CN' },
      ],
      federalRegisterNotice: '90 FR 4617',
      licensePolicy: 'Presumption of denial.',
    });
  });

  it('names the line of an entry with an empty name or a field of the wrong type', async () => {
    const text =
      '[\n  {"source": "Entity List (EL) - Bureau of Industry and Security", "name": "A"},\n  {"source": "Entity List (EL) - Bureau of Industry and Security", "name": ""}\n]';
    const e = await rejection(parse(text));
    expect(e).toBeInstanceOf(ListParseError);
    expect(e).toMatchObject({ file: 'upload.json', line: 3, reason: 'empty name' });
    const wrongType = '[\n\n  {"source": "x", "name": "A", "programs": {"a": 1}}]';
    expect(await rejection(parse(wrongType))).toMatchObject({
      line: 3,
      reason: '"programs" must be an array',
    });
    const noSource = '[{"name": "A"}]';
    expect(await rejection(parse(noSource))).toMatchObject({ line: 1, reason: 'empty source' });
  });

  it('fails on bad JSON with the line, after yielding the entries before it', async () => {
    const good = readFileSync(fixturePath('consolidated_2025-06_watchman_subset.json'), 'utf8');
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.includes('"name": "Atlas Sanatgaran"'));
    lines[at] = lines[at]!.replace('",', '"'); // a missing comma, inside the second entry
    const read: string[] = [];
    const e = await rejection(
      (async () => {
        for await (const entry of parseCslJson(textStream(lines.join('\n'), 512), 'consolidated.json'))
          read.push(entry.name);
      })(),
    );
    expect(read).toHaveLength(1);
    expect(e).toMatchObject({
      file: 'consolidated.json',
      line: at + 2,
      reason: 'invalid JSON in entry 2: unexpected "\\""',
    });
  });

  it('is consumed lazily', async () => {
    const stream = createReadStream(fixturePath('csl_2019-12_watchman_subset.json'), { highWaterMark: 4096 });
    const it = parseCslJson(stream, 'csl.json');
    expect((await it.next()).value).toMatchObject({ name: 'ADRIAN MANUEL HERNANDEZ' });
    await it.return(undefined);
    expect(stream.bytesRead).toBeLessThan(16 * 1024);
    expect(stream.destroyed).toBe(true);
  });
});

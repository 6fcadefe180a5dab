import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { countRows } from './count-rows';
import { ListParseError } from './list-entry';
import { realFile, rejection, textStream } from './testing/real-files';

describe('countRows', () => {
  it.each([
    ['ofac_sdn_2024-05-03/sdn.csv', 14965],
    ['ofac_sdn_2021-07_watchman/sdn.csv', 8976],
    ['ofac_sdn_2021-07_watchman/alt.csv', 11910],
    ['ofac_sdn_2021-07_watchman/add.csv', 13837],
    ['ofac_consolidated_nonsdn_2025-12_watchman/cons_prim.csv', 442],
    ['trade_gov_csl_samples/csl_2019-12_watchman_subset.csv', 115],
    ['trade_gov_csl_samples/consolidated_2025-06_watchman_subset.csv', 13],
  ])('counts the data rows of %s (%i), without header or trailing Ctrl-Z', async (file, rows) => {
    expect(await countRows(realFile(file, 8 * 1024))).toBe(rows);
  });

  it.each([
    ['csl_2019-12_watchman_subset.json', 115],
    ['consolidated_2025-06_watchman_subset.json', 13],
  ])('counts the entries of the JSON fixture %s (%i)', async (file, rows) => {
    expect(await countRows(createReadStream(join(__dirname, 'testing', file), { highWaterMark: 2048 }))).toBe(
      rows,
    );
  });

  it('counts a record with quoted line breaks once, skips blank lines, and counts a last line without newline', async () => {
    expect(await countRows(textStream('1,"a\r\nb"\r\n\r\n2,"x ""y"""\r\n3,z', 2))).toBe(3);
    expect(await countRows(textStream('"_id","source"\n"1","x"\n'))).toBe(1);
    expect(await countRows(textStream(''))).toBe(0);
    expect(await countRows(textStream('  \n [ {"a": 1}, {"a": [2]} ]', 1))).toBe(2);
  });

  it('fails on JSON whose structure is broken, naming the file', async () => {
    const e = await rejection(countRows(textStream('[\n{"a": 1},\n{"a": 2'), 'x.json'));
    expect(e).toBeInstanceOf(ListParseError);
    expect(e).toMatchObject({ file: 'x.json', line: 3 });
  });
});

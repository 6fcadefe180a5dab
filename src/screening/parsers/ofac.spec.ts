import { ListParseError, type ListEntry } from './list-entry';
import { parseOfacSet } from './ofac';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { collect, realFile, realPath, rejection, textStream } from './testing/real-files';

const SDN_2024 = 'ofac_sdn_2024-05-03/sdn.csv';
const SDN_2021 = 'ofac_sdn_2021-07_watchman/';
const CONS = 'ofac_consolidated_nonsdn_2025-12_watchman/';
const byId = (entries: ListEntry[], id: string) => entries.find((e) => e.entityNumber === id)!;

describe('parseOfacSet on the full 2024 SDN file (primary only)', () => {
  let entries: ListEntry[];
  let progress = 0;
  beforeAll(async () => {
    entries = await collect(
      parseOfacSet(
        { primary: realFile(SDN_2024, 64 * 1024) },
        { primary: 'sdn.csv' },
        'OFAC SDN',
        (n) => (progress = n),
      ),
    );
  });

  it('reads all 14,965 rows onto the SDN list, with types as published and "-0-" as an entity', () => {
    expect(entries).toHaveLength(14965);
    expect(progress).toBe(14965);
    expect(new Set(entries.map((e) => e.source))).toEqual(new Set(['OFAC SDN']));
    const types: Record<string, number> = {};
    for (const e of entries) types[e.type!] = (types[e.type!] ?? 0) + 1;
    expect(types).toEqual({ entity: 6884, individual: 6854, vessel: 851, aircraft: 376 });
    expect(byId(entries, '36')).toMatchObject({
      name: 'AEROCARIBBEAN AIRLINES',
      sourceRaw: 'Specially Designated Nationals (SDN) - Treasury Department',
      programs: ['CUBA'],
      remarks: null,
      altNames: [],
      addresses: [],
    });
  });

  it('splits several programs, written "A] [B"', () => {
    expect(entries.find((e) => e.programs.length === 4 && e.programs.includes('IRGC'))?.programs).toEqual([
      'IRAN',
      'SDGT',
      'IRGC',
      'IFSR',
    ]);
    expect(entries.every((e) => e.programs.every((p) => !/[[\]]/.test(p)))).toBe(true);
  });

  it("takes OFAC's weak a.k.a. names out of the remarks", () => {
    expect(entries.find((e) => e.name === 'BANCO NACIONAL DE CUBA')?.altNames).toEqual([
      { name: 'BNC', type: 'weak aka' },
    ]);
    const weak = entries.flatMap((e) => e.altNames);
    expect(weak.length).toBeGreaterThan(3600);
    // Apostrophes inside a quoted name do not end it.
    expect(weak.some((a) => a.name === "ABU 'ABDALLAH")).toBe(true);
  });

  it('takes "Linked To" parties out of the remarks, and nearly all name a primary entry of the file', () => {
    const names = new Set(entries.map((e) => e.name));
    const linked = entries.flatMap((e) => e.linkedTo);
    expect(linked.length).toBeGreaterThan(6000);
    expect(linked.filter((l) => names.has(l)).length / linked.length).toBeGreaterThan(0.97);
  });

  it('reads the same from one in-memory buffer, as the import service streams an upload', async () => {
    const stream = Readable.from(readFileSync(realPath(SDN_2024)), { objectMode: false });
    const again = await collect(parseOfacSet({ primary: stream }, { primary: 'sdn.csv' }, 'OFAC SDN'));
    expect(again).toEqual(entries);
  });

  it('is consumed lazily: stopping after 10 entries reads a fraction of the 3.9 MB file and closes it', async () => {
    const stream = realFile(SDN_2024, 64 * 1024);
    const first: string[] = [];
    for await (const e of parseOfacSet({ primary: stream }, { primary: 'sdn.csv' }, 'OFAC SDN')) {
      first.push(e.entityNumber);
      if (first.length === 10) break;
    }
    expect(first).toHaveLength(10);
    expect(stream.bytesRead).toBeLessThanOrEqual(128 * 1024);
    expect(stream.destroyed).toBe(true);
  });
});

describe('parseOfacSet on the 2021 SDN set with its side files', () => {
  let entries: ListEntry[];
  beforeAll(async () => {
    const files = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((f) => realFile(SDN_2021 + f));
    entries = await collect(
      parseOfacSet(
        { primary: files[0]!, alt: files[1], add: files[2], comments: files[3] },
        { primary: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' },
        'OFAC SDN',
      ),
    );
  });

  it('reads 8,976 entries and joins the 11,910 alt names (2 published twice) and the non-empty addresses', () => {
    expect(entries).toHaveLength(8976);
    expect(entries.flatMap((e) => e.altNames.filter((a) => !a.type!.startsWith('weak')))).toHaveLength(11908);
    expect(entries.flatMap((e) => e.addresses)).toHaveLength(11440); // add.csv rows that are not all "-0-"
  });

  it('joins alt names and addresses by ent_num', () => {
    const e = byId(entries, '36');
    expect(e.altNames).toEqual([{ name: 'AERO-CARIBBEAN', type: 'aka' }]);
    expect(e.addresses).toEqual([
      { address: null, city: 'Havana', stateOrProvince: null, postalCode: null, country: 'Cuba' },
    ]);
    expect(byId(entries, '173').addresses[0]).toEqual({
      address: 'Ibex House, The Minories',
      city: 'London EC3N 1DY',
      stateOrProvince: null,
      postalCode: null,
      country: 'United Kingdom',
    });
  });

  it('completes remarks cut mid-word from sdn_comments.csv before reading names out of them', () => {
    const tian = byId(entries, '28263');
    expect(tian.name).toBe('TIAN, Yinyin');
    expect(tian.remarks).toMatch(/a\.k\.a\. 'snowsjohn'; Linked To: LAZARUS GROUP\.$/);
    expect(tian.altNames).toEqual([
      { name: 'tianyinyin0404', type: 'weak aka' },
      { name: 'snowsjohn', type: 'weak aka' },
    ]);
    expect(tian.linkedTo).toEqual(['LAZARUS GROUP']);
    const cifuentes = byId(entries, '12300');
    expect(cifuentes.linkedTo).toContain('PROMO RAIZ S.A.S.'); // "PROMO RAI" + "Z S.A.S."
    expect(cifuentes.linkedTo.at(-1)).toBe('R D I S.A.'); // the closing period belongs to "S.A."
    expect(cifuentes.linkedTo).toHaveLength(25);
  });
});

describe('parseOfacSet on the consolidated non-SDN set', () => {
  let entries: ListEntry[];
  beforeAll(async () => {
    const files = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((f) =>
      realFile(CONS + f),
    );
    entries = await collect(
      parseOfacSet(
        { primary: files[0]!, alt: files[1], add: files[2], comments: files[3] },
        { primary: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv', comments: 'cons_comments.csv' },
        'OFAC consolidated',
      ),
    );
  });

  it('reads 442 entries and puts each on its list by program', () => {
    expect(entries).toHaveLength(442);
    const lists: Record<string, number> = {};
    for (const e of entries) lists[e.source] = (lists[e.source] ?? 0) + 1;
    expect(lists).toEqual({
      'OFAC NS-CMIC': 68,
      'Sectoral Sanctions Identifications List (SSI) - Treasury Department': 286,
      'Palestinian Legislative Council List (PLC) - Treasury Department': 78,
      'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department': 9,
      'Capta List (CAP) - Treasury Department': 1,
    });
  });

  it('puts Huawei on NS-CMIC with its alt name and address', () => {
    expect(byId(entries, '30947')).toMatchObject({
      source: 'OFAC NS-CMIC',
      name: 'HUAWEI TECHNOLOGIES CO., LTD.',
      type: 'entity',
      programs: ['CMIC-EO13959'],
      altNames: [{ name: 'HUAWEI INVESTMENT & HOLDING CO LTD', type: 'aka' }],
      addresses: [
        {
          address: 'Huawei Headquarter Office Building, Bantian, Longgang District',
          city: 'Guangdong, Shenzhen 518129',
          stateOrProvince: null,
          postalCode: null,
          country: 'China',
        },
      ],
    });
    expect(byId(entries, '32087').linkedTo).toEqual(['HUAWEI TECHNOLOGIES CO., LTD.']);
  });

  it('reads an individual with a strong and a weak alias', () => {
    expect(byId(entries, '50476')).toMatchObject({
      type: 'individual',
      source: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
      altNames: [
        { name: 'MARTELLY, Michael', type: 'aka' },
        { name: 'Sweet Micky', type: 'weak aka' },
      ],
    });
  });
});

describe('parseOfacSet on malformed input', () => {
  const row = (id: string, name = '"ACME"') =>
    `${id},${name},-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;
  const parse = (primary: string, alt?: string) =>
    collect(
      parseOfacSet(
        { primary: textStream(primary), alt: alt === undefined ? undefined : textStream(alt) },
        { primary: 'sdn.csv', alt: 'alt.csv' },
        'OFAC SDN',
      ),
    );

  it('names the file and line of a non-numeric ent_num', async () => {
    const e = await rejection(parse(`${row('1')}\r\n${row('2')}\r\n${row('x3')}\r\n`));
    expect(e).toBeInstanceOf(ListParseError);
    expect(e).toMatchObject({ file: 'sdn.csv', line: 3, reason: 'ent_num "x3" is not a number' });
  });

  it('names the line of a row with the wrong number of fields, and of an empty name', async () => {
    expect(await rejection(parse(`${row('1')}\r\n${row('2')},extra\r\n`))).toMatchObject({
      line: 2,
      reason: 'expected 12 fields, found 13',
    });
    expect(await rejection(parse(`${row('1')}\r\n${row('2', '-0- ')}\r\n`))).toMatchObject({
      line: 2,
      reason: 'empty name',
    });
  });

  it('names the side file and its line', async () => {
    const e = await rejection(parse(`${row('1')}\r\n`, '1,10,"aka","A",-0- \r\n1,11,"aka",-0- \r\n'));
    expect(e).toMatchObject({
      file: 'alt.csv',
      line: 1 + 1,
      reason: expect.stringContaining('expected 5 fields'),
    });
    expect(
      await rejection(parse(`${row('1')}\r\n`, '1,10,"aka","A",-0- \r\n1,11,"aka","-0-",-0- \r\n')),
    ).toMatchObject({ file: 'alt.csv', line: 2, reason: 'empty alt_name' });
  });

  it('names the line where a stray quote opened, whether a later quote closes it or none does', async () => {
    const e = await rejection(parse(`${row('1')}\r\n${row('2', '"ACME')}\r\n${row('3')}\r\n`));
    expect(e).toMatchObject({
      file: 'sdn.csv',
      line: 2,
      reason: 'unexpected "C" after the closing quote of field 2',
    });
    const unquoted = (id: string, name: string) => `${id},${name},-0-,CUBA,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-`;
    const open = await rejection(
      parse(`${unquoted('1', 'A')}\r\n${unquoted('2', '"B')}\r\n${unquoted('3', 'C')}\r\n`),
    );
    expect(open).toMatchObject({
      file: 'sdn.csv',
      line: 2,
      reason: expect.stringContaining('unterminated quoted field'),
    });
  });

  it('yields the rows before the malformed one (an import keeps nothing of a failed file, but parsing is lazy)', async () => {
    const seen: string[] = [];
    const e = await rejection(
      (async () => {
        for await (const x of parseOfacSet(
          { primary: textStream(`${row('1')}\r\n${row('2')}\r\n${row('x')}\r\n`) },
          { primary: 'sdn.csv' },
          'OFAC SDN',
        ))
          seen.push(x.entityNumber);
      })(),
    );
    expect(seen).toEqual(['1', '2']);
    expect(e).toBeInstanceOf(ListParseError);
  });
});

import { parseCslCsv } from './csl-csv';
import { ListParseError, type ListEntry } from './list-entry';
import { collect, realFile, rejection, textStream } from './testing/real-files';

const CSL_2019 = 'trade_gov_csl_samples/csl_2019-12_watchman_subset.csv';
const CSL_2025 = 'trade_gov_csl_samples/consolidated_2025-06_watchman_subset.csv';
const HEADER_28 =
  'source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';

/** A 28-column row with the given fields set. */
function row(fields: Partial<Record<'source' | 'name' | 'programs' | 'addresses', string>>): string {
  const cells = Array<string>(28).fill('');
  cells[0] = fields.source ?? 'Entity List (EL) - Bureau of Industry and Security';
  cells[3] = fields.programs ?? '';
  cells[4] = fields.name ?? 'Example Co.';
  cells[6] = fields.addresses ?? '';
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

const parse = (text: string) => collect(parseCslCsv(textStream(text, 5), 'upload.csv'));
const byName = (entries: ListEntry[], name: string) => entries.find((e) => e.name === name)!;

describe('parseCslCsv on the 2019 CSL (28 columns)', () => {
  let entries: ListEntry[];
  const rows: number[] = [];
  beforeAll(async () => {
    entries = await collect(parseCslCsv(realFile(CSL_2019, 4096), CSL_2019, (n) => rows.push(n)));
  });

  it('reads all 115 rows, 22 of them on the Entity List, and reports progress per row', () => {
    expect(entries).toHaveLength(115);
    expect(entries.filter((e) => e.source === 'BIS Entity List')).toHaveLength(22);
    expect(rows).toEqual(Array.from({ length: 115 }, (_, i) => i + 1));
    const sources = new Set(entries.map((e) => e.source));
    expect(sources).toEqual(
      new Set([
        'OFAC SDN',
        'BIS Entity List',
        'BIS DPL',
        'BIS UVL',
        'Nonproliferation Sanctions (ISN) - State Department',
        'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
        'ITAR Debarred (DTC) - State Department',
        'Palestinian Legislative Council List (PLC) - Treasury Department',
        'Capta List (CAP) - Treasury Department',
      ]),
    );
  });

  it('reads an Entity List row: notice, licence requirement and policy, prose alt names, a country-only address', () => {
    expect(byName(entries, '54th Research Institute of China')).toEqual({
      source: 'BIS Entity List',
      sourceRaw: 'Entity List (EL) - Bureau of Industry and Security',
      entityNumber: expect.stringMatching(/^csl-[0-9a-f]{24}$/),
      type: null,
      name: '54th Research Institute of China',
      altNames: [
        { name: 'China Electronics Technology Group Corp. (CETC) 54th Research Institute', type: null },
        { name: 'Communication, Telemetry and Telecontrol Research Institute (CTI)', type: null },
        { name: 'Shijiazhuang Communication Observation and Control Technology Institute.', type: null },
      ],
      programs: [],
      addresses: [{ address: null, city: null, stateOrProvince: null, postalCode: null, country: 'CN' }],
      federalRegisterNotice: '66 FR 24266, 77 FR 58006 (no. 182), 81 FR 64694',
      startDate: '2001-05-14',
      licenseRequirement: 'For all items subject to the EAR.',
      licensePolicy: 'See §744.3(d) of this part',
      remarks: null,
      linkedTo: [],
      sourceListUrl: 'http://bit.ly/1L47xrV',
      sourceInformationUrl: 'http://bit.ly/1L47xrV',
    });
  });

  it('splits several addresses and keeps each ISO country', () => {
    expect(byName(entries, '32 Group China Ltd.').addresses.map((a) => [a.address, a.country])).toEqual([
      ['Room 1905, 19/F, Nam Wo Hong Bldg., 148 Wing Lok Street, Sheung Wang, Hong Kong, Sheung Wang', 'HK'],
      [
        'Room 1119, 11/F, Block B, Yau Tong Industrial City, 17 Ko Fai Road, Yau Tong, Kowloon, Hong Kong, Kowloon',
        'HK',
      ],
    ]);
  });

  it('reads an SDN row of the CSL onto our SDN list, with its entity number, type and alt names', () => {
    const e = byName(entries, '2904977 CANADA, INC.');
    expect(e).toMatchObject({ source: 'OFAC SDN', entityNumber: '8124', type: 'entity', programs: ['CUBA'] });
    expect(e.altNames).toEqual([
      { name: 'CARIBE SOL', type: null },
      { name: 'HAVANTUR CANADA INC.', type: null },
    ]);
    expect(e.addresses).toEqual([
      {
        address: '818 rue Sherbrooke East, Montreal, Quebec, H2L 1K3',
        city: null,
        stateOrProvince: null,
        postalCode: null,
        country: 'CA',
      },
    ]);
    expect(entries.find((x) => x.programs.length > 1)?.programs).toEqual(['IFSR', 'NPWMD']);
  });

  it('takes "Linked To" parties out of the parenthesised CSL remark', () => {
    expect(entries.filter((e) => e.linkedTo.includes('ROSTEC')).length).toBeGreaterThan(10);
    expect(entries.flatMap((e) => e.linkedTo)).toContain('QASEMI, Rostam');
    expect(entries.flatMap((e) => e.linkedTo).some((l) => l.includes(')'))).toBe(false);
  });

  it('trims names, repairs cp1252 mojibake and gives id-less rows distinct, stable keys', async () => {
    expect(entries.some((e) => e.name === 'ADRIAN MANUEL HERNANDEZ')).toBe(true);
    expect(entries.flatMap((e) => e.addresses).some((a) => a.address === 'HA\u2019Assif 19, Binyamina')).toBe(
      true,
    );
    // Five Entity List rows for Gunther Migeotte (one per address) must not collapse into one entry.
    expect(new Set(entries.map((e) => `${e.source}:${e.entityNumber}`)).size).toBe(115);
    const again = await collect(parseCslCsv(realFile(CSL_2019, 1024), CSL_2019));
    expect(again.map((e) => e.entityNumber)).toEqual(entries.map((e) => e.entityNumber));
  });
});

describe('parseCslCsv on the current CSL (_id + 28 columns, all quoted)', () => {
  let entries: ListEntry[];
  beforeAll(async () => {
    entries = await collect(parseCslCsv(realFile(CSL_2025, 1000), CSL_2025));
  });

  it('reads 13 rows, one per list, and uses _id where entity_number is empty', () => {
    expect(entries).toHaveLength(13);
    const meu = entries.find((e) => e.source === 'BIS MEU')!;
    expect(meu).toMatchObject({
      entityNumber: '66f6ab3f26234b75a9093fce79ef0ce0',
      name: 'Academy of Aerospace Solid Propulsion Technology (AASPT)',
      federalRegisterNotice: '85 FR 83799',
      startDate: '2020-12-23',
      licenseRequirement: 'For any item subject to the EAR listed in supplement no. 2 to part 744.',
    });
    expect(meu.addresses).toEqual([
      {
        address: 'Tian Wang te Zi #1, Baqiao District, Xian, China',
        city: null,
        stateOrProvince: null,
        postalCode: null,
        country: 'CN',
      },
    ]);
  });

  it('keeps entity_number for Treasury rows and reads their addresses and programs', () => {
    const sdn = entries.find((e) => e.source === 'OFAC SDN')!;
    expect(sdn).toMatchObject({
      entityNumber: '52291',
      name: 'RIM, Ryong Nam',
      type: 'individual',
      programs: ['NPWMD'],
    });
    expect(sdn.addresses.map((a) => [a.address, a.country])).toEqual([
      ['Shenyang', 'CN'],
      ['Pyongyang', 'KP'],
    ]);
    expect(entries.find((e) => e.name === 'TNK Trading International S.A.')!.programs).toEqual([
      'VENEZUELA-EO13850',
      'UKRAINE-EO13662',
    ]);
  });

  it('reads the Entity List row with its licence policy', () => {
    const el = entries.find((e) => e.source === 'BIS Entity List')!;
    expect(el.name).toBe('China Electronics Technology Group Corporation 13th Research Institute (CETC 13)');
    expect(el.federalRegisterNotice).toBe('83 FR 37423; 87 FR 77505');
    expect(el.licensePolicy).toMatch(/^Policy of denial for all items subject to the EAR/);
    expect(el.altNames.map((a) => a.name)).toContain('HSRI');
  });
});

describe('parseCslCsv on malformed input', () => {
  it('rejects a file that is not a CSL CSV, such as the legacy BIS Entity List layout', async () => {
    const file = 'trade_gov_csl_samples/bis_el_legacy_format_govwizely_fixture.csv';
    const e = await rejection(collect(parseCslCsv(realFile(file), file)));
    expect(e).toBeInstanceOf(ListParseError);
    expect(e).toMatchObject({
      file,
      line: 1,
      reason: expect.stringMatching(/^not a CSL CSV header .*missing source, entity_number/),
    });
  });

  it('names the line of a row with the wrong number of fields', async () => {
    const text = `${HEADER_28}\n${row({})}\n${row({})},extra\n`;
    expect(await rejection(parse(text))).toMatchObject({
      file: 'upload.csv',
      line: 3,
      reason: 'expected 28 fields, found 29',
    });
  });

  it('counts lines inside quoted fields when naming the line of an empty name', async () => {
    const text = `${HEADER_28}\n${row({ addresses: 'Line 1\nLine 2, CN' })}\n${row({ name: '  ' })}\n`;
    expect(await rejection(parse(text))).toMatchObject({ line: 4, reason: 'empty name' });
  });

  it('names the line where an unterminated quote opened', async () => {
    const text = `${HEADER_28}\n${row({})}\n${row({}).replace(',Example Co.,', ',"Example Co.,')}\n${row({})}\n`;
    expect(await rejection(parse(text))).toMatchObject({
      line: 3,
      reason: expect.stringContaining('unterminated quoted field'),
    });
  });

  it('rejects an empty file and reads a header-only file as no entries', async () => {
    expect(await rejection(parse(''))).toMatchObject({
      line: 1,
      reason: expect.stringContaining('empty file'),
    });
    expect(await parse(`${HEADER_28}\n`)).toEqual([]);
  });
});

describe('parseCslCsv streaming', () => {
  it('is consumed lazily: stopping early leaves the rest of the file unread and closes it', async () => {
    const stream = realFile(CSL_2019, 1024);
    const names: string[] = [];
    for await (const e of parseCslCsv(stream, CSL_2019)) {
      names.push(e.name);
      if (names.length === 3) break;
    }
    expect(names).toHaveLength(3);
    expect(stream.bytesRead).toBeLessThan(10 * 1024);
    expect(stream.destroyed).toBe(true);
  });
});

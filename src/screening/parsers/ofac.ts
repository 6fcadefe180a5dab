import type { Readable } from 'node:stream';
import { normaliseListName } from '../../policies/engine/derive';
import { csvRecords, type CsvRecord } from './csv-records';
import { ListParseError, type ListAddress, type ListAltName, type ListEntry } from './list-entry';
import { consolidatedList, OFAC_LIST_NAMES, type OfacFileNames } from './ofac-lists';
import { ofacValue, remarkNames, uniqueAltNames } from './text';

/**
 * An OFAC CSV set (SDN or consolidated non-SDN): no headers, "-0-" for empty. The primary file is streamed;
 * the side files (alt names, addresses, remark continuations), a fraction of its size, are read first into
 * maps by ent_num so each primary row can be completed as it streams by.
 *
 *   primary   ent_num, name, type, program, title, call_sign, vess_type, tonnage, GRT, vess_flag, vess_owner, remarks
 *   add       ent_num, add_num, address, city/state/province/postal code, country, add_remarks
 *   alt       ent_num, alt_num, alt_type, alt_name, alt_remarks
 *   comments  ent_num, remarks continued
 */

export interface OfacFiles {
  primary: Readable;
  alt?: Readable;
  add?: Readable;
  comments?: Readable;
}

const WIDTH = { primary: 12, add: 6, alt: 5, comments: 2 } as const;

interface SideData {
  alt: Map<string, ListAltName[]>;
  add: Map<string, ListAddress[]>;
  comments: Map<string, string>;
}

/** Checks the shape every OFAC row shares: the column count and a numeric ent_num. */
function checked(record: CsvRecord, file: string, width: number): string[] {
  const { fields, line } = record;
  if (fields.length !== width)
    throw new ListParseError(file, line, `expected ${width} fields, found ${fields.length}`);
  if (!/^\d+$/.test(fields[0]!.trim()))
    throw new ListParseError(file, line, `ent_num ${JSON.stringify(fields[0])} is not a number`);
  return fields;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function readSideFiles(files: OfacFiles, names: OfacFileNames): Promise<SideData> {
  const side: SideData = { alt: new Map(), add: new Map(), comments: new Map() };
  const rows = (input: Readable, file: string) => csvRecords(input as AsyncIterable<Buffer | string>, file);
  if (files.alt) {
    const file = names.alt ?? 'alt.csv';
    for await (const record of rows(files.alt, file)) {
      const f = checked(record, file, WIDTH.alt);
      const name = ofacValue(f[3]);
      if (!name) throw new ListParseError(file, record.line, 'empty alt_name');
      append(side.alt, f[0]!.trim(), { name, type: ofacValue(f[2])?.toLowerCase() ?? null });
    }
  }
  if (files.add) {
    const file = names.add ?? 'add.csv';
    for await (const record of rows(files.add, file)) {
      const f = checked(record, file, WIDTH.add);
      // OFAC publishes city, state/province and postal code as one field ("Miami, FL 33130"); splitting
      // it would be guesswork, so it is kept whole as the city.
      const address: ListAddress = {
        address: ofacValue(f[2]),
        city: ofacValue(f[3]),
        stateOrProvince: null,
        postalCode: null,
        country: ofacValue(f[4]),
      };
      if (address.address || address.city || address.country) append(side.add, f[0]!.trim(), address);
    }
  }
  if (files.comments) {
    const file = names.comments ?? 'sdn_comments.csv';
    for await (const record of rows(files.comments, file)) {
      const f = checked(record, file, WIDTH.comments);
      const id = f[0]!.trim();
      // The text continues a remark OFAC cut at its field limit, mid-word, so it is joined as is.
      side.comments.set(id, (side.comments.get(id) ?? '') + (f[1] ?? ''));
    }
  }
  return side;
}

/** 'OFAC SDN', or the label of a consolidated set (e.g. 'OFAC consolidated'); any string is accepted. */
export type OfacSetSource = 'OFAC SDN' | 'OFAC NS-CMIC' | (string & Record<never, never>);

/**
 * Streams the entries of an OFAC CSV set. `source` 'OFAC SDN' puts every row on the SDN list; any other
 * value marks the consolidated non-SDN set, whose rows are put on their list by program tag
 * (consolidatedList), rows no tag identifies keeping `source` as their list. `onRow` is told how many
 * primary rows have been read.
 */
export async function* parseOfacSet(
  files: OfacFiles,
  names: OfacFileNames,
  source: OfacSetSource,
  onRow?: (n: number) => void,
): AsyncGenerator<ListEntry> {
  let side: SideData;
  try {
    side = await readSideFiles(files, names);
  } catch (e) {
    files.primary.destroy(); // never to be read: release it
    throw e;
  }
  const file = names.primary;
  let rows = 0;
  for await (const record of csvRecords(files.primary as AsyncIterable<Buffer | string>, file)) {
    const f = checked(record, file, WIDTH.primary);
    const entNum = f[0]!.trim();
    const name = ofacValue(f[1]);
    if (!name) throw new ListParseError(file, record.line, 'empty name');
    const published = ofacValue(f[11]);
    const continued = side.comments.get(entNum);
    // Joined untrimmed: the cut may fall right after a space.
    const remarks = continued ? ofacValue((published === null ? '' : f[11]!) + continued) : published;
    // Multiple programs are written "A] [B" (OFAC brackets each tag; CSV quoting ate the outer ones).
    const programs = (ofacValue(f[3]) ?? '')
      .split('] [')
      .map((p) => p.replace(/^\[|\]$/g, '').trim())
      .filter(Boolean);
    const list = source === 'OFAC SDN' ? 'SDN' : consolidatedList(programs, remarks);
    const sourceRaw = list ? OFAC_LIST_NAMES[list] : source;
    const fromRemarks = remarkNames(remarks);
    rows++;
    onRow?.(rows);
    yield {
      source: normaliseListName(sourceRaw),
      sourceRaw,
      entityNumber: entNum,
      // OFAC leaves the type empty for entities.
      type: ofacValue(f[2])?.toLowerCase() ?? 'entity',
      name,
      altNames: uniqueAltNames([...(side.alt.get(entNum) ?? []), ...fromRemarks.altNames]),
      programs,
      addresses: side.add.get(entNum) ?? [],
      federalRegisterNotice: null,
      startDate: null,
      licenseRequirement: null,
      licensePolicy: null,
      remarks,
      linkedTo: fromRemarks.linkedTo,
      sourceListUrl: null,
      sourceInformationUrl: null,
    };
  }
}

import type { Readable } from 'node:stream';
import { cslEntry } from './csl-entry';
import { jsonEntries } from './json-entries';
import { ListParseError, type ListAddress, type ListEntry } from './list-entry';
import { clean, cslAddress, splitList } from './text';

/**
 * trade.gov Consolidated Screening List, JSON: `{"results": [entry, ...], ...}` as the API and bulk file
 * return it, or a bare array of entries. An entry has the CSV's fields, with alt_names, programs and
 * addresses as arrays and addresses as objects ({address, city, state_or_province, postal_code, country};
 * the search API names the state `state`). Lists given as one "; "-joined string, as in the CSV, are
 * accepted too, so a file converted from the CSV reads the same.
 */

type Json = Record<string, unknown>;

class EntryReader {
  constructor(
    private readonly entry: Json,
    private readonly file: string,
    private readonly line: number,
  ) {}

  fail(reason: string): never {
    throw new ListParseError(this.file, this.line, reason);
  }

  text(key: string, value: unknown = this.entry[key]): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return clean(value);
    if (typeof value === 'number') return String(value);
    return this.fail(`"${key}" must be a string, not ${Array.isArray(value) ? 'an array' : typeof value}`);
  }

  list(key: string): string[] {
    const value = this.entry[key];
    if (typeof value === 'string' || value === null || value === undefined) return splitList(this.text(key));
    if (!Array.isArray(value)) return this.fail(`"${key}" must be an array`);
    return value.flatMap((v, i) => {
      const t = this.text(`${key}[${i}]`, v);
      return t === null ? [] : [t];
    });
  }

  addresses(): ListAddress[] {
    const value = this.entry.addresses;
    if (typeof value === 'string' || value === null || value === undefined)
      return this.list('addresses').map(cslAddress);
    if (!Array.isArray(value)) return this.fail('"addresses" must be an array');
    return value.flatMap((a: unknown, i): ListAddress[] => {
      if (typeof a === 'string') return splitList(a).map(cslAddress);
      if (!isObject(a)) return this.fail(`"addresses[${i}]" must be an object`);
      const at = (k: string) => this.text(`addresses[${i}].${k}`, a[k]);
      const address: ListAddress = {
        address: at('address'),
        city: at('city'),
        stateOrProvince: at('state_or_province') ?? at('state'),
        postalCode: at('postal_code'),
        country: at('country'),
      };
      return Object.values(address).some((v) => v !== null) ? [address] : [];
    });
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Streams the entries of a CSL JSON file; `onRow` is told how many entries have been read. */
export async function* parseCslJson(
  input: Readable,
  file: string,
  onRow?: (n: number) => void,
): AsyncGenerator<ListEntry> {
  let rows = 0;
  for await (const { value, line } of jsonEntries(input as AsyncIterable<Buffer | string>, file)) {
    if (!isObject(value)) throw new ListParseError(file, line, 'an entry must be an object');
    const r = new EntryReader(value, file, line);
    rows++;
    onRow?.(rows);
    yield cslEntry(
      {
        source: r.text('source'),
        entityNumber: r.text('entity_number'),
        id: r.text('id') ?? r.text('_id'),
        type: r.text('type'),
        name: r.text('name'),
        programs: r.list('programs'),
        altNames: r.list('alt_names'),
        addresses: r.addresses(),
        federalRegisterNotice: r.text('federal_register_notice'),
        startDate: r.text('start_date'),
        licenseRequirement: r.text('license_requirement'),
        licensePolicy: r.text('license_policy'),
        remarks: r.text('remarks'),
        sourceListUrl: r.text('source_list_url'),
        sourceInformationUrl: r.text('source_information_url'),
      },
      file,
      line,
    );
  }
}

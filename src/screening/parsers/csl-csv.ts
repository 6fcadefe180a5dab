import type { Readable } from 'node:stream';
import { CSL_COLUMNS, cslEntry, type CslColumn } from './csl-entry';
import { csvRecords, type CsvRecord } from './csv-records';
import { ListParseError, type ListEntry } from './list-entry';
import { clean, cslAddress, splitList } from './text';

/**
 * trade.gov Consolidated Screening List, CSV. Two layouts are published: the 28 columns of CSL_COLUMNS
 * (e.g. the 2019 file) and the current one, `_id` followed by the same 28 (all fields quoted). Columns are
 * found by header name, so the layout is read from the header rather than guessed from the column count.
 */

type Layout = { index: Map<string, number>; width: number };

function readHeader(record: CsvRecord | undefined, file: string): Layout {
  if (!record) throw new ListParseError(file, 1, 'empty file: expected a CSL CSV header');
  const names = record.fields.map((f) => f.trim().toLowerCase());
  const index = new Map(names.map((n, i) => [n, i]));
  const expected = new Set<string>(CSL_COLUMNS);
  const missing = CSL_COLUMNS.filter((c) => !index.has(c));
  const unexpected = names.filter((n) => !expected.has(n) && n !== '_id');
  if (missing.length > 0 || unexpected.length > 0 || index.size !== names.length) {
    const parts = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : '',
      unexpected.length > 0 ? `unexpected ${unexpected.map((u) => JSON.stringify(u)).join(', ')}` : '',
      index.size !== names.length ? 'repeated column names' : '',
    ].filter(Boolean);
    throw new ListParseError(
      file,
      record.line,
      `not a CSL CSV header (the 28 CSL columns, optionally after _id): ${parts.join('; ')}`,
    );
  }
  return { index, width: names.length };
}

/**
 * Streams the entries of a CSL CSV file. `onRow` is told how many data rows have been read, for progress.
 * Multi-valued fields (programs, alt_names, addresses) are published joined with "; ".
 */
export async function* parseCslCsv(
  input: Readable,
  file: string,
  onRow?: (n: number) => void,
): AsyncGenerator<ListEntry> {
  const records = csvRecords(input as AsyncIterable<Buffer | string>, file);
  try {
    yield* entries(records, file, onRow);
  } finally {
    await records.return(undefined); // stops reading (and releases the stream) on an error or an early stop
  }
}

async function* entries(
  records: AsyncGenerator<CsvRecord>,
  file: string,
  onRow?: (n: number) => void,
): AsyncGenerator<ListEntry> {
  const first = await records.next();
  const layout = readHeader(first.done ? undefined : first.value, file);
  const get = (r: CsvRecord, column: CslColumn | '_id'): string | null => {
    const i = layout.index.get(column);
    return i === undefined ? null : clean(r.fields[i]);
  };
  let rows = 0;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const record = next.value;
    if (record.fields.length !== layout.width) {
      throw new ListParseError(
        file,
        record.line,
        `expected ${layout.width} fields, found ${record.fields.length}`,
      );
    }
    rows++;
    onRow?.(rows);
    yield cslEntry(
      {
        source: get(record, 'source'),
        entityNumber: get(record, 'entity_number'),
        id: get(record, '_id'),
        type: get(record, 'type'),
        name: get(record, 'name'),
        programs: splitList(get(record, 'programs')),
        altNames: splitList(get(record, 'alt_names')),
        addresses: splitList(get(record, 'addresses')).map(cslAddress),
        federalRegisterNotice: get(record, 'federal_register_notice'),
        startDate: get(record, 'start_date'),
        licenseRequirement: get(record, 'license_requirement'),
        licensePolicy: get(record, 'license_policy'),
        remarks: get(record, 'remarks'),
        sourceListUrl: get(record, 'source_list_url'),
        sourceInformationUrl: get(record, 'source_information_url'),
      },
      file,
      record.line,
    );
  }
}

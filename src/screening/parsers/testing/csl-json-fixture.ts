import { parse } from 'csv-parse/sync';

/**
 * Builds the CSL JSON test fixtures from the real CSL CSV samples (no CSL JSON file is in shared/data).
 * It is written apart from the parsers on purpose: csv-parse reads the CSV, and the JSON takes trade.gov's
 * shape (lists as arrays, addresses and ids as objects, empty values as null, `id` for the CSV's `_id`),
 * so parsing the JSON and parsing the CSV agreeing checks both readers, not one against itself.
 *
 * What the CSV cannot give back: it joins address parts with ", " and drops empty ones, so the fixture's
 * address objects carry the trailing ISO country and the rest as `address` (city, state and postal code
 * null), as the CSV parser reads them.
 */

type Row = Record<string, string>;

const nullable = (v: string | undefined): string | null =>
  v === undefined || v.trim() === '' ? null : v.trim();
const pieces = (v: string | undefined): string[] =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function address(piece: string) {
  const parts = piece.split(',').map((s) => s.trim());
  const last = parts.at(-1) ?? '';
  const country = /^[A-Z]{2}$/.test(last) ? (parts.pop() ?? null) : null;
  return {
    address: parts.length > 0 ? parts.join(', ') : null,
    city: null,
    state_or_province: null,
    postal_code: null,
    country,
  };
}

/** "US, 80-0890696, Tax ID No." as published in the CSV's ids column → trade.gov's id object. */
function id(piece: string) {
  const parts = piece.split(', ');
  const country = parts.length >= 3 && /^[A-Z]{2}$/.test(parts[0]!) ? (parts.shift() ?? null) : null;
  const type = parts.pop() ?? null;
  return {
    type,
    number: parts.length > 0 ? parts.join(', ') : null,
    country,
    issue_date: null,
    expiration_date: null,
  };
}

function entry(row: Row) {
  return {
    ...(row._id !== undefined ? { id: nullable(row._id) } : {}),
    source: nullable(row.source),
    entity_number: nullable(row.entity_number),
    type: nullable(row.type),
    programs: pieces(row.programs),
    name: nullable(row.name),
    title: nullable(row.title),
    addresses: pieces(row.addresses).map((p, i) => address(i > 0 ? p.replace(/^and\s+/, '') : p)),
    federal_register_notice: nullable(row.federal_register_notice),
    start_date: nullable(row.start_date),
    end_date: nullable(row.end_date),
    standard_order: nullable(row.standard_order),
    license_requirement: nullable(row.license_requirement),
    license_policy: nullable(row.license_policy),
    call_sign: nullable(row.call_sign),
    vessel_type: nullable(row.vessel_type),
    gross_tonnage: nullable(row.gross_tonnage),
    gross_registered_tonnage: nullable(row.gross_registered_tonnage),
    vessel_flag: nullable(row.vessel_flag),
    vessel_owner: nullable(row.vessel_owner),
    remarks: nullable(row.remarks),
    source_list_url: nullable(row.source_list_url),
    alt_names: pieces(row.alt_names).map((p, i) => (i > 0 ? p.replace(/^and\s+/, '') : p)),
    citizenships: pieces(row.citizenships),
    dates_of_birth: pieces(row.dates_of_birth),
    nationalities: pieces(row.nationalities),
    places_of_birth: pieces(row.places_of_birth),
    source_information_url: nullable(row.source_information_url),
    ids: pieces(row.ids).map(id),
  };
}

/**
 * The JSON text of a CSL CSV: `{"total", "sources_used", "results"}` like trade.gov's download, or a bare
 * array. Pretty-printed, so that entries start on distinct lines as in the published file.
 */
export function cslCsvToJson(csv: string, layout: 'results' | 'array'): string {
  const rows = parse(csv, { columns: true, bom: true }) as Row[];
  const results = rows.map(entry);
  const sources = [...new Set(rows.map((r) => r.source ?? ''))].sort();
  const body =
    layout === 'array'
      ? results
      : {
          total: results.length,
          sources_used: sources.map((source) => ({
            source,
            source_last_updated: null,
            import_rate: 'Hourly',
          })),
          results,
        };
  return `${JSON.stringify(body, null, 2)}\n`;
}

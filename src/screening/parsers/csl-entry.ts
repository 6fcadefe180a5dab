import { createHash } from 'node:crypto';
import { normaliseListName } from '../../policies/engine/derive';
import { ListParseError, type ListAddress, type ListEntry } from './list-entry';
import { remarkNames, uniqueAltNames } from './text';

/**
 * What the CSL CSV and JSON readers agree on once each has read its own layout: the fields a ListEntry is
 * made of, already split into lists. Building the entry in one place keeps the two formats identical.
 */
export interface CslFields {
  source: string | null;
  entityNumber: string | null;
  /** trade.gov's opaque id (`_id` in the current CSV, `id`/`_id` in JSON); absent in the 2019 layout. */
  id: string | null;
  type: string | null;
  name: string | null;
  programs: string[];
  altNames: string[];
  addresses: ListAddress[];
  federalRegisterNotice: string | null;
  startDate: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  remarks: string | null;
  sourceListUrl: string | null;
  sourceInformationUrl: string | null;
}

/** The 28 columns of the CSL CSV, in published order; the current file puts `_id` before them. */
export const CSL_COLUMNS = [
  'source',
  'entity_number',
  'type',
  'programs',
  'name',
  'title',
  'addresses',
  'federal_register_notice',
  'start_date',
  'end_date',
  'standard_order',
  'license_requirement',
  'license_policy',
  'call_sign',
  'vessel_type',
  'gross_tonnage',
  'gross_registered_tonnage',
  'vessel_flag',
  'vessel_owner',
  'remarks',
  'source_list_url',
  'alt_names',
  'citizenships',
  'dates_of_birth',
  'nationalities',
  'places_of_birth',
  'source_information_url',
  'ids',
] as const;
export type CslColumn = (typeof CSL_COLUMNS)[number];

/**
 * Rows of non-Treasury lists in the 28-column layout have neither an entity number nor an id, but a list
 * version needs a stable key per entry to diff versions. The key hashes what identifies the party on its
 * list (list, name, addresses, start date), not what is amended in place (notices, remarks), so an amended
 * entry shows as changed rather than as removed and added. Rows that repeat all of these are the same entry.
 */
function derivedKey(
  source: string,
  name: string,
  addresses: readonly ListAddress[],
  startDate: string | null,
): string {
  const places = addresses.map((a) =>
    [a.address, a.city, a.stateOrProvince, a.postalCode, a.country].join('|'),
  );
  const basis = [source, name, places.join(';'), startDate ?? ''].join('\u0000');
  return `csl-${createHash('sha256').update(basis).digest('hex').slice(0, 24)}`;
}

/** Published addresses carry stray spacing ("Titangata 1, 1630 , Fredrikstad", "Wyecroft  Rd."). */
const tidy = (v: string | null): string | null =>
  v === null ? null : v.replace(/\s+/g, ' ').replace(/ ,/g, ',');
const tidyAddress = (a: ListAddress): ListAddress => ({
  address: tidy(a.address),
  city: tidy(a.city),
  stateOrProvince: tidy(a.stateOrProvince),
  postalCode: tidy(a.postalCode),
  country: tidy(a.country),
});

/** A validated ListEntry from CSL fields; `line` is where the row or entry starts, for the error. */
export function cslEntry(f: CslFields, file: string, line: number): ListEntry {
  if (!f.source) throw new ListParseError(file, line, 'empty source');
  if (!f.name) throw new ListParseError(file, line, 'empty name');
  const fromRemarks = remarkNames(f.remarks);
  const addresses = f.addresses.map(tidyAddress);
  return {
    source: normaliseListName(f.source),
    sourceRaw: f.source,
    entityNumber: f.entityNumber ?? f.id ?? derivedKey(f.source, f.name, addresses, f.startDate),
    type: f.type ? f.type.toLowerCase() : null,
    name: f.name,
    altNames: uniqueAltNames([...f.altNames.map((name) => ({ name, type: null })), ...fromRemarks.altNames]),
    programs: f.programs,
    addresses,
    federalRegisterNotice: f.federalRegisterNotice,
    startDate: f.startDate,
    licenseRequirement: f.licenseRequirement,
    licensePolicy: f.licensePolicy,
    remarks: f.remarks,
    linkedTo: fromRemarks.linkedTo,
    sourceListUrl: f.sourceListUrl,
    sourceInformationUrl: f.sourceInformationUrl,
  };
}

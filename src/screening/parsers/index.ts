/**
 * Parsers of the published restricted-party list formats. Each streams its input and yields ListEntry
 * values; a malformed file fails with a ListParseError naming the file, line and reason.
 */
export { countRows } from './count-rows';
export { CSL_COLUMNS } from './csl-entry';
export { parseCslCsv } from './csl-csv';
export { parseCslJson } from './csl-json';
export { ListParseError, type ListAddress, type ListAltName, type ListEntry } from './list-entry';
export { parseOfacSet, type OfacFiles, type OfacSetSource } from './ofac';
export {
  consolidatedList,
  OFAC_LIST_NAMES,
  recogniseOfacFiles,
  type OfacFileNames,
  type OfacList,
} from './ofac-lists';

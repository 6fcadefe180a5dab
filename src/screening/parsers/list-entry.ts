/**
 * The one shape every list parser yields, whatever the published format (trade.gov CSL CSV/JSON, OFAC SDN
 * and consolidated non-SDN CSV sets), so that versioning, diffing and matching never look at formats.
 */

export interface ListAddress {
  address: string | null;
  city: string | null;
  stateOrProvince: string | null;
  postalCode: string | null;
  /** As published: ISO alpha-2 in the CSL, a country name in OFAC's add.csv. */
  country: string | null;
}

export interface ListAltName {
  name: string;
  /**
   * 'aka' | 'fka' | 'nka' from OFAC alt.csv; 'weak aka' | 'weak fka' | 'weak nka' for the quoted names
   * OFAC keeps in remarks (its "weak AKAs": nicknames, handles, short forms, which a matcher may weigh
   * less); null where the list does not say (CSL alt_names).
   */
  type: string | null;
}

export interface ListEntry {
  /** Our list vocabulary (normaliseListName), e.g. 'OFAC SDN', 'BIS Entity List'. */
  source: string;
  /** The list's name as published (CSL `source`); for OFAC files, which carry none, the CSL name of the list. */
  sourceRaw: string;
  /** CSL entity_number, else the CSL id (`_id`/`id`), else a content-derived key; OFAC ent_num. */
  entityNumber: string;
  /** individual | entity | vessel | aircraft; null where the list does not say. */
  type: string | null;
  name: string;
  altNames: ListAltName[];
  programs: string[];
  addresses: ListAddress[];
  federalRegisterNotice: string | null;
  startDate: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  remarks: string | null;
  /** Parties named by "Linked To:" in the remarks. */
  linkedTo: string[];
  sourceListUrl: string | null;
  sourceInformationUrl: string | null;
}

/** A file that is not what its format promises. The import fails and names the place so a person can look. */
export class ListParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}: ${reason}`);
    this.name = 'ListParseError';
  }
}

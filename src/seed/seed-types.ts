import type {
  Allegation,
  Certification,
  DataHandling,
  Designation,
  Fact,
  Provenance,
  PublicBan,
} from '../common/provenance';

export const OFFERING_MODES = ['vendor_api', 'cloud_marketplace', 'self_hosted'] as const;
export type OfferingMode = (typeof OFFERING_MODES)[number];

export const ENTITY_ROLES = ['parent', 'subsidiary', 'contracting', 'affiliate', 'operator'] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];

/**
 * Seed records use stable `key`s (slugs) so that `npm run seed` can upsert by natural key and a second
 * run changes nothing.
 */
export interface SeedVendor {
  key: string;
  name: string;
  nativeName?: string;
  aliases: string[];
  /** Hosts (optionally with a path prefix, e.g. `github.com/MiniMax-AI`) whose pages count as the vendor's own. */
  officialDomains: string[];
  hqCountry: string;
  website?: string;
  certifications: Certification[];
  dataHandling: DataHandling;
  designations: Designation[];
  publicBans: PublicBan[];
  allegations: Allegation[];
  /** Signatory of the EU GPAI Code of Practice. */
  gpaiCodeSignatory: Fact<boolean>;
  entities: SeedEntity[];
  models: SeedModel[];
}

export interface SeedOwner {
  /** key of another entity of the same vendor */
  ownerKey: string;
  /** percent owned; value null when the share is unknown */
  percent: Fact<number>;
}

export interface SeedEntity {
  key: string;
  name: string;
  nativeName?: string;
  aliases?: string[];
  country: string;
  roles: EntityRole[];
  owners: SeedOwner[];
  source?: Provenance;
  status: Fact<boolean>['status'];
}

export interface SeedBenchmark {
  name: string;
  value: string;
  status: Fact<boolean>['status'];
  source?: Provenance;
}

export interface SeedModel {
  key: string;
  name: string;
  version?: string;
  releaseDate: Fact<string>;
  openWeights: Fact<boolean>;
  license: Fact<string>;
  /** billions of parameters */
  paramsTotalB: Fact<number>;
  paramsActiveB: Fact<number>;
  contextWindow: Fact<number>;
  modalities: string[];
  trainingHardware: Fact<string>;
  benchmarks: SeedBenchmark[];
  offerings: SeedOffering[];
}

export interface SeedOffering {
  key: string;
  name: string;
  mode: OfferingMode;
  /** For cloud marketplaces: who hosts it (e.g. 'Amazon Bedrock'). */
  host?: string;
  /** key of the vendor entity that signs the contract; null when unknown or not applicable (self-hosted). */
  contractingEntityKey: string | null;
  /** ISO alpha-2 codes where customer data rests; Fact value null = unknown. Self-hosted: [] (set per review). */
  storageRegions: Fact<string[]>;
  /** ISO alpha-2 codes where inference runs. */
  inferenceRegions: Fact<string[]>;
  priceInputPer1M: Fact<number>;
  priceOutputPer1M: Fact<number>;
  currency: string;
  /** ISO date the price was read. */
  priceAsOf?: string;
  endpoint?: string;
  /** Overrides of the vendor's data handling for this offering (e.g. a cloud marketplace's own terms). */
  dataHandling?: DataHandling;
}

import type {
  Allegation,
  Certification,
  DataHandling,
  Designation,
  Fact,
  FactStatus,
  Provenance,
  PublicBan,
} from '../../common/provenance';
import type { Snapshot } from '../../evaluation/context-builder.service';
import type { StoredResult } from '../../evaluation/evaluation.service';
import type { Decision } from '../../policies/engine/result-types';
import type { UseCaseInput } from '../../reviews/dto/review.dto';
import type { ModelEntity } from '../../models/model.entity';
import type { OfferingEntity } from '../../models/offering.entity';

/**
 * What a report is rendered from: one evaluation of a review, the review itself, the vendor profile as
 * registered, and the alternatives to compare costs with. Plain JSON (dates as ISO 8601 strings), so the
 * report job can assemble it from rows and a test can load it from a fixture file.
 *
 * The decision rests on the evaluation's snapshot; the vendor profile adds what the snapshot does not carry
 * (native names, ownership edges with owner names, model facts such as parameters). Capture the profile
 * when the evaluation is made and store it with the report, or the same evaluation may render differently
 * after a registry edit.
 */
export interface ReportInput {
  review: {
    id: string;
    /** Name of the API key (or person) that submitted the review. */
    submittedBy: string;
    createdAt: string;
    useCase: UseCaseInput;
    status: string;
    decision: Decision | null;
    signOffs: ReportSignOffInput[];
  };
  evaluation: {
    id: string;
    createdAt: string;
    trigger: string;
    packHash: string;
    snapshotHash: string;
    snapshot: StoredSnapshot;
    result: StoredResult;
  };
  vendorProfile: VendorProfile;
  /** Other offerings for the same use case, for the cost comparison (cost at this review's volume). */
  alternatives: AlternativeInput[];
  /** Whom the report is prepared for (e.g. "Legal — EMEA"); printed on the cover. */
  generatedFor?: string;
}

/** The stored snapshot also names the pack it was evaluated against. */
export type StoredSnapshot = Snapshot & { pack?: { id: string; version: string; contentHash: string } };

export interface ReportSignOffInput {
  action: 'sign_off' | 'override';
  decision: string;
  justification: string;
  byName: string;
  createdAt: string;
}

export interface VendorProfile {
  vendor: {
    name: string;
    nativeName: string | null;
    aliases: string[];
    officialDomains: string[];
    hqCountry: string;
    website: string | null;
    certifications: Certification[];
    dataHandling: DataHandling;
    designations: Designation[];
    publicBans: PublicBan[];
    allegations: Allegation[];
    gpaiCodeSignatory: Fact<boolean>;
  };
  entities: ProfileEntity[];
  model: ProfileModel;
  offering: ProfileOffering;
}

export interface ProfileEntity {
  id: string;
  name: string;
  nativeName: string | null;
  aliases: string[];
  country: string;
  roles: string[];
  status: FactStatus;
  source: Provenance | null;
  /** Ownership edges with the owner's name resolved (the registry stores the owner's entity id). */
  owners: { ownerName: string; percent: number | null; status: FactStatus; source?: Provenance }[];
}

/** The registry's model and offering rows as captured for the report (their JSON fields, no timestamps). */
export type ProfileModel = Pick<
  ModelEntity,
  | 'name'
  | 'modelVersion'
  | 'releaseDate'
  | 'openWeights'
  | 'license'
  | 'paramsTotalB'
  | 'paramsActiveB'
  | 'contextWindow'
  | 'modalities'
  | 'trainingHardware'
  | 'benchmarks'
>;

export type ProfileOffering = Pick<
  OfferingEntity,
  | 'name'
  | 'mode'
  | 'host'
  | 'contractingEntityId'
  | 'storageRegions'
  | 'inferenceRegions'
  | 'priceInputPer1M'
  | 'priceOutputPer1M'
  | 'currency'
  | 'priceAsOf'
  | 'endpoint'
  | 'dataHandling'
>;

export interface AlternativeInput {
  vendor: string;
  model: string;
  offering: string;
  /** The alternative's current decision for the same use case; null when never evaluated. */
  decision: Decision | null;
  /** Monthly cost at this review's token volume; null when its prices are unknown. */
  monthlyCost: number | null;
  currency: string;
}

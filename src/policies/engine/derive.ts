import type { DataHandling, Fact } from '../../common/provenance';
import {
  PERSONAL_DATA_CLASSES,
  RESTRICTED_LISTS,
  type DataClass,
  type DataHandlingFacts,
  type GroupFacts,
  type JurisdictionFacts,
} from './context';

/**
 * Pure helpers the evaluation service uses to derive context fields from registry records. They live with
 * the engine because the rules' meaning depends on them (e.g. how ownership aggregates).
 */

/** A fact's value, or null when nobody knows it. */
export function factValue<T>(fact: Fact<T> | undefined): T | null {
  return fact && fact.status !== 'unknown' && fact.value !== null ? fact.value : null;
}

/** Effective data handling: an offering's own value (when it has one) wins over the vendor's, per field. */
export function effectiveDataHandling(
  vendor: DataHandling,
  offering?: DataHandling | null,
): DataHandlingFacts {
  const pick = <K extends keyof DataHandlingFacts>(key: K): DataHandlingFacts[K] => {
    const own = offering?.[key];
    const chosen = own && own.status !== 'unknown' ? own : vendor[key];
    return factValue(chosen as Fact<NonNullable<DataHandlingFacts[K]>> | undefined) as DataHandlingFacts[K];
  };
  return {
    trainsOnCustomerData: pick('trainsOnCustomerData'),
    retentionDays: pick('retentionDays'),
    zeroDataRetentionAvailable: pick('zeroDataRetentionAvailable'),
    dpaAvailable: pick('dpaAvailable'),
    sccsOffered: pick('sccsOffered'),
    subProcessorsPublished: pick('subProcessorsPublished'),
  };
}

/** Maps CSL source names ('Entity List (EL) - Bureau of Industry and Security') and codes onto RESTRICTED_LISTS. */
export function normaliseListName(source: string): string {
  const code = /\(([A-Z-]+)\)/.exec(source)?.[1] ?? source.trim();
  const byCode: Record<string, string> = {
    SDN: 'OFAC SDN',
    CMIC: 'OFAC NS-CMIC',
    'NS-CMIC': 'OFAC NS-CMIC',
    EL: 'BIS Entity List',
    MEU: 'BIS MEU',
    UVL: 'BIS UVL',
    DPL: 'BIS DPL',
  };
  return byCode[code] ?? source.trim();
}

/** Derived use-case helpers: personalData, euSubjects, usSubjects. */
export function deriveUseCaseFlags(
  dataClasses: readonly DataClass[],
  dataSubjectRegions: readonly string[],
  jurisdictions: Readonly<Record<string, Pick<JurisdictionFacts, 'eea'>>>,
): { personalData: boolean; euSubjects: boolean; usSubjects: boolean } {
  return {
    personalData: dataClasses.some((c) => PERSONAL_DATA_CLASSES.includes(c)),
    euSubjects: dataSubjectRegions.some((r) => r === 'EU' || r === 'EEA' || jurisdictions[r]?.eea === true),
    usSubjects: dataSubjectRegions.includes('US'),
  };
}

export interface OwnershipEntity {
  id: string;
  name: string;
  country: string;
  /** 'parent' marks a top of the group: its having no owners is a fact, not a gap. */
  roles: readonly string[];
  owners: readonly { ownerEntityId: string; percent: number | null }[];
}

export interface GroupInput {
  hqCountry: string;
  entities: readonly OwnershipEntity[];
  contractingEntityId: string | null;
  /** Is this country a 28 CFR 202.601 country of concern? null when the registry does not know. */
  isCountryOfConcern: (alpha2: string) => boolean | null;
  /** Per list name: ids of group entities on that list (designations and confirmed screening hits). */
  listedEntityIds: Readonly<Record<string, readonly string[]>>;
}

type Bounds = [lo: number, hi: number];
type Taint = (e: OwnershipEntity) => boolean | null;

/**
 * Aggregated % of `targetId` owned by tainted entities, as [lower, upper] bounds. An entity owned ≥50% by
 * tainted owners is itself tainted and its holdings count in full — how the OFAC 50% rule, the BIS
 * Affiliates Rule and 28 CFR 202.211 aggregate. Unknown percentages, unknown taint, cycles and entities
 * whose owners were never recorded (no owners, not a parent) widen the bounds instead of counting as 0.
 */
function ownershipBounds(
  byId: ReadonlyMap<string, OwnershipEntity>,
  targetId: string,
  taint: Taint,
  taintPossibleOutsideGraph: boolean,
): Bounds {
  const memo = new Map<string, Bounds>();
  const visiting = new Set<string>();
  const visit = (id: string): Bounds => {
    const cached = memo.get(id);
    if (cached) return cached;
    const entity = byId.get(id);
    if (!entity || visiting.has(id)) return [0, 100]; // outside the graph, or a cycle: not knowable here
    const tainted = taint(entity);
    if (tainted === true) return [100, 100];
    visiting.add(id);
    let lo = 0;
    let hi = 0;
    for (const edge of entity.owners) {
      const [ownerLo, ownerHi] = visit(edge.ownerEntityId);
      if (ownerLo >= 50) lo += edge.percent ?? 0;
      if (ownerHi >= 50) hi += edge.percent ?? 100;
    }
    visiting.delete(id);
    const unrecordedOwners = entity.owners.length === 0 && !entity.roles.includes('parent');
    if (tainted === null || (unrecordedOwners && taintPossibleOutsideGraph)) hi = 100;
    const result: Bounds = [Math.min(100, lo), Math.min(100, hi)];
    memo.set(id, result);
    return result;
  };
  return visit(targetId);
}

/** A single value where the bounds allow one: exact, or a lower bound that already reaches 50%. */
function boundedValue([lo, hi]: Bounds): number | null {
  if (lo === hi || lo >= 50) return lo;
  return null;
}

export function deriveGroupFacts(input: GroupInput): GroupFacts {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const contracting = input.contractingEntityId ? byId.get(input.contractingEntityId) : undefined;
  const hqInCountryOfConcern = input.isCountryOfConcern(input.hqCountry);

  // With no contracting entity we cannot aggregate; but if nobody in the group can be tainted, nobody in
  // the group can own it either, and 0 is a known answer.
  const aggregate = (taint: Taint, outside: boolean): number | null => {
    if (contracting) return boundedValue(ownershipBounds(byId, contracting.id, taint, outside));
    const anyPossible = outside || input.entities.some((e) => taint(e) !== false);
    return anyPossible ? null : 0;
  };

  const cocTaint: Taint = (e) => input.isCountryOfConcern(e.country);
  const countryOfConcernOwnership = aggregate(cocTaint, hqInCountryOfConcern !== false);

  const listedOwnership: Record<string, number> = {};
  const lists = [...new Set([...RESTRICTED_LISTS, ...Object.keys(input.listedEntityIds)])].sort();
  for (const list of lists) {
    const ids = new Set(input.listedEntityIds[list] ?? []);
    // Designations name entities in the graph, so an unrecorded owner cannot be a listed one we know of.
    const value = aggregate((e) => ids.has(e.id), false);
    if (value !== null) listedOwnership[list] = value;
  }

  const contractingCoC = contracting ? input.isCountryOfConcern(contracting.country) : null;
  return {
    entityCountries: [...new Set([input.hqCountry, ...input.entities.map((e) => e.country)])].sort(),
    hqInCountryOfConcern,
    countryOfConcernOwnership,
    // A contracting entity whose country's status is unknown cannot be judged: leave the whole entity unknown.
    contractingEntity:
      contracting && contractingCoC !== null
        ? { name: contracting.name, country: contracting.country, countryOfConcern: contractingCoC }
        : null,
    listedOwnership,
  };
}

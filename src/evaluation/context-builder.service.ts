import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../common/errors';
import type { Fact, Provenance } from '../common/provenance';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { ModelEntity } from '../models/model.entity';
import { OfferingEntity } from '../models/offering.entity';
import type {
  EvaluationContext,
  JurisdictionFacts,
  ResidencyRuleFacts,
  ScreeningFacts,
} from '../policies/engine/context';
import {
  deriveGroupFacts,
  deriveUseCaseFlags,
  effectiveDataHandling,
  factValue,
  normaliseListName,
} from '../policies/engine/derive';
import { ResidencyRuleEntity } from '../residency/residency-rule.entity';
import type { UseCaseInput } from '../reviews/dto/review.dto';
import { LegalEntityEntity } from '../vendors/legal-entity.entity';
import { VendorEntity } from '../vendors/vendor.entity';
import type { VendorProfile } from '../reports/render/report-input';
import { ScreeningContextProvider } from './screening-context.provider';

export interface ReviewSubject {
  vendorId: string;
  modelId: string;
  offeringId: string;
  selfHostedRegion?: string | null;
  useCase: UseCaseInput;
}

export type ProvenanceEntry =
  { status: string; source?: Provenance | null } | { status: string; source?: Provenance | null }[];

/** The evaluation's input: the context the rules read, and where each fact came from. */
export interface Snapshot {
  context: EvaluationContext;
  /** Fact path (or path prefix) → provenance of the registry fact behind it. */
  provenance: Record<string, ProvenanceEntry>;
  subject: {
    vendor: string;
    vendorId: string;
    model: string;
    modelId: string;
    offering: string;
    offeringId: string;
  };
  listVersions: string[];
  /**
   * The registry as it stood for this evaluation (vendor, group with owner names, model, offering), so a
   * report of this evaluation renders the same after later registry edits.
   */
  profile: VendorProfile;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const prov = (f: Pick<Fact<unknown>, 'status' | 'source'> | undefined): ProvenanceEntry => ({
  status: f?.status ?? 'unknown',
  source: f?.source ?? null,
});

/**
 * Reads the registry once and assembles the evaluation context of a review: effective data handling,
 * the ownership graph's derived facts, the regimes of every country involved, the organisation's residency
 * rules and the screening state. Everything the rules may read is in the snapshot, so the evaluation can
 * be re-run from it alone.
 */
@Injectable()
export class ContextBuilder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly screening: ScreeningContextProvider,
  ) {}

  async build(subject: ReviewSubject, asOf: Date): Promise<Snapshot> {
    const em = this.db.manager;
    const vendor = await em.findOneBy(VendorEntity, { id: subject.vendorId });
    const model = await em.findOneBy(ModelEntity, { id: subject.modelId });
    const offering = await em.findOneBy(OfferingEntity, { id: subject.offeringId });
    if (!vendor || !model || !offering || model.vendorId !== vendor.id || offering.modelId !== model.id) {
      throw new DomainError('validation_failed', 'Request validation failed', [
        { field: 'offeringId', messages: ['vendor, model and offering must exist and belong together'] },
      ]);
    }
    const selfHosted = offering.mode === 'self_hosted';
    if (selfHosted && !subject.selfHostedRegion) {
      throw new DomainError('validation_failed', 'Request validation failed', [
        {
          field: 'selfHostedRegion',
          messages: ['a self-hosted offering needs the region where you will run it'],
        },
      ]);
    }
    const entities = await em.find(LegalEntityEntity, {
      where: { vendorId: vendor.id },
      order: { slug: 'ASC' },
    });
    const residencyRows = await em.find(ResidencyRuleEntity, { order: { dataClass: 'ASC' } });
    const screening: ScreeningFacts & { listedEntityIds: Record<string, string[]> } =
      await this.screening.forVendor(vendor, entities);

    const storage = selfHosted ? [subject.selfHostedRegion!] : factValue(offering.storageRegions);
    const inference = selfHosted ? [subject.selfHostedRegion!] : factValue(offering.inferenceRegions);

    // Designations name legal entities; a designation of an entity in the graph taints it for aggregation.
    const listed: Record<string, string[]> = {};
    for (const d of vendor.designations.filter((x) => x.status !== 'unknown')) {
      const name = d.entityName.trim().toLowerCase();
      const hit = entities.find((e) =>
        [e.name, e.nativeName ?? '', ...e.aliases].some((n) => n.trim().toLowerCase() === name),
      );
      if (hit) (listed[normaliseListName(d.list)] ??= []).push(hit.id);
    }
    for (const [list, ids] of Object.entries(screening.listedEntityIds)) (listed[list] ??= []).push(...ids);
    for (const list of Object.keys(listed)) listed[list] = [...new Set(listed[list])].sort();

    const regions = subject.useCase.dataSubjectRegions.filter((r) => r !== 'EU' && r !== 'EEA');
    const residencyCountries = residencyRows
      .flatMap((r) => [...r.allowed, ...r.prohibited])
      .filter((r) => r !== 'EU' && r !== 'EEA');
    const codes = [
      ...new Set([
        vendor.hqCountry,
        ...entities.map((e) => e.country),
        ...(storage ?? []),
        ...(inference ?? []),
        ...regions,
        ...residencyCountries,
        ...vendor.publicBans.map((b) => b.country),
      ]),
    ].sort();
    const jurisdictionRows = await em.find(JurisdictionEntity, { where: { alpha2: In(codes) } });
    const jurisdictions: Record<string, JurisdictionFacts> = {};
    for (const j of jurisdictionRows.sort((a, b) => a.alpha2.localeCompare(b.alpha2))) {
      jurisdictions[j.alpha2] = {
        name: j.name,
        euAdequacy: j.eeaMember ? 'eea' : (j.euAdequacy?.scope ?? null),
        euMember: j.euMember,
        eea: j.eeaMember,
        countryOfConcern: j.dojCountryOfConcern?.value ?? null,
        foreignAdversary: j.foreignAdversary?.value ?? null,
        governmentAccessLaws: j.governmentAccessLaws.map((l) => l.name).sort(),
      };
    }
    const residency: EvaluationContext['residency'] = {};
    for (const r of residencyRows) {
      residency[r.dataClass as keyof EvaluationContext['residency']] = {
        allowed: [...r.allowed].sort(),
        prohibited: [...r.prohibited].sort(),
        requiredMechanisms: [...r.requiredMechanisms].sort(),
      } satisfies ResidencyRuleFacts;
    }

    const known = <T extends { status: string }>(xs: T[]) => xs.filter((x) => x.status !== 'unknown');
    const uc = subject.useCase;
    const context: EvaluationContext = {
      asOf: isoDate(asOf),
      vendor: {
        name: vendor.name,
        hqCountry: vendor.hqCountry,
        certifications: vendor.certifications.length
          ? known(vendor.certifications)
              .map((c) => c.name)
              .sort()
          : null,
        dataHandling: selfHosted
          ? // Self-hosted weights never reach the vendor: nothing is retained, trained on or sub-processed by it.
            {
              trainsOnCustomerData: false,
              retentionDays: 0,
              zeroDataRetentionAvailable: true,
              dpaAvailable: null,
              sccsOffered: null,
              subProcessorsPublished: null,
            }
          : effectiveDataHandling(vendor.dataHandling, offering.dataHandling),
        designations: known(vendor.designations).map((d) => ({
          list: normaliseListName(d.list),
          entityName: d.entityName,
          citation: d.citation ?? null,
          effective: d.effective ?? null,
          status: d.status as 'official' | 'secondary' | 'unverified',
        })),
        publicBans: known(vendor.publicBans).map((b) => ({
          authority: b.authority,
          country: b.country,
          scope: b.scope,
          status: b.status as 'official' | 'secondary' | 'unverified',
        })),
        allegations: known(vendor.allegations).map((a) => ({
          kind: a.kind,
          summary: a.summary,
          status: a.status as 'official' | 'secondary' | 'unverified',
        })),
        gpaiCodeSignatory: factValue(vendor.gpaiCodeSignatory),
      },
      group: deriveGroupFacts({
        hqCountry: vendor.hqCountry,
        entities: entities.map((e) => ({
          id: e.id,
          name: e.name,
          country: e.country,
          roles: e.roles,
          owners: e.owners,
        })),
        contractingEntityId: offering.contractingEntityId,
        isCountryOfConcern: (c) => jurisdictions[c]?.countryOfConcern ?? null,
        listedEntityIds: listed,
      }),
      model: {
        name: model.name,
        openWeights: factValue(model.openWeights),
        license: factValue(model.license),
        paramsTotalB: factValue(model.paramsTotalB),
        trainingHardware: factValue(model.trainingHardware),
      },
      offering: {
        name: offering.name,
        mode: offering.mode,
        host: offering.host,
        storageRegions: storage ? [...storage].sort() : null,
        inferenceRegions: inference ? [...inference].sort() : null,
        priceInputPer1M: factValue(offering.priceInputPer1M),
        priceOutputPer1M: factValue(offering.priceOutputPer1M),
        currency: offering.currency,
      },
      jurisdictions,
      screening: { status: screening.status, hits: screening.hits, listVersions: screening.listVersions },
      residency,
      useCase: {
        name: uc.name,
        purpose: uc.purpose,
        dataClasses: [...uc.dataClasses].sort(),
        dataSubjectRegions: [...uc.dataSubjectRegions].sort(),
        recordsPerYear: Object.fromEntries(
          Object.entries(uc.recordsPerYear).sort(([a], [b]) => a.localeCompare(b)),
        ),
        criticality: uc.criticality,
        sector: uc.sector,
        publicSector: uc.publicSector,
        monthlyTokens: { input: uc.monthlyTokens.input, output: uc.monthlyTokens.output },
        ...deriveUseCaseFlags(uc.dataClasses, uc.dataSubjectRegions, jurisdictions),
      },
    };

    const dh = vendor.dataHandling;
    const odh = offering.dataHandling;
    const pickDh = (k: keyof typeof dh) =>
      odh[k] && odh[k].status !== 'unknown' ? prov(odh[k]) : prov(dh[k]);
    const provenance: Record<string, ProvenanceEntry> = {
      'vendor.designations': vendor.designations.map((d) => ({ status: d.status, source: d.source ?? null })),
      'vendor.publicBans': vendor.publicBans.map((d) => ({ status: d.status, source: d.source ?? null })),
      'vendor.allegations': vendor.allegations.map((d) => ({ status: d.status, source: d.source ?? null })),
      'vendor.certifications': vendor.certifications.map((d) => ({
        status: d.status,
        source: d.source ?? null,
      })),
      'vendor.gpaiCodeSignatory': prov(vendor.gpaiCodeSignatory),
      'model.openWeights': prov(model.openWeights),
      'model.license': prov(model.license),
      'model.paramsTotalB': prov(model.paramsTotalB),
      'model.trainingHardware': prov(model.trainingHardware),
      'offering.priceInputPer1M': prov(offering.priceInputPer1M),
      'offering.priceOutputPer1M': prov(offering.priceOutputPer1M),
      group: entities.map((e) => ({ status: e.status, source: e.source })),
    };
    if (!selfHosted) {
      provenance['offering.storageRegions'] = prov(offering.storageRegions);
      provenance['offering.inferenceRegions'] = prov(offering.inferenceRegions);
      for (const k of Object.keys(context.vendor.dataHandling) as (keyof typeof dh)[])
        provenance[`vendor.dataHandling.${k}`] = pickDh(k);
    }
    for (const j of jurisdictionRows) {
      provenance[`jurisdictions.${j.alpha2}.euAdequacy`] = {
        status: 'secondary',
        source: j.euAdequacy?.source ?? null,
      };
      provenance[`jurisdictions.${j.alpha2}.countryOfConcern`] = {
        status: j.dojCountryOfConcern.status,
        source: j.dojCountryOfConcern.source ?? null,
      };
      provenance[`jurisdictions.${j.alpha2}.governmentAccessLaws`] = j.governmentAccessLaws.map((l) => ({
        status: l.status,
        source: l.source ?? null,
      }));
    }

    return {
      context,
      provenance: Object.fromEntries(Object.entries(provenance).sort(([a], [b]) => a.localeCompare(b))),
      subject: {
        vendor: vendor.name,
        vendorId: vendor.id,
        model: model.name,
        modelId: model.id,
        offering: offering.name,
        offeringId: offering.id,
      },
      listVersions: screening.listVersions,
      profile: profileOf(vendor, entities, model, offering),
    };
  }
}

function profileOf(
  vendor: VendorEntity,
  entities: LegalEntityEntity[],
  model: ModelEntity,
  offering: OfferingEntity,
): VendorProfile {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return {
    vendor: {
      name: vendor.name,
      nativeName: vendor.nativeName,
      aliases: vendor.aliases,
      officialDomains: vendor.officialDomains,
      hqCountry: vendor.hqCountry,
      website: vendor.website,
      certifications: vendor.certifications,
      dataHandling: vendor.dataHandling,
      designations: vendor.designations,
      publicBans: vendor.publicBans,
      allegations: vendor.allegations,
      gpaiCodeSignatory: vendor.gpaiCodeSignatory,
    },
    entities: entities.map((e) => ({
      id: e.id,
      name: e.name,
      nativeName: e.nativeName,
      aliases: e.aliases,
      country: e.country,
      roles: e.roles,
      status: e.status,
      source: e.source,
      owners: e.owners.map((o) => ({
        ownerName: names.get(o.ownerEntityId) ?? o.ownerEntityId,
        percent: o.percent,
        status: o.status,
        ...(o.source ? { source: o.source } : {}),
      })),
    })),
    model: {
      name: model.name,
      modelVersion: model.modelVersion,
      releaseDate: model.releaseDate,
      openWeights: model.openWeights,
      license: model.license,
      paramsTotalB: model.paramsTotalB,
      paramsActiveB: model.paramsActiveB,
      contextWindow: model.contextWindow,
      modalities: model.modalities,
      trainingHardware: model.trainingHardware,
      benchmarks: model.benchmarks,
    },
    offering: {
      name: offering.name,
      mode: offering.mode,
      host: offering.host,
      contractingEntityId: offering.contractingEntityId,
      storageRegions: offering.storageRegions,
      inferenceRegions: offering.inferenceRegions,
      priceInputPer1M: offering.priceInputPer1M,
      priceOutputPer1M: offering.priceOutputPer1M,
      currency: offering.currency,
      priceAsOf: offering.priceAsOf,
      endpoint: offering.endpoint,
      dataHandling: offering.dataHandling,
    },
  };
}

/** Provenance of a fact path: the exact entry, or the longest prefix that has one. */
export function provenanceFor(index: Record<string, ProvenanceEntry>, path: string): ProvenanceEntry | null {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    if (index[p]) return index[p];
  }
  return null;
}

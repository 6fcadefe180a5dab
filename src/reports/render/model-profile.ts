import type { Fact, FactStatus, Provenance } from '../../common/provenance';
import type { ProvenanceEntry } from '../../evaluation/context-builder.service';
import type { DataHandlingFacts } from '../../policies/engine/context';
import type { EvidenceIndex } from './model-evidence';
import type { ReportInput } from './report-input';
import type { EntityView, FactValue, FactView, ListedItem, ProfileSection } from './report-model-types';
import { byString } from './sanitize';

/** Data-handling facts in the order the profile lists them (template labels use the same keys). */
export const DATA_HANDLING_KEYS: readonly (keyof DataHandlingFacts)[] = [
  'trainsOnCustomerData',
  'retentionDays',
  'zeroDataRetentionAvailable',
  'dpaAvailable',
  'sccsOffered',
  'subProcessorsPublished',
];
export const MODEL_FACT_KEYS = [
  'releaseDate',
  'openWeights',
  'license',
  'paramsTotalB',
  'paramsActiveB',
  'contextWindow',
  'modalities',
  'trainingHardware',
] as const;
export const OFFERING_FACT_KEYS = [
  'storageRegions',
  'inferenceRegions',
  'priceInputPer1M',
  'priceOutputPer1M',
  'priceAsOf',
] as const;
export const VENDOR_FACT_KEYS = [...DATA_HANDLING_KEYS, 'gpaiCodeSignatory'] as const;

const single = (p: ProvenanceEntry | undefined): { status: FactStatus; source?: Provenance | null } | null =>
  p && !Array.isArray(p) ? (p as { status: FactStatus; source?: Provenance | null }) : null;

/** A note is shown only where there is no URL to follow: it then says why the fact is unknown or unsourced. */
const noteOf = (source: Provenance | null | undefined) =>
  source && !source.url ? (source.note ?? null) : null;

export function buildProfile(input: ReportInput, index: EvidenceIndex): ProfileSection {
  const { snapshot } = input.evaluation;
  const { vendor, entities, model, offering } = input.vendorProfile;
  const ctx = snapshot.context;
  const selfHosted = ctx.offering.mode === 'self_hosted';

  /** A fact as evaluated (snapshot value) with the provenance the snapshot recorded for its path. */
  const evaluated = (key: string, path: string, value: FactValue): FactView => {
    const p = single(snapshot.provenance[path]);
    if (!p) return { key, value, status: 'derived', evidenceId: null, note: null };
    return { key, value, status: p.status, evidenceId: index.idOf(p.source), note: noteOf(p.source) };
  };
  const registered = (key: string, f: Fact<FactValue>): FactView => ({
    key,
    value: f.value,
    status: f.status,
    evidenceId: index.idOf(f.source),
    note: noteOf(f.source),
  });

  const dh = ctx.vendor.dataHandling;
  const vendorFacts: FactView[] = [
    ...DATA_HANDLING_KEYS.map((k) => evaluated(k, `vendor.dataHandling.${k}`, dh[k])),
    evaluated('gpaiCodeSignatory', 'vendor.gpaiCodeSignatory', ctx.vendor.gpaiCodeSignatory),
  ];

  const item = (
    title: string,
    detail: string,
    date: string | undefined,
    status: FactStatus,
    source?: Provenance,
  ): ListedItem => ({
    title,
    detail,
    date: date ?? null,
    status,
    evidenceId: index.idOf(source),
  });

  const entityViews: EntityView[] = entities
    .map((e) => ({
      name: e.name,
      nativeName: e.nativeName,
      country: e.country,
      roles: [...e.roles].sort(byString),
      contracting: e.id === offering.contractingEntityId,
      status: e.status,
      evidenceId: index.idOf(e.source),
      owners: e.owners
        .map((o) => ({
          ownerName: o.ownerName,
          percent: o.percent,
          status: o.status,
          evidenceId: index.idOf(o.source),
          note: o.percent === null ? noteOf(o.source) : null,
        }))
        .sort((a, b) => byString(a.ownerName, b.ownerName)),
    }))
    .sort((a, b) => Number(b.contracting) - Number(a.contracting) || byString(a.name, b.name));

  const o = ctx.offering;
  const offeringFacts: FactView[] = [
    selfHosted
      ? { key: 'storageRegions', value: o.storageRegions, status: 'derived', evidenceId: null, note: null }
      : evaluated('storageRegions', 'offering.storageRegions', o.storageRegions),
    selfHosted
      ? {
          key: 'inferenceRegions',
          value: o.inferenceRegions,
          status: 'derived',
          evidenceId: null,
          note: null,
        }
      : evaluated('inferenceRegions', 'offering.inferenceRegions', o.inferenceRegions),
    evaluated('priceInputPer1M', 'offering.priceInputPer1M', o.priceInputPer1M),
    evaluated('priceOutputPer1M', 'offering.priceOutputPer1M', o.priceOutputPer1M),
    {
      key: 'priceAsOf',
      value: offering.priceAsOf,
      status: offering.priceAsOf ? 'unverified' : 'unknown',
      evidenceId: null,
      note: null,
    },
  ];
  const contracting = entities.find((e) => e.id === offering.contractingEntityId);

  return {
    vendor: {
      name: vendor.name,
      nativeName: vendor.nativeName,
      aliases: [...vendor.aliases].sort(byString),
      officialDomains: [...vendor.officialDomains].sort(byString),
      hqCountry: vendor.hqCountry,
      website: vendor.website,
      facts: vendorFacts,
      certifications: vendor.certifications
        .map((c) => ({
          name: c.name,
          scope: c.scope ?? null,
          status: c.status,
          evidenceId: index.idOf(c.source),
        }))
        .sort((a, b) => byString(a.name, b.name)),
      publicBans: vendor.publicBans
        .map((b) => item(`${b.authority} (${b.country})`, b.scope, b.date, b.status, b.source))
        .sort((a, b) => byString(a.title, b.title) || byString(a.detail, b.detail)),
      allegations: vendor.allegations
        .map((a) => item(a.by ? `${a.kind} — ${a.by}` : a.kind, a.summary, a.date, a.status, a.source))
        .sort((a, b) => byString(a.date ?? '', b.date ?? '') || byString(a.title, b.title)),
    },
    entities: entityViews,
    model: {
      name: model.name,
      version: model.modelVersion,
      facts: MODEL_FACT_KEYS.map((k) =>
        k === 'modalities'
          ? // The registry stores modalities without a source: shown as unverified (DESIGN: facts without provenance).
            {
              key: k,
              value: [...model.modalities],
              status: model.modalities.length ? 'unverified' : 'unknown',
              evidenceId: null,
              note: null,
            }
          : registered(k, model[k] as Fact<FactValue>),
      ),
      benchmarks: model.benchmarks
        .map((b) => item(b.name, b.value, undefined, b.status, b.source))
        .sort((a, b) => byString(a.title, b.title)),
    },
    offering: {
      name: offering.name,
      mode: ctx.offering.mode,
      host: ctx.offering.host,
      endpoint: offering.endpoint,
      currency: ctx.offering.currency,
      contractingEntity: contracting ? contracting.name : null,
      facts: offeringFacts,
    },
  };
}

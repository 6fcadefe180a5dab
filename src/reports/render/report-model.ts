import { hashOf } from '../../common/canonical-json';
import { buildJurisdictions, buildResidency, buildScreening } from './model-analysis';
import { buildCost } from './model-cost';
import { collectReferences, EvidenceIndex } from './model-evidence';
import { buildConditions, buildFindings, buildOtherRules, buildScore, buildSummary } from './model-findings';
import { buildProfile } from './model-profile';
import type { ReportInput } from './report-input';
import type { CoverInfo, ReportModel, SignOffSection } from './report-model-types';
import { byString, deepClean } from './sanitize';

export type {
  AlternativeInput,
  ProfileEntity,
  ProfileModel,
  ProfileOffering,
  ReportInput,
  ReportSignOffInput,
  StoredSnapshot,
  VendorProfile,
} from './report-input';
export type { ReportModel } from './report-model-types';

/** The input cannot be reported on; `field` names the offending path. */
export class ReportInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'ReportInputError';
  }
}

/** ISO 8601 in UTC (the database gives `+00:00` and microseconds; the PDF dates need one form). */
function isoTime(value: string, field: string): string {
  const t = Date.parse(value);
  if (!Number.isFinite(t))
    throw new ReportInputError(field, `not a date: ${JSON.stringify(value).slice(0, 60)}`);
  return new Date(t).toISOString();
}

/**
 * Derives everything the report shows from one evaluation. Pure and deterministic: no clock, no randomness,
 * no I/O; every list in a fixed order; every string cleaned of control and bidi characters first, so the
 * PDF and the JSON twin state the same, safe text.
 */
export function buildReportModel(raw: ReportInput): ReportModel {
  if (!raw.evaluation?.id) throw new ReportInputError('evaluation.id', 'required');
  if (!/^[0-9a-f]{64}$/.test(raw.evaluation.snapshotHash ?? ''))
    throw new ReportInputError('evaluation.snapshotHash', 'must be 64 lowercase hex digits (SHA-256)');
  if (!raw.evaluation.snapshot?.context)
    throw new ReportInputError('evaluation.snapshot.context', 'required');
  if (!raw.evaluation.result?.rules) throw new ReportInputError('evaluation.result.rules', 'required');
  // Verified on the snapshot as stored, before cleaning changes any byte of it.
  const fingerprintVerified = hashOf(raw.evaluation.snapshot) === raw.evaluation.snapshotHash;
  const input = deepClean(raw);
  const { evaluation, review, vendorProfile } = input;
  const createdAt = isoTime(evaluation.createdAt, 'evaluation.createdAt');
  const { result, snapshot } = evaluation;
  const ctx = snapshot.context;

  const index = new EvidenceIndex();
  for (const [path, entry] of Object.entries(snapshot.provenance ?? {})) index.collect(entry, path);
  for (const items of Object.values(result.evidence ?? {}))
    for (const item of items) index.collect(item.provenance, item.path);
  index.collect(vendorProfile, '');
  const evidence = index.finalize();

  const contracting = vendorProfile.entities.find((e) => e.id === vendorProfile.offering.contractingEntityId);
  const cover: CoverInfo = {
    vendor: { name: vendorProfile.vendor.name, nativeName: vendorProfile.vendor.nativeName },
    contractingEntity: contracting
      ? { name: contracting.name, nativeName: contracting.nativeName, country: contracting.country }
      : ctx.group.contractingEntity
        ? {
            name: ctx.group.contractingEntity.name,
            nativeName: null,
            country: ctx.group.contractingEntity.country,
          }
        : null,
    model: { name: vendorProfile.model.name, version: vendorProfile.model.modelVersion },
    offering: { name: ctx.offering.name, mode: ctx.offering.mode, host: ctx.offering.host },
    useCase: {
      name: ctx.useCase.name,
      purpose: ctx.useCase.purpose,
      sector: ctx.useCase.sector,
      criticality: ctx.useCase.criticality,
      publicSector: ctx.useCase.publicSector,
      dataClasses: [...ctx.useCase.dataClasses],
      dataSubjectRegions: [...ctx.useCase.dataSubjectRegions],
    },
    decision: result.decision,
    date: createdAt.slice(0, 10),
    reviewId: review.id,
    reviewStatus: review.status,
    submittedBy: review.submittedBy,
    reviewCreatedAt: isoTime(review.createdAt, 'review.createdAt'),
    trigger: evaluation.trigger,
    score: result.score.value,
  };

  return {
    schemaVersion: 1,
    document: {
      id: `AVR-${evaluation.id}`,
      evaluationId: evaluation.id,
      reviewId: review.id,
      fingerprint: evaluation.snapshotHash.slice(0, 16),
      snapshotHash: evaluation.snapshotHash,
      fingerprintVerified,
      packHash: evaluation.packHash,
      pack: { id: result.pack.id, version: result.pack.version, file: result.pack.file },
      createdAt,
      generatedFor: input.generatedFor ?? null,
    },
    cover,
    summary: buildSummary(result),
    conditions: buildConditions(result),
    conditionsBinding: result.decision === 'approved_with_conditions',
    findings: buildFindings(result, index),
    otherRules: buildOtherRules(result),
    profile: buildProfile(input, index),
    jurisdictions: buildJurisdictions(input, index),
    screening: buildScreening(input, index),
    residency: buildResidency(input),
    cost: buildCost(input, index),
    score: buildScore(result),
    signOff: buildSignOff(input),
    evidence,
    references: collectReferences(result.rules),
  };
}

function buildSignOff(input: ReportInput): SignOffSection {
  const entries = input.review.signOffs
    .map((s, i) => ({
      action: s.action,
      decision: s.decision,
      justification: s.justification,
      byName: s.byName,
      createdAt: isoTime(s.createdAt, `review.signOffs[${i}].createdAt`),
    }))
    .sort(
      (a, b) =>
        byString(a.createdAt, b.createdAt) || byString(a.byName, b.byName) || byString(a.action, b.action),
    );
  const last = entries.at(-1);
  return {
    state: !last ? 'pending' : last.action === 'override' ? 'overridden' : 'signed_off',
    entries,
  };
}

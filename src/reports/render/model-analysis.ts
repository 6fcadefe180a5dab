import {
  RESTRICTED_LISTS,
  type EvaluationContext,
  type ResidencyRuleFacts,
} from '../../policies/engine/context';
import type { EvidenceIndex } from './model-evidence';
import type { ReportInput } from './report-input';
import {
  COUNTRY_ROLES,
  type CountryRole,
  type JurisdictionSection,
  type ResidencySection,
  type ResidencyVerdict,
  type ScreeningSection,
} from './report-model-types';
import { byString, uniqueSorted } from './sanitize';

/** Every country this deployment touches, what it does there, and which government-access laws apply. */
export function buildJurisdictions(input: ReportInput, index: EvidenceIndex): JurisdictionSection {
  const { context: ctx, provenance } = input.evaluation.snapshot;
  const roles = new Map<string, Set<CountryRole>>();
  const add = (role: CountryRole, codes: readonly string[] | null | undefined) => {
    for (const c of codes ?? [])
      if (/^[A-Z]{2}$/.test(c)) (roles.get(c) ?? roles.set(c, new Set()).get(c)!).add(role);
  };
  add('hq', [ctx.vendor.hqCountry]);
  add('entity', ctx.group.entityCountries);
  add('contracting', ctx.group.contractingEntity ? [ctx.group.contractingEntity.country] : []);
  add('storage', ctx.offering.storageRegions);
  add('inference', ctx.offering.inferenceRegions);
  add('subjects', ctx.useCase.dataSubjectRegions);
  add(
    'ban',
    (ctx.vendor.publicBans ?? []).map((b) => b.country),
  );

  const countries = [...roles.keys()].sort(byString).map((code) => {
    const j = ctx.jurisdictions[code];
    const evidenceIds = index.idsOf(
      ['euAdequacy', 'countryOfConcern', 'governmentAccessLaws'].flatMap((k) => {
        const p = provenance[`jurisdictions.${code}.${k}`];
        return p ? (Array.isArray(p) ? p : [p]) : [];
      }),
    );
    return {
      code,
      name: j?.name ?? code,
      roles: COUNTRY_ROLES.filter((r) => roles.get(code)!.has(r)),
      euAdequacy: j?.euAdequacy ?? null,
      countryOfConcern: j?.countryOfConcern ?? null,
      foreignAdversary: j?.foreignAdversary ?? null,
      governmentAccessLaws: j ? [...j.governmentAccessLaws] : [],
      evidenceIds,
    };
  });
  // Exposure: where the data is, or who holds the contract, is subject to laws that compel access.
  const exposing: CountryRole[] = ['storage', 'inference', 'contracting', 'hq'];
  const exposure = countries
    .map((c) => ({
      code: c.code,
      name: c.name,
      via: c.roles.filter((r) => exposing.includes(r)),
      laws: c.governmentAccessLaws,
    }))
    .filter((c) => c.via.length > 0 && c.laws.length > 0);
  return {
    countries,
    contractingEntity: ctx.group.contractingEntity ? { ...ctx.group.contractingEntity } : null,
    hqInCountryOfConcern: ctx.group.hqInCountryOfConcern,
    countryOfConcernOwnership: ctx.group.countryOfConcernOwnership,
    exposure,
  };
}

/** Screening as evaluated, the designations with their Federal Register citations, listed ownership. */
export function buildScreening(input: ReportInput, index: EvidenceIndex): ScreeningSection {
  const { context: ctx, listVersions } = input.evaluation.snapshot;
  const registered = input.vendorProfile.vendor.designations;
  const designations =
    ctx.vendor.designations === null
      ? null
      : ctx.vendor.designations
          .map((d) => {
            // The snapshot keeps what the rules read; the FR document number and the source live in the registry.
            const same = registered.filter((r) => r.entityName === d.entityName);
            const reg = same.find((r) => (r.citation ?? null) === d.citation) ?? same[0];
            const frDocument = reg?.frDocument ?? null;
            return {
              list: d.list,
              entityName: d.entityName,
              citation: d.citation,
              frDocument,
              federalRegisterUrl: frDocument
                ? `https://www.federalregister.gov/d/${encodeURIComponent(frDocument)}`
                : null,
              effective: d.effective,
              status: d.status,
              evidenceId: index.idOf(reg?.source),
            };
          })
          .sort((a, b) => byString(a.list, b.list) || byString(a.entityName, b.entityName));
  const lists = [
    ...RESTRICTED_LISTS,
    ...Object.keys(ctx.group.listedOwnership)
      .filter((l) => !(RESTRICTED_LISTS as readonly string[]).includes(l))
      .sort(byString),
  ];
  return {
    status: ctx.screening.status,
    listVersions: uniqueSorted([...ctx.screening.listVersions, ...(listVersions ?? [])]),
    hits:
      ctx.screening.hits === null
        ? null
        : ctx.screening.hits
            .map((h) => ({ ...h, programs: [...h.programs].sort(byString) }))
            .sort(
              (a, b) => b.score - a.score || byString(a.entityName, b.entityName) || byString(a.list, b.list),
            ),
    designations,
    listedOwnership: lists.map((list) => ({ list, percent: ctx.group.listedOwnership[list] ?? null })),
  };
}

/** Same semantics as the default pack's residency rules, cell by cell. */
export function residencyVerdict(
  rule: ResidencyRuleFacts | undefined,
  region: string | null,
  jurisdictions: EvaluationContext['jurisdictions'],
): ResidencyVerdict {
  if (!rule) return 'no_rule';
  if (region === null) return 'unknown';
  if (rule.prohibited.includes(region)) return 'prohibited';
  if (rule.allowed.length === 0 || rule.allowed.includes(region)) return 'allowed';
  const groups = ['EEA', 'EU'].filter((g) => rule.allowed.includes(g));
  if (groups.length === 0) return 'not_allowed';
  const j = jurisdictions[region];
  if (!j) return 'unknown';
  return (groups.includes('EEA') && j.eea) || (groups.includes('EU') && j.euMember)
    ? 'allowed'
    : 'not_allowed';
}

export function buildResidency(input: ReportInput): ResidencySection {
  const ctx = input.evaluation.snapshot.context;
  const cols = (kind: 'storage' | 'inference', regions: string[] | null) =>
    (regions === null ? [null] : uniqueSorted(regions)).map((region) => ({
      region,
      name: region ? (ctx.jurisdictions[region]?.name ?? null) : null,
      kind,
    }));
  const columns = [
    ...cols('storage', ctx.offering.storageRegions),
    ...cols('inference', ctx.offering.inferenceRegions),
  ];
  const rows = uniqueSorted(ctx.useCase.dataClasses).map((dataClass) => {
    const rule = ctx.residency[dataClass as keyof EvaluationContext['residency']];
    return {
      dataClass,
      hasRule: !!rule,
      requiredMechanisms: rule ? uniqueSorted(rule.requiredMechanisms) : [],
      cells: columns.map((c) => residencyVerdict(rule, c.region, ctx.jurisdictions)),
    };
  });
  return { columns, rows };
}

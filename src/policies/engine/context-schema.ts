import {
  ADEQUACY_VALUES,
  CRITICALITIES,
  DATA_CLASSES,
  HIT_DISPOSITIONS,
  KNOWN_STATUSES,
  SCREENING_STATUSES,
} from './context';
import { OFFERING_MODES } from '../../seed/seed-types';

/**
 * The evaluation context described for machines: the CEL type checker (unknown field or wrong type →
 * load error), the activation builder (ints become BigInt, unknown facts are left out) and the README
 * field table are all generated from this one tree.
 */
export type CelScalar = 'string' | 'int' | 'double' | 'bool';

interface SpecBase {
  doc: string;
  /** A fact that may be unknown (`null` in the TypeScript context, absent in the CEL activation). */
  fact?: true;
}
export interface ScalarSpec extends SpecBase {
  kind: 'scalar';
  cel: CelScalar;
  /** Allowed values of a string, checked when the context is built. */
  values?: readonly string[];
}
export interface ListSpec extends SpecBase {
  kind: 'list';
  of: ScalarSpec | MessageSpec;
}
export interface MapSpec extends SpecBase {
  kind: 'map';
  /** What the keys are, for the docs (e.g. 'alpha2', 'dataClass'). */
  key: string;
  keyValues?: readonly string[];
  of: ScalarSpec | MessageSpec;
  /** Absent entries are unknown facts (reported missing when read) rather than simply absent. */
  entriesAreFacts: boolean;
}
export interface MessageSpec extends SpecBase {
  kind: 'message';
  /** CEL type name registered for this message. */
  type: string;
  fields: Readonly<Record<string, FieldSpec>>;
}
export type FieldSpec = ScalarSpec | ListSpec | MapSpec | MessageSpec;

const str = (doc: string, values?: readonly string[]): ScalarSpec => ({
  kind: 'scalar',
  cel: 'string',
  doc,
  values,
});
const fact = <T extends FieldSpec>(spec: T): T => ({ ...spec, fact: true });
const scalar = (cel: CelScalar, doc: string): ScalarSpec => ({ kind: 'scalar', cel, doc });
const list = (of: ScalarSpec | MessageSpec, doc: string): ListSpec => ({ kind: 'list', of, doc });
const message = (type: string, doc: string, fields: Record<string, FieldSpec>): MessageSpec => ({
  kind: 'message',
  type,
  doc,
  fields,
});

const alpha2List = (doc: string): ListSpec => list(str('ISO alpha-2'), doc);
const status = str('official | secondary | unverified', KNOWN_STATUSES);

const dataHandling = message('DataHandling', 'effective data handling (offering overrides vendor)', {
  trainsOnCustomerData: fact(scalar('bool', 'trains on customer data by default')),
  retentionDays: fact(scalar('int', 'days prompts/outputs are retained')),
  zeroDataRetentionAvailable: fact(scalar('bool', 'zero data retention can be contracted')),
  dpaAvailable: fact(scalar('bool', 'a data processing agreement is offered')),
  sccsOffered: fact(scalar('bool', 'EU Standard Contractual Clauses are offered')),
  subProcessorsPublished: fact(scalar('bool', 'a sub-processor list is published')),
});

const vendor = message('Vendor', 'the provider organisation', {
  name: str('vendor name'),
  hqCountry: str('ISO alpha-2 of the headquarters'),
  certifications: fact(list(str('certification name'), 'certifications whose status is not unknown')),
  dataHandling,
  designations: fact(
    list(
      message('Designation', 'a restricted-list designation in the vendor group', {
        list: str('list name (RESTRICTED_LISTS vocabulary)'),
        entityName: str('designated entity'),
        citation: fact(str('e.g. 90 FR 4617')),
        effective: fact(str('ISO date it took effect')),
        status,
      }),
      'designations of entities in the vendor group',
    ),
  ),
  publicBans: fact(
    list(
      message('PublicBan', 'a public-sector ban or restriction', {
        authority: str('who banned it'),
        country: str('ISO alpha-2 of the authority'),
        scope: str('e.g. government devices'),
        status,
      }),
      'public-sector bans of the vendor',
    ),
  ),
  allegations: fact(
    list(
      message('Allegation', 'a public allegation', {
        kind: str('e.g. distillation'),
        summary: str('what is alleged'),
        status,
      }),
      'allegations against the vendor',
    ),
  ),
  gpaiCodeSignatory: fact(scalar('bool', 'signed the EU GPAI Code of Practice')),
});

const group = message('Group', 'ownership facts derived from the legal-entity graph', {
  entityCountries: alpha2List('countries of every group entity, HQ included'),
  hqInCountryOfConcern: fact(scalar('bool', 'HQ in a 28 CFR 202.601 country of concern')),
  countryOfConcernOwnership: fact(
    scalar('double', '% of the contracting entity owned (aggregated) by entities in countries of concern'),
  ),
  contractingEntity: fact(
    message('ContractingEntity', 'the entity that signs for this offering', {
      name: str('legal name'),
      country: str('ISO alpha-2 where organised'),
      countryOfConcern: scalar('bool', 'organised in a 28 CFR 202.601 country of concern'),
    }),
  ),
  listedOwnership: {
    kind: 'map',
    key: 'list',
    of: scalar('double', '% of the contracting entity owned (aggregated) by entities on that list'),
    entriesAreFacts: true,
    doc: 'per restricted list; absent = unknown',
  },
});

const model = message('Model', 'the model', {
  name: str('model name'),
  openWeights: fact(scalar('bool', 'weights are published')),
  license: fact(str('licence name')),
  paramsTotalB: fact(scalar('double', 'total parameters, billions')),
  trainingHardware: fact(str('e.g. Huawei Ascend')),
});

const offering = message('Offering', 'how the model is consumed', {
  name: str('offering name'),
  mode: str('vendor_api | cloud_marketplace | self_hosted', OFFERING_MODES),
  host: fact(str('cloud marketplace host')),
  storageRegions: fact(alpha2List('where data rests (self_hosted: the review region)')),
  inferenceRegions: fact(alpha2List('where inference runs (self_hosted: the review region)')),
  priceInputPer1M: fact(scalar('double', 'price per 1M input tokens')),
  priceOutputPer1M: fact(scalar('double', 'price per 1M output tokens')),
  currency: str('ISO 4217 currency of the prices'),
});

const jurisdiction = message('Jurisdiction', 'a country and its regimes', {
  name: str('country name'),
  euAdequacy: fact(str('eea | full | partial | none (GDPR Art. 45)', ADEQUACY_VALUES)),
  euMember: scalar('bool', 'EU member state'),
  eea: scalar('bool', 'EEA member state'),
  countryOfConcern: fact(scalar('bool', '28 CFR 202.601 country of concern')),
  foreignAdversary: fact(scalar('bool', '15 CFR 791.4 foreign adversary')),
  governmentAccessLaws: list(str('law name'), 'government-access laws'),
});

const screening = message('Screening', 'restricted-party screening of the vendor group', {
  status: str('confirmed | potential | clear | not_screened', SCREENING_STATUSES),
  hits: fact(
    list(
      message('ScreeningHit', 'a screening hit', {
        entityName: str('screened entity'),
        list: str('list name (RESTRICTED_LISTS vocabulary)'),
        programs: list(str('program'), 'sanctions programs'),
        citation: fact(str('e.g. Federal Register citation')),
        score: scalar('double', 'match score 0-1'),
        disposition: fact(str('confirmed | false_positive; absent until adjudicated', HIT_DISPOSITIONS)),
      }),
      'hits; absent when not screened',
    ),
  ),
  listVersions: list(str('list version'), 'list versions screened against'),
});

const residencyRule = message('ResidencyRule', "the organisation's rule for one data class", {
  allowed: alpha2List("allowed countries ('EU'/'EEA' allowed as groups); empty = no allow-list"),
  prohibited: alpha2List('prohibited countries'),
  requiredMechanisms: list(str('mechanism'), 'required transfer mechanisms (dpa, sccs, zdr, tia…)'),
});

const useCase = message('UseCase', 'what the model is used for', {
  name: str('use-case name'),
  purpose: str('purpose'),
  dataClasses: list(str('data class', DATA_CLASSES), 'data classes involved'),
  dataSubjectRegions: list(str("ISO alpha-2, 'EU' or 'EEA'"), 'where the data subjects are'),
  recordsPerYear: {
    kind: 'map',
    key: 'dataClass',
    keyValues: DATA_CLASSES,
    of: scalar('int', 'records per year'),
    entriesAreFacts: true,
    doc: 'records per year per data class; absent = unknown',
  },
  criticality: str('low | medium | high | critical', CRITICALITIES),
  sector: str('business sector'),
  publicSector: scalar('bool', 'a public-sector use'),
  monthlyTokens: message('MonthlyTokens', 'expected monthly token volume', {
    input: scalar('int', 'input tokens per month'),
    output: scalar('int', 'output tokens per month'),
  }),
  personalData: scalar('bool', 'derived: any personal-data class'),
  euSubjects: scalar('bool', 'derived: EU/EEA data subjects'),
  usSubjects: scalar('bool', 'derived: US data subjects'),
});

/** The top-level variables of the CEL environment. */
export const CONTEXT_SCHEMA: Readonly<Record<string, FieldSpec>> = {
  asOf: str('ISO date of the evaluation (YYYY-MM-DD)'),
  vendor,
  group,
  model,
  offering,
  jurisdictions: {
    kind: 'map',
    key: 'alpha2',
    of: jurisdiction,
    entriesAreFacts: true,
    doc: 'every country a rule may look up; absent = unknown',
  },
  screening,
  residency: {
    kind: 'map',
    key: 'dataClass',
    keyValues: DATA_CLASSES,
    of: residencyRule,
    entriesAreFacts: false,
    doc: 'organisation rules per data class; absent = no rule (test with `in`)',
  },
  useCase,
};

/** The CEL type of a field, e.g. 'list<Designation>' or 'map<string, Jurisdiction>'. */
export function celTypeOf(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'scalar':
      return spec.cel;
    case 'message':
      return spec.type;
    case 'list':
      return `list<${celTypeOf(spec.of)}>`;
    case 'map':
      return `map<string, ${celTypeOf(spec.of)}>`;
  }
}

export interface ContextField {
  /** e.g. 'vendor.designations[].list', 'jurisdictions.<alpha2>.euAdequacy' */
  path: string;
  cel: string;
  /** May be unknown: reading it when unknown makes the rule unknown. */
  fact: boolean;
  doc: string;
}

/** Every field path of the context, depth first in schema order. */
export function contextFields(): ContextField[] {
  const out: ContextField[] = [];
  const walk = (path: string, spec: FieldSpec, factOverride = false): void => {
    out.push({ path, cel: celTypeOf(spec), fact: factOverride || spec.fact === true, doc: spec.doc });
    if (spec.kind === 'message') {
      for (const [name, child] of Object.entries(spec.fields)) walk(`${path}.${name}`, child);
    } else if (spec.kind === 'list' && spec.of.kind === 'message') {
      for (const [name, child] of Object.entries(spec.of.fields)) walk(`${path}[].${name}`, child);
    } else if (spec.kind === 'map') {
      walk(`${path}.<${spec.key}>`, spec.of, spec.entriesAreFacts);
    }
  };
  for (const [name, spec] of Object.entries(CONTEXT_SCHEMA)) walk(name, spec);
  return out;
}

/** The README's field table (policies/README.md carries exactly this block; a spec keeps them equal). */
export function renderContextFieldsMarkdown(): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const rows = contextFields().map(
    (f) => `| \`${f.path}\` | \`${f.cel}\` | ${f.fact ? 'yes' : ''} | ${esc(f.doc)} |`,
  );
  return ['| path | CEL type | may be unknown | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

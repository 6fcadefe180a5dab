import { DATA_CLASSES } from '../../policies/engine/context';
import { MODEL_FACT_KEYS, OFFERING_FACT_KEYS, VENDOR_FACT_KEYS } from './model-profile';
import { COUNTRY_ROLES } from './report-model-types';

/**
 * Every piece of wording the report prints, as a tree of keys; each leaf lists the placeholders (`{name}`)
 * its text may use. `loadTemplate` checks `templates/report.yaml` against it: a missing key, an unknown key
 * or an unknown placeholder is an error naming the key, so a wording edit cannot break a render.
 */
type Spec = { readonly [key: string]: readonly string[] | Spec };

const keys = <const K extends string>(ks: readonly K[], vars: readonly string[] = []) =>
  Object.fromEntries(ks.map((k) => [k, vars])) as { readonly [P in K]: readonly string[] };

const DECISIONS = ['approved', 'approved_with_conditions', 'needs_information', 'rejected'] as const;

export const TEXT_SPEC = {
  header: { left: ['vendor', 'model'], right: ['documentId'] },
  footer: { page: ['page', 'pages'], fingerprint: ['fingerprint'], confidentiality: [] },
  cover: {
    kicker: [],
    subtitle: ['model', 'offering'],
    useCase: ['useCase'],
    purpose: ['purpose'],
    decisionLabel: [],
    ...keys([
      'date',
      'reviewId',
      'evaluationId',
      'documentId',
      'pack',
      'score',
      'trigger',
      'submittedBy',
      'preparedFor',
      'contractingEntity',
      'fingerprint',
      'dataClasses',
      'subjects',
      'criticality',
    ]),
    packValue: ['id', 'version', 'file', 'hash'],
    scoreValue: ['score'],
    fingerprintVerified: ['fingerprint'],
    fingerprintUnverified: ['fingerprint'],
    disclaimer: [],
  },
  decisions: keys(DECISIONS),
  decisionNames: keys(DECISIONS),
  outcomes: keys(['pass', 'fail', 'unknown', 'not_applicable']),
  severities: keys(['critical', 'high', 'medium', 'low']),
  effects: keys(['deny', 'condition', 'flag']),
  statuses: keys(['official', 'secondary', 'unverified', 'unknown', 'derived']),
  values: keys(['yes', 'no', 'unknown', 'none', 'notDisclosed']),
  summary: {
    heading: [],
    decision: ['vendor', 'model', 'offering', 'useCase', 'decision'],
    counts: ['total', 'pack', 'fail', 'unknown', 'pass', 'not_applicable'],
    whyHeading: [],
    whyApproved: [],
    reason: ['title', 'outcome'],
    nextHeading: [],
    stepRemediate: ['ruleId', 'text'],
    stepCondition: ['ruleId', 'text'],
    stepSupplyBlocking: ['fact', 'rules'],
    stepSupply: ['fact', 'rules'],
    signOffStep: [],
  },
  conditions: { heading: [], binding: [], notBinding: ['decision'], none: [], item: ['ruleId', 'title'] },
  findings: {
    heading: [],
    intro: [],
    groupHeading: ['severity', 'count'],
    none: [],
    ...keys(['colRule', 'colOutcome', 'colFinding', 'colRemediation']),
    ruleMeta: ['ruleId', 'category', 'effect'],
    deciding: [],
    missing: ['facts'],
    error: ['error'],
    evidence: ['ref', 'status', 'retrieved', 'facts'],
    evidenceNoUrl: ['status', 'note', 'facts'],
    points: ['points'],
    condition: ['text'],
    otherHeading: [],
    otherNone: [],
  },
  profile: {
    heading: [],
    ...keys([
      'vendorHeading',
      'entitiesHeading',
      'modelHeading',
      'offeringHeading',
      'certificationsHeading',
      'bansHeading',
      'allegationsHeading',
      'benchmarksHeading',
    ]),
    ...keys([
      'name',
      'nativeName',
      'aliases',
      'hqCountry',
      'officialDomains',
      'website',
      'mode',
      'host',
      'endpoint',
      'currency',
      'contractingEntity',
      'version',
    ]),
    ...keys([
      'colFact',
      'colValue',
      'colStatus',
      'colSource',
      'colEntity',
      'colCountry',
      'colRoles',
      'colOwners',
      'colItem',
      'colDetail',
    ]),
    owner: ['owner', 'percent', 'status'],
    ownerUnknown: ['owner', 'status'],
    noOwners: [],
    contractingMark: [],
    none: [],
    facts: keys([...VENDOR_FACT_KEYS, ...MODEL_FACT_KEYS, ...OFFERING_FACT_KEYS]),
    modes: keys(['vendor_api', 'cloud_marketplace', 'self_hosted']),
  },
  jurisdictions: {
    heading: [],
    intro: [],
    ...keys(['colCountry', 'colRoles', 'colAdequacy', 'colConcern', 'colAdversary', 'colLaws']),
    roles: keys(COUNTRY_ROLES),
    adequacy: keys(['full', 'partial', 'none', 'eea']),
    contracting: ['name', 'country'],
    contractingConcern: ['name', 'country'],
    contractingUnknown: [],
    ownership: ['percent'],
    hqConcern: [],
    exposureHeading: [],
    exposureItem: ['country', 'via', 'laws'],
    exposureNone: [],
  },
  screening: {
    heading: [],
    status: ['status'],
    statuses: keys(['confirmed', 'potential', 'clear', 'not_screened']),
    listVersions: ['versions'],
    noListVersions: [],
    hitsHeading: [],
    ...keys([
      'colEntity',
      'colList',
      'colPrograms',
      'colScore',
      'colDisposition',
      'colCitation',
      'colEffective',
      'colStatus',
      'colPercent',
    ]),
    noHits: [],
    notScreened: [],
    dispositions: keys(['confirmed', 'false_positive', 'pending']),
    designationsHeading: [],
    frDocument: ['document'],
    noDesignations: [],
    designationsUnknown: [],
    ownershipHeading: [],
    ownershipIntro: [],
  },
  residency: {
    heading: [],
    intro: [],
    dataClass: [],
    column: ['region', 'kind'],
    kinds: keys(['storage', 'inference']),
    undisclosed: [],
    verdicts: keys(['allowed', 'prohibited', 'not_allowed', 'no_rule', 'unknown']),
    mechanisms: ['mechanisms'],
    noClasses: [],
    dataClasses: keys(DATA_CLASSES),
  },
  cost: {
    heading: [],
    volume: ['input', 'output'],
    prices: ['input', 'output', 'currency', 'asOf'],
    pricesUnknown: [],
    monthly: ['monthly', 'annual'],
    alternativesHeading: [],
    ...keys(['colVendor', 'colOffering', 'colDecision', 'colMonthly']),
    compliantMark: [],
    noAlternatives: [],
    chartHeading: ['currency'],
    legendSubject: [],
    legendCompliant: [],
    legendOther: [],
    chartNote: [],
  },
  score: {
    heading: [],
    intro: [],
    inherent: ['formula', 'sensitivity', 'dataClass', 'criticality', 'level', 'volume', 'records', 'value'],
    residual: ['formula', 'uncapped', 'value'],
    total: ['formula', 'inherent', 'residual', 'value'],
    ...keys(['colRule', 'colEffect', 'colSeverity', 'colOutcome', 'colWeight', 'colFactor', 'colPoints']),
    noContributions: [],
  },
  signOff: {
    heading: [],
    ...keys(['pending', 'signedOff', 'overridden']),
    ...keys(['colDate', 'colAction', 'colDecision', 'colBy', 'colJustification']),
    actions: keys(['sign_off', 'override']),
    signatureIntro: [],
    ...keys(['signatureName', 'signatureSignature', 'signatureDate']),
  },
  appendix: {
    evidenceHeading: [],
    evidenceIntro: [],
    evidenceItem: ['retrieved', 'statuses', 'facts'],
    notRetrieved: [],
    referencesHeading: [],
    referenceRules: ['rules'],
    none: [],
  },
  about: { heading: [], integrity: ['evaluationId', 'snapshotHash'], rtl: [], disclaimer: [] },
  truncated: ['count'],
  unsupportedChar: ['hex'],
} as const satisfies Spec;

/** The wording tree: the spec's shape with a string at every leaf. */
export type TextOf<S> = { readonly [K in keyof S]: S[K] extends readonly string[] ? string : TextOf<S[K]> };
export type ReportText = TextOf<typeof TEXT_SPEC>;

export type Rgb = string;

export interface FontFace {
  name: string;
  /** Absolute path of the file it was loaded from (for messages). */
  regularPath: string;
  boldPath: string;
  regular: Buffer;
  bold: Buffer;
}

export interface ReportTemplate {
  /** The directory the template was loaded from. */
  dir: string;
  meta: {
    title: string;
    subject: string;
    author: string;
    keywords: string;
    creator: string;
    producer: string;
    lang: string;
  };
  layout: {
    pageSize: [number, number];
    margins: { top: number; bottom: number; left: number; right: number };
    fontSize: {
      body: number;
      small: number;
      table: number;
      h1: number;
      h2: number;
      h3: number;
      title: number;
    };
    lineHeight: number;
    paragraphSpacing: number;
    sectionSpacing: number;
    cellPadding: number;
    /** Longer user strings are cut with a visible marker (the JSON twin keeps them whole). */
    maxFieldChars: number;
    /** A render that needs more pages fails instead of producing a book. */
    maxPages: number;
    /** Default render time bound; `renderReportPdf(…, { timeoutMs })` overrides it. */
    timeoutMs: number;
  };
  colors: {
    text: Rgb;
    muted: Rgb;
    accent: Rgb;
    rule: Rgb;
    headerFill: Rgb;
    zebraFill: Rgb;
    badgeText: Rgb;
    decisions: Record<(typeof DECISIONS)[number], Rgb>;
    outcomes: Record<'pass' | 'fail' | 'unknown' | 'not_applicable', Rgb>;
    chart: { subject: Rgb; compliant: Rgb; other: Rgb; grid: Rgb };
  };
  /** Fallback chain: each character is drawn with the first face that has a glyph for it. */
  fonts: FontFace[];
  format: {
    thousands: string;
    decimal: string;
    percent: string;
    money: string;
    date: string;
    months: string[];
  };
  text: ReportText;
}

/** Page sizes by name, in PDF points. */
export const PAGE_SIZES: Record<string, [number, number]> = {
  A4: [595.28, 841.89],
  LETTER: [612, 792],
  LEGAL: [612, 1008],
};

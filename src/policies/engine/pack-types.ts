/** Types of a policy pack, its rules and the errors that refuse a pack. */

export const RULE_CATEGORIES = [
  'sanctions',
  'export-control',
  'jurisdiction',
  'data-residency',
  'data-handling',
  'security',
  'provenance',
  'concentration',
  'cost',
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const EFFECTS = ['deny', 'condition', 'flag'] as const;
export type Effect = (typeof EFFECTS)[number];

export interface RuleReference {
  citation: string;
  url?: string;
  note?: string;
}

export interface RuleDefinition {
  id: string;
  title: string;
  category: RuleCategory;
  severity: Severity;
  effect: Effect;
  /** CEL; is the rule applicable? Defaults to `true`. */
  when: string;
  /** CEL; what must hold. */
  assert: string;
  message: string;
  remediation: string;
  /** Required for effect `condition`: the condition imposed when the rule fails. */
  condition?: string;
  references: RuleReference[];
  /** Overrides the severity's weight in the residual-risk score. */
  weight?: number;
}

export interface PackDefinition {
  id: string;
  version: string;
  description: string;
  rules: RuleDefinition[];
}

/** A compiled expression: evaluates against a CEL activation, may throw a cel-js EvaluationError. */
export type CompiledExpression = (activation: Record<string, unknown>) => unknown;

export interface CompiledRule extends RuleDefinition {
  readonly evalWhen: CompiledExpression;
  readonly evalAssert: CompiledExpression;
}

export interface CompiledPack {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  /** The file name the pack was loaded from (errors and results name it). */
  readonly file: string;
  /** SHA-256 (hex) of the canonical text: BOM removed, line endings normalised to LF. */
  readonly contentHash: string;
  readonly rules: readonly CompiledRule[];
}

export const PACK_ERROR_CODES = [
  'yaml_syntax',
  'invalid_shape',
  'duplicate_rule_id',
  'missing_condition',
  'cel_syntax',
  'cel_unknown_field',
  'cel_type',
  'cel_not_boolean',
] as const;
export type PackErrorCode = (typeof PACK_ERROR_CODES)[number];

export interface PackError {
  code: PackErrorCode;
  file: string;
  /** The rule the error is in, when it is in one. */
  ruleId: string | null;
  /** Dotted path in the YAML document, e.g. 'rules[3].assert'. */
  path: string;
  /** 1-based position in the YAML file; null when the file has no such node. */
  line: number | null;
  column: number | null;
  /** 0-based offset inside the CEL expression, for expression errors. */
  exprOffset: number | null;
  message: string;
}

export type LoadPackResult = { ok: true; pack: CompiledPack } | { ok: false; errors: PackError[] };

/** `file:line:col: [rule id] path: message (code)` — one line per error, for logs and 422 details. */
export function formatPackError(e: PackError): string {
  const where = e.line === null ? e.file : `${e.file}:${e.line}:${e.column ?? 1}`;
  const rule = e.ruleId ? ` rule '${e.ruleId}'` : '';
  const expr = e.exprOffset === null ? '' : ` (expression offset ${e.exprOffset})`;
  return `${where}:${rule} ${e.path}${expr}: ${e.message} [${e.code}]`;
}

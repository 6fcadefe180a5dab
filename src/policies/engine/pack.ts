import { createHash } from 'node:crypto';
import type { ParseResult } from '@marcbachmann/cel-js';
import { celEnvironment } from './cel-env';
import { parsePackShape, pathString, type Located } from './pack-shape';
import type {
  CompiledExpression,
  CompiledPack,
  CompiledRule,
  LoadPackResult,
  PackError,
  PackErrorCode,
  RuleDefinition,
} from './pack-types';

/**
 * Loads a policy pack from YAML text: shape, then every `when`/`assert` compiled once and type-checked
 * against the evaluation-context schema. Any error refuses the whole pack — a caller never receives half a
 * pack, so the active pack stays active when a new one is broken.
 */

/** The text the content hash is taken over: BOM removed, CRLF/CR normalised to LF. */
export function canonicalPackText(yamlText: string): string {
  return yamlText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function packContentHash(yamlText: string): string {
  return createHash('sha256').update(canonicalPackText(yamlText), 'utf8').digest('hex');
}

interface CelErrorLike {
  name?: unknown;
  code?: unknown;
  summary?: unknown;
  message?: unknown;
  range?: { start: number; end: number };
}

/** cel-js errors carry a one-line `summary`; `message` adds a source excerpt we do not want in a 422. */
function celErrorText(e: CelErrorLike, fallback: string): string {
  if (typeof e.summary === 'string') return e.summary;
  if (typeof e.message === 'string') return e.message.split('\n')[0];
  return fallback;
}

function celErrorCode(e: CelErrorLike): PackErrorCode {
  if (e.name === 'ParseError') return 'cel_syntax';
  // A field or variable the schema does not have: the checker reports it as a missing key/variable.
  if (e.code === 'no_such_key' || e.code === 'unknown_variable') return 'cel_unknown_field';
  return 'cel_type';
}

function compileExpression(
  rule: RuleDefinition,
  index: number,
  field: 'when' | 'assert',
  file: string,
  located: Located,
  errors: PackError[],
): CompiledExpression | null {
  const expression = rule[field];
  const yamlPath = ['rules', index, field];
  const report = (code: PackErrorCode, offset: number, message: string): void => {
    // A defaulted `when` has no node: positionInString falls back to the rule's own position.
    const pos = located.positionInString(yamlPath, offset);
    errors.push({
      code,
      file,
      ruleId: rule.id,
      path: pathString(yamlPath),
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      exprOffset: offset,
      message,
    });
  };
  const { env } = celEnvironment();
  let parsed: ParseResult;
  try {
    parsed = env.parse(expression);
  } catch (e) {
    const err = e as CelErrorLike;
    report('cel_syntax', err.range?.start ?? 0, celErrorText(err, 'syntax error'));
    return null;
  }
  const checked = parsed.check();
  if (!checked.valid) {
    const err = (checked.error ?? {}) as CelErrorLike;
    report(celErrorCode(err), err.range?.start ?? 0, celErrorText(err, 'type error'));
    return null;
  }
  // `dyn` may still be a bool at run time (the evaluator treats anything else as an error → unknown).
  if (checked.type !== 'bool' && checked.type !== 'dyn') {
    report('cel_not_boolean', 0, `${field} must be a bool expression, got ${checked.type}`);
    return null;
  }
  return (activation) => parsed(activation) as unknown;
}

/** Parses, validates and compiles a pack. `fileName` is only used to name the file in errors and results. */
export function loadPack(yamlText: string, fileName: string): LoadPackResult {
  const text = canonicalPackText(yamlText);
  const shape = parsePackShape(text, fileName);
  if (!shape.definition) return { ok: false, errors: shape.errors };
  const definition = shape.definition;

  const errors: PackError[] = [];
  const rules: CompiledRule[] = [];
  definition.rules.forEach((rule, i) => {
    const evalWhen = compileExpression(rule, i, 'when', fileName, shape.located, errors);
    const evalAssert = compileExpression(rule, i, 'assert', fileName, shape.located, errors);
    if (evalWhen && evalAssert) rules.push(Object.freeze({ ...rule, evalWhen, evalAssert }));
  });
  if (errors.length > 0) return { ok: false, errors };

  const pack: CompiledPack = Object.freeze({
    id: definition.id,
    version: definition.version,
    description: definition.description,
    file: fileName,
    contentHash: packContentHash(text),
    rules: Object.freeze(rules),
  });
  return { ok: true, pack };
}

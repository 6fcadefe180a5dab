import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import {
  EFFECTS,
  RULE_CATEGORIES,
  SEVERITIES,
  type PackDefinition,
  type PackError,
  type PackErrorCode,
  type RuleDefinition,
  type RuleReference,
} from './pack-types';

/**
 * YAML → PackDefinition with every shape problem reported at its position. Positions are computed on the
 * canonical text (LF line endings) so they match what an editor shows.
 */

type YamlPath = (string | number)[];

export interface Located {
  /** 1-based line/column of an offset in the text. */
  at(offset: number): { line: number; column: number };
  /** 1-based line/column of a path's node (or of its nearest existing ancestor). */
  position(path: YamlPath): { line: number; column: number } | null;
  /** Position of an offset inside a string node, exact for single-line and `|` block scalars. */
  positionInString(path: YamlPath, offset: number): { line: number; column: number } | null;
}

export interface ShapeResult {
  definition: PackDefinition | null;
  errors: PackError[];
  located: Located;
}

const RULE_ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const TOP_KEYS = ['id', 'version', 'description', 'rules'];
const RULE_KEYS = [
  'id',
  'title',
  'category',
  'severity',
  'effect',
  'when',
  'assert',
  'message',
  'remediation',
  'condition',
  'references',
  'weight',
];
const MAX_EXPRESSION = 4000;
const MAX_TEXT = 4000;

export const pathString = (path: YamlPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(document)';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function makeLocated(text: string, doc: Document): Located {
  const starts = lineStarts(text);
  const at = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
  const nodeAt = (path: YamlPath): Node | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
      if (node && node.range) return node;
    }
    return null;
  };
  return {
    at,
    position(path) {
      const node = nodeAt(path);
      return node?.range ? at(node.range[0]) : null;
    },
    positionInString(path, offset) {
      const node = doc.getIn(path, true);
      if (!isScalar(node) || !node.range || typeof node.value !== 'string') return this.position(path);
      const [start, end] = node.range;
      const value = node.value;
      if (node.type === 'PLAIN' && text.slice(start, end) === value) return at(start + offset);
      if (
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
        text.slice(start + 1, end - 1) === value
      ) {
        return at(start + 1 + offset);
      }
      if (node.type === 'BLOCK_LITERAL') {
        // Content starts on the line after the `|` header, at the block's indentation.
        const header = at(start).line;
        const firstContent = text.slice(starts[header] ?? text.length).match(/^(?:[ \t]*\n)*( *)/);
        const indent = firstContent ? firstContent[1].length : 0;
        const before = value.slice(0, offset);
        const lineInBlock = (before.match(/\n/g) ?? []).length;
        const columnInLine = offset - (before.lastIndexOf('\n') + 1);
        return { line: header + 1 + lineInBlock, column: indent + columnInLine + 1 };
      }
      return at(start); // folded or escaped text: the node's start is the best honest answer
    },
  };
}

/** Parses and shape-checks a pack; `definition` is null when any error was found. */
export function parsePackShape(text: string, file: string): ShapeResult {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const located = makeLocated(text, doc);
  const errors: PackError[] = [];
  const err = (code: PackErrorCode, path: YamlPath, message: string, ruleId: string | null = null): void => {
    const pos = located.position(path);
    errors.push({
      code,
      file,
      ruleId,
      path: pathString(path),
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      exprOffset: null,
      message,
    });
  };

  for (const e of doc.errors) {
    const pos = located.at(e.pos[0]);
    errors.push({
      code: 'yaml_syntax',
      file,
      ruleId: null,
      path: '(document)',
      line: pos.line,
      column: pos.column,
      exprOffset: null,
      message: e.message.split('\n')[0],
    });
  }
  if (errors.length > 0) return { definition: null, errors, located };
  if (!isMap(doc.contents)) {
    err('invalid_shape', [], 'a pack must be a mapping with id, version, description and rules');
    return { definition: null, errors, located };
  }

  const root = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!TOP_KEYS.includes(key)) err('invalid_shape', [key], `unknown key '${key}'`);
  }
  const id = root.id;
  if (typeof id !== 'string' || !RULE_ID.test(id))
    err('invalid_shape', ['id'], 'id must match [a-z0-9][a-z0-9._-]*');
  let version = root.version;
  if (typeof version === 'number' && Number.isInteger(version)) version = String(version);
  if (typeof version !== 'string' || version.length === 0 || version.length > 100) {
    err('invalid_shape', ['version'], 'version must be a string (quote numbers such as "1.0")');
  }
  const description = root.description;
  if (typeof description !== 'string' || description.trim() === '') {
    err('invalid_shape', ['description'], 'description must be a non-empty string');
  }

  const rules: RuleDefinition[] = [];
  if (!isSeq(doc.get('rules', true)) || !Array.isArray(root.rules) || root.rules.length === 0) {
    err('invalid_shape', ['rules'], 'rules must be a non-empty list');
  } else {
    const seen = new Map<string, number>();
    (root.rules as unknown[]).forEach((raw, i) => {
      const rule = shapeRule(raw, i, err);
      if (!rule) return;
      const first = seen.get(rule.id);
      if (first !== undefined) {
        err('duplicate_rule_id', ['rules', i, 'id'], `duplicate rule id (first at rules[${first}])`, rule.id);
      } else {
        seen.set(rule.id, i);
      }
      rules.push(rule);
    });
  }
  if (errors.length > 0) return { definition: null, errors, located };
  return {
    definition: { id: id as string, version: version as string, description: description as string, rules },
    errors,
    located,
  };
}

type Report = (code: PackErrorCode, path: YamlPath, message: string, ruleId?: string | null) => void;

function shapeRule(raw: unknown, i: number, err: Report): RuleDefinition | null {
  const at = (key: string): YamlPath => ['rules', i, key];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    err('invalid_shape', ['rules', i], 'a rule must be a mapping');
    return null;
  }
  const r = raw as Record<string, unknown>;
  const ruleId = typeof r.id === 'string' && RULE_ID.test(r.id) ? r.id : null;
  let ok = true;
  const fail = (code: PackErrorCode, key: string, message: string): void => {
    ok = false;
    err(code, key === '' ? ['rules', i] : at(key), message, ruleId);
  };
  if (!ruleId) fail('invalid_shape', 'id', 'id must match [a-z0-9][a-z0-9._-]* (≤100 chars)');
  for (const key of Object.keys(r))
    if (!RULE_KEYS.includes(key)) fail('invalid_shape', key, `unknown key '${key}'`);

  // Expressions keep their exact text so error offsets match the YAML scalar; prose is trimmed.
  const text = (key: string, required: boolean, expression = false): string | undefined => {
    const v = r[key];
    const max = expression ? MAX_EXPRESSION : MAX_TEXT;
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '')
      fail('invalid_shape', key, `${key} must be a non-empty string`);
    else if (v.length > max) fail('invalid_shape', key, `${key} is longer than ${max} characters`);
    else return expression ? v : v.trim();
    return undefined;
  };
  const oneOf = <T extends string>(key: string, values: readonly T[]): T | undefined => {
    const v = r[key];
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    fail('invalid_shape', key, `${key} must be one of ${values.join(', ')}`);
    return undefined;
  };

  const title = text('title', true);
  const category = oneOf('category', RULE_CATEGORIES);
  const severity = oneOf('severity', SEVERITIES);
  const effect = oneOf('effect', EFFECTS);
  const when = text('when', false, true) ?? 'true';
  const assert = text('assert', true, true);
  const message = text('message', true);
  const remediation = text('remediation', true);
  const condition = text('condition', false);
  if (effect === 'condition' && condition === undefined && r.condition === undefined) {
    fail('missing_condition', '', 'effect condition needs a condition text');
  }
  if (effect !== undefined && effect !== 'condition' && r.condition !== undefined) {
    fail('invalid_shape', 'condition', 'condition text only applies to effect condition');
  }
  const weight = r.weight;
  if (
    weight !== undefined &&
    (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100)
  ) {
    fail('invalid_shape', 'weight', 'weight must be a number from 0 to 100');
  }
  const references = shapeReferences(r.references, (key, message) => fail('invalid_shape', key, message));

  if (!ok || !ruleId || !title || !category || !severity || !effect || !assert || !message || !remediation)
    return null;
  return {
    id: ruleId,
    title,
    category,
    severity,
    effect,
    when,
    assert,
    message,
    remediation,
    ...(condition !== undefined ? { condition } : {}),
    references: references ?? [],
    ...(typeof weight === 'number' ? { weight } : {}),
  };
}

function shapeReferences(raw: unknown, fail: (key: string, message: string) => void): RuleReference[] | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail('references', 'references must be a non-empty list of {citation, url?, note?}');
    return null;
  }
  const out: RuleReference[] = [];
  for (const [j, ref] of (raw as unknown[]).entries()) {
    const key = `references[${j}]`;
    if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) {
      fail('references', `${key} must be a mapping`);
      continue;
    }
    const { citation, url, note, ...rest } = ref as Record<string, unknown>;
    if (Object.keys(rest).length > 0)
      fail('references', `${key} has unknown keys ${Object.keys(rest).join(', ')}`);
    if (typeof citation !== 'string' || citation.trim() === '')
      fail('references', `${key}.citation is required`);
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) {
      fail('references', `${key}.url must be an http(s) URL`);
    }
    if (note !== undefined && typeof note !== 'string') fail('references', `${key}.note must be a string`);
    if (typeof citation === 'string') {
      out.push({
        citation: citation.trim(),
        ...(typeof url === 'string' ? { url } : {}),
        ...(typeof note === 'string' ? { note: note.trim() } : {}),
      });
    }
  }
  return out;
}

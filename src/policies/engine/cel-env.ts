import { Environment } from '@marcbachmann/cel-js';
import type { EvaluationContext } from './context';
import { CONTEXT_SCHEMA, celTypeOf, type FieldSpec, type MapSpec, type MessageSpec } from './context-schema';

/**
 * The CEL environment and the activation built from an EvaluationContext.
 *
 * Unknown facts are *absent* from the activation: cel-js raises `no_such_key` when a rule reads one, the
 * evaluator reports the rule as unknown, and CEL's commutative `&&`/`||` (and `exists`/`all`) still decide a
 * rule whose outcome does not depend on the missing fact (`false && unknown` is false) — Kleene logic.
 * Every message and map in the activation is a Proxy that records which fact paths a rule touched, so the
 * caller can attach provenance to exactly those facts and name the missing ones.
 */

type Ctor = new () => object;

let sharedEnv: { env: Environment; ctors: Map<string, Ctor> } | undefined;

/** One environment for the process: building it is the expensive part, and it holds no per-run state. */
export function celEnvironment(): { env: Environment; ctors: Map<string, Ctor> } {
  if (sharedEnv) return sharedEnv;
  const env = new Environment();
  const ctors = new Map<string, Ctor>();
  const register = (spec: FieldSpec): void => {
    if (spec.kind === 'list' || spec.kind === 'map') return register(spec.of);
    if (spec.kind !== 'message' || ctors.has(spec.type)) return;
    // Nested types first: cel-js resolves field types by name when the parent is registered.
    for (const child of Object.values(spec.fields)) register(child);
    // A named class per message: cel-js maps runtime values to CEL types by constructor.
    const ctor = { [spec.type]: class {} }[spec.type] as Ctor;
    const fields = Object.fromEntries(Object.entries(spec.fields).map(([k, f]) => [k, celTypeOf(f)]));
    env.registerType(spec.type, { ctor, fields });
    ctors.set(spec.type, ctor);
  };
  for (const [name, spec] of Object.entries(CONTEXT_SCHEMA)) {
    register(spec);
    env.registerVariable(name, celTypeOf(spec));
  }
  sharedEnv = { env, ctors };
  return sharedEnv;
}

/** What one rule touched: present facts read and absent (unknown) facts it tried to read. */
export interface FactTracker {
  read: Set<string>;
  missing: Set<string>;
}

export interface Activation {
  variables: Record<string, unknown>;
  /** Route the proxies' records to this tracker (null: stop recording). */
  track(tracker: FactTracker | null): void;
}

export class ContextValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid evaluation context: ${issues.slice(0, 10).join('; ')}${issues.length > 10 ? '; …' : ''}`);
    this.name = 'ContextValidationError';
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates the context against the schema and converts it for cel-js (ints → BigInt, unknown facts left
 * out, messages → registered classes behind recording proxies). Throws ContextValidationError listing
 * every problem: a malformed context is a bug in the caller, not an unknown fact.
 */
export function buildActivation(context: EvaluationContext): Activation {
  const { ctors } = celEnvironment();
  const issues: string[] = [];
  let tracker: FactTracker | null = null;

  const note = (path: string, spec: FieldSpec, present: boolean, isFact: boolean): void => {
    if (!tracker) return;
    if (present) {
      // A present message is a container; its fields are the facts.
      if (spec.kind !== 'message') tracker.read.add(path);
    } else if (isFact) {
      tracker.missing.add(path);
    }
  };

  const convertMessage = (value: unknown, spec: MessageSpec, path: string): object | undefined => {
    if (!isPlainObject(value)) return void issues.push(`${path}: expected an object`);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(spec.fields, key)) issues.push(`${path}.${key}: not in the schema`);
    }
    const ctor = ctors.get(spec.type);
    if (!ctor) throw new Error(`unregistered CEL type ${spec.type}`);
    const target = new ctor() as Record<string, unknown>;
    for (const [name, field] of Object.entries(spec.fields)) {
      const converted = convert(value[name], field, `${path}.${name}`);
      if (converted !== undefined) target[name] = converted;
    }
    return new Proxy(target, {
      get(t, key, receiver) {
        if (typeof key === 'string' && Object.hasOwn(spec.fields, key)) {
          const field = spec.fields[key];
          note(`${path}.${key}`, field, Object.hasOwn(t, key), field.fact === true);
        }
        return Reflect.get(t, key, receiver) as unknown;
      },
    });
  };

  const convertMap = (value: unknown, spec: MapSpec, path: string): object | undefined => {
    if (!isPlainObject(value)) return void issues.push(`${path}: expected an object`);
    // A null prototype: keys such as 'constructor' can never shadow anything.
    const target = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) {
      if (spec.keyValues && !spec.keyValues.includes(key)) issues.push(`${path}.${key}: unexpected key`);
      const entry = value[key];
      if (entry === null || entry === undefined) continue; // unknown entry: absent
      const converted = convert(entry, spec.of, `${path}.${key}`);
      if (converted !== undefined) target[key] = converted;
    }
    const touch = (t: Record<string, unknown>, key: string | symbol): void => {
      // cel-js reads `constructor` to learn a value's type: that is not a map entry.
      if (typeof key === 'string' && key !== 'constructor')
        note(`${path}.${key}`, spec.of, Object.hasOwn(t, key), spec.entriesAreFacts);
    };
    return new Proxy(target, {
      // cel-js tests map keys with Object.hasOwn before reading them, for `in` and for `m[k]` alike.
      getOwnPropertyDescriptor(t, key) {
        touch(t, key);
        return Reflect.getOwnPropertyDescriptor(t, key);
      },
      get(t, key, receiver) {
        touch(t, key);
        return Reflect.get(t, key, receiver) as unknown;
      },
      ownKeys(t) {
        tracker?.read.add(path); // iterating a map reads which keys it has
        return Reflect.ownKeys(t);
      },
    });
  };

  function convert(value: unknown, spec: FieldSpec, path: string): unknown {
    if (value === null || value === undefined) {
      if (!spec.fact) issues.push(`${path}: required`);
      return undefined;
    }
    switch (spec.kind) {
      case 'scalar':
        switch (spec.cel) {
          case 'string':
            if (typeof value !== 'string') return void issues.push(`${path}: expected a string`);
            if (spec.values && !spec.values.includes(value)) issues.push(`${path}: '${value}' not allowed`);
            return value;
          case 'int':
            if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
              return void issues.push(`${path}: expected an integer`);
            }
            return BigInt(value);
          case 'double':
            if (typeof value !== 'number' || !Number.isFinite(value))
              return void issues.push(`${path}: expected a number`);
            return value;
          case 'bool':
            if (typeof value !== 'boolean') return void issues.push(`${path}: expected a boolean`);
            return value;
        }
        break;
      case 'list':
        if (!Array.isArray(value)) return void issues.push(`${path}: expected a list`);
        // Array.from builds the list in this realm: cel-js recognises lists by `constructor === Array`,
        // which fails for arrays made in another realm (a vm context, Jest's structuredClone).
        return Array.from(value as unknown[], (item, i) => {
          if (item === null || item === undefined) issues.push(`${path}[${i}]: null item`);
          return convert(item, spec.of, `${path}[${i}]`);
        });
      case 'map':
        return convertMap(value, spec, path);
      case 'message':
        return convertMessage(value, spec, path);
    }
  }

  if (!isPlainObject(context)) throw new ContextValidationError(['context: expected an object']);
  const variables: Record<string, unknown> = {};
  for (const key of Object.keys(context)) {
    if (!Object.hasOwn(CONTEXT_SCHEMA, key)) issues.push(`${key}: not in the schema`);
  }
  for (const [name, spec] of Object.entries(CONTEXT_SCHEMA)) {
    const converted = convert((context as unknown as Record<string, unknown>)[name], spec, name);
    if (converted !== undefined) variables[name] = converted;
  }
  if (typeof context.asOf === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(context.asOf)) {
    issues.push('asOf: expected YYYY-MM-DD');
  }
  if (issues.length > 0) throw new ContextValidationError(issues);

  return {
    variables,
    track(t) {
      tracker = t;
    },
  };
}

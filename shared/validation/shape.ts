/**
 * A small schema language for untrusted JSON: each Shape checks a value and reports every
 * problem with its path, and describes itself as JSON Schema so seeds/schema.json is generated
 * from the same definition the app enforces (tests/unit/compact/schema-file.test.ts keeps the
 * file in step). Written here rather than taken from a library because validators that compile
 * to code (ajv) need `eval`, which the app's Content-Security-Policy forbids.
 *
 * Typed like zod: a `Shape<T>` says what a value is once it passed, the combinators compute T
 * (`object({ id: text(), note: optional(text()) })` is a `Shape<{ id: string; note?: string }>`,
 * `Infer<typeof shape>` names it), and `parse` hands back the value as a T, so no caller casts
 * what was validated. Outputs are readonly: a validated value is read, never patched.
 */
export type PathPart = string | number;

export interface Issue {
  readonly path: readonly PathPart[];
  readonly message: string;
}

/** Type-level only: no Shape has this key at run time. */
declare const OUTPUT: unique symbol;

export interface Shape<T = unknown> {
  readonly check: (value: unknown, path: readonly PathPart[], issues: Issue[]) => void;
  readonly jsonSchema: () => Record<string, unknown>;
  readonly optional?: boolean;
  /** What a value is once `check` found no issue (a phantom: never set). */
  readonly [OUTPUT]?: T;
}

/** The type a shape accepts: `Infer<typeof deadlineShape>` is the Deadline union. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

/** A field an object shape may leave out (see `optional`). */
export type OptionalShape<T> = Shape<T | undefined> & { readonly optional: true };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** `refine` adds a check the pattern cannot express (a real calendar day); it returns a problem or null. */
export function text(options: { minLength?: number; pattern?: RegExp; hint?: string; refine?: (value: string) => string | null } = {}): Shape<string> {
  const minLength = options.minLength ?? 1;
  return {
    check(value, path, issues) {
      if (typeof value !== 'string') issues.push({ path, message: `expected text, found ${describe(value)}` });
      else if (value.trim().length < minLength) issues.push({ path, message: 'must not be empty' });
      else if (options.pattern && !options.pattern.test(value)) {
        issues.push({ path, message: `${describe(value)} is not ${options.hint ?? `of the form ${options.pattern.source}`}` });
      } else {
        const problem = options.refine?.(value);
        if (problem) issues.push({ path, message: problem });
      }
    },
    jsonSchema: () => ({
      type: 'string',
      minLength,
      ...(options.pattern ? { pattern: options.pattern.source } : {}),
    }),
  };
}

export function integer(options: { min?: number; max?: number } = {}): Shape<number> {
  return {
    check(value, path, issues) {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        issues.push({ path, message: `expected a whole number, found ${describe(value)}` });
      } else if (options.min !== undefined && value < options.min) {
        issues.push({ path, message: `${value} is below the minimum ${options.min}` });
      } else if (options.max !== undefined && value > options.max) {
        issues.push({ path, message: `${value} is above the maximum ${options.max}` });
      }
    },
    jsonSchema: () => ({ type: 'integer', minimum: options.min, maximum: options.max }),
  };
}

export function number(options: { min?: number } = {}): Shape<number> {
  return {
    check(value, path, issues) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push({ path, message: `expected a number, found ${describe(value)}` });
      } else if (options.min !== undefined && value < options.min) {
        issues.push({ path, message: `${value} is below the minimum ${options.min}` });
      }
    },
    jsonSchema: () => ({ type: 'number', minimum: options.min }),
  };
}

export function boolean(): Shape<boolean> {
  return {
    check(value, path, issues) {
      if (typeof value !== 'boolean') issues.push({ path, message: `expected true or false, found ${describe(value)}` });
    },
    jsonSchema: () => ({ type: 'boolean' }),
  };
}

export function literal<const V extends string | number | boolean>(expected: V): Shape<V> {
  return {
    check(value, path, issues) {
      if (value !== expected) issues.push({ path, message: `must be ${JSON.stringify(expected)}, found ${describe(value)}` });
    },
    jsonSchema: () => ({ const: expected }),
  };
}

export function oneOf<const V extends readonly string[]>(values: V): Shape<V[number]> {
  return {
    check(value, path, issues) {
      if (typeof value !== 'string' || !values.includes(value)) {
        issues.push({ path, message: `${describe(value)} is not one of ${values.join(', ')}` });
      }
    },
    jsonSchema: () => ({ enum: [...values] }),
  };
}

export function optional<T>(shape: Shape<T>): OptionalShape<T> {
  return { ...shape, optional: true };
}

export function array<T>(item: Shape<T>, options: { minItems?: number } = {}): Shape<readonly T[]> {
  return {
    check(value, path, issues) {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `expected a list, found ${describe(value)}` });
        return;
      }
      if (options.minItems !== undefined && value.length < options.minItems) {
        issues.push({ path, message: `needs at least ${options.minItems} entries, has ${value.length}` });
      }
      value.forEach((entry, index) => item.check(entry, [...path, index], issues));
    },
    jsonSchema: () => ({ type: 'array', items: item.jsonSchema(), minItems: options.minItems }),
  };
}

/** Any non-null object (arrays and class instances included), its fields read as unknowns. */
export function isObjectLike(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/**
 * A plain JSON object (not null, an array, a typed array or a class instance), whose fields can be
 * read as unknowns. For hand-written checks of untrusted input that no Shape describes.
 */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type Fields = Readonly<Record<string, Shape>>;
type OptionalKeys<F> = { [K in keyof F]: F[K] extends { readonly optional: true } ? K : never }[keyof F];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
/** An object shape's output: a field is optional exactly when its shape is `optional(...)`. */
export type ObjectOf<F extends Fields> = Flatten<
  { readonly [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { readonly [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined> }
>;

/**
 * A closed object: unknown fields are reported, so a misspelt optional field is not lost silently.
 * Only plain objects qualify: a typed array or class instance from a peer is refused before its
 * (possibly millions of) keys are listed, and listing stops at the first unknown field.
 */
export function object<const F extends Fields>(fields: F, options: { open?: readonly string[] } = {}): Shape<ObjectOf<F>> {
  const allowed = new Set([...Object.keys(fields), ...(options.open ?? [])]);
  return {
    check(value, path, issues) {
      if (!isPlainObject(value)) {
        issues.push({ path, message: `expected an object, found ${value instanceof Uint8Array ? 'binary data' : describe(value)}` });
        return;
      }
      for (const [name, shape] of Object.entries(fields)) {
        if (value[name] === undefined) {
          if (!shape.optional) issues.push({ path: [...path, name], message: 'is missing' });
        } else {
          shape.check(value[name], [...path, name], issues);
        }
      }
      for (const name in value) {
        if (!Object.hasOwn(value, name) || allowed.has(name)) continue;
        issues.push({ path: [...path, name], message: 'is not a known field' });
        break;
      }
    },
    jsonSchema: () => ({
      type: 'object',
      properties: Object.fromEntries(Object.entries(fields).map(([name, shape]) => [name, shape.jsonSchema()])),
      required: Object.entries(fields).filter(([, shape]) => !shape.optional).map(([name]) => name),
      additionalProperties: options.open ? true : false,
    }),
  };
}

/**
 * One of several object shapes, chosen by the value of a discriminating field. Each variant is
 * keyed by its tag and must itself require that tag (`literal`), so the output is the union of the
 * variants' outputs, narrowed by the tag as a TypeScript discriminated union.
 */
export function tagged<const K extends string, const V extends { readonly [Tag in keyof V & string]: Shape<Readonly<Record<K, Tag>>> }>(
  field: K, variants: V,
): Shape<Infer<V[keyof V]>> {
  const byTag: Readonly<Record<string, Shape>> = variants;
  return {
    check(value, path, issues) {
      const tag: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, field) : undefined;
      // Own keys only: a peer's "constructor" or "__proto__" must not reach Object.prototype.
      const variant = typeof tag === 'string' && Object.hasOwn(byTag, tag) ? byTag[tag] : undefined;
      if (!variant) {
        issues.push({ path: [...path, field], message: `${describe(tag)} is not one of ${Object.keys(variants).join(', ')}` });
        return;
      }
      variant.check(value, path, issues);
    },
    jsonSchema: () => ({ oneOf: Object.values(byTag).map((variant) => variant.jsonSchema()) }),
  };
}

/** Any string key: an index signature (reads may miss); a narrower key type: each key optional. */
export type DictionaryOf<K extends string, T> = string extends K ? Readonly<Record<string, T>> : Readonly<Partial<Record<K, T>>>;

/**
 * Keys that `key.test` accepts, each holding a value of one shape: a dictionary such as a state
 * vector (client id → clock). A key guard narrows the output's keys; any key may be absent. Plain
 * objects only, as for `object`. Checking stops at the first bad key.
 */
export function dictionary<K extends string, T>(
  value: Shape<T>, key: { readonly test: (key: string) => key is K; readonly hint: string },
): Shape<DictionaryOf<K, T>> {
  return {
    check(input, path, issues) {
      if (!isPlainObject(input)) {
        issues.push({ path, message: `expected an object, found ${describe(input)}` });
        return;
      }
      for (const name in input) {
        if (!Object.hasOwn(input, name)) continue;
        if (!key.test(name)) {
          issues.push({ path: [...path, name], message: `is not ${key.hint}` });
          return;
        }
        value.check(input[name], [...path, name], issues);
      }
    },
    jsonSchema: () => ({ type: 'object', additionalProperties: value.jsonSchema() }),
  };
}

/** Any key, for `dictionary`. */
export const ANY_KEY = { test: (key: string): key is string => typeof key === 'string', hint: 'a key' } as const;

/**
 * A check written as a type guard, for values no combinator describes (a JSON value kept as it
 * is, say). `expected` names what passes, for the issue.
 */
export function guarded<T>(is: (value: unknown) => value is T, expected: string): Shape<T> {
  return {
    check(value, path, issues) {
      if (!is(value)) issues.push({ path, message: `expected ${expected}, found ${describe(value)}` });
    },
    jsonSchema: () => ({ description: expected }),
  };
}

/** Every problem of `value`, with its path; empty when it has the shape. */
export function validate(shape: Shape, value: unknown): Issue[] {
  const issues: Issue[] = [];
  shape.check(value, [], issues);
  return issues;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** `value` as a T when it has the shape, else every problem: the only way from unknown to T. */
export function parse<T>(shape: Shape<T>, value: unknown): Parsed<T> {
  const issues = validate(shape, value);
  // The one assertion the module rests on: `check` found nothing, which is what Shape<T> promises.
  return issues.length === 0 ? { ok: true, value: value as T } : { ok: false, issues };
}

/** Whether `value` has the shape, as a type guard (when the issues themselves are not needed). */
export function conforms<T>(shape: Shape<T>, value: unknown): value is T {
  return validate(shape, value).length === 0;
}

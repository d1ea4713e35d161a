/**
 * A small schema language for untrusted JSON: each Shape checks a value and reports every
 * problem with its path, and describes itself as JSON Schema so seeds/schema.json is generated
 * from the same definition the app enforces (tests/unit/compact/schema-file.test.ts keeps the
 * file in step). Written here rather than taken from a library because validators that compile
 * to code (ajv) need `eval`, which the app's Content-Security-Policy forbids.
 */
export type PathPart = string | number;

export interface Issue {
  readonly path: readonly PathPart[];
  readonly message: string;
}

export interface Shape {
  readonly check: (value: unknown, path: readonly PathPart[], issues: Issue[]) => void;
  readonly jsonSchema: () => Record<string, unknown>;
  readonly optional?: boolean;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** `refine` adds a check the pattern cannot express (a real calendar day); it returns a problem or null. */
export function text(options: { minLength?: number; pattern?: RegExp; hint?: string; refine?: (value: string) => string | null } = {}): Shape {
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

export function integer(options: { min?: number; max?: number } = {}): Shape {
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

export function number(options: { min?: number } = {}): Shape {
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

export function boolean(): Shape {
  return {
    check(value, path, issues) {
      if (typeof value !== 'boolean') issues.push({ path, message: `expected true or false, found ${describe(value)}` });
    },
    jsonSchema: () => ({ type: 'boolean' }),
  };
}

export function literal(expected: string | number | boolean): Shape {
  return {
    check(value, path, issues) {
      if (value !== expected) issues.push({ path, message: `must be ${JSON.stringify(expected)}, found ${describe(value)}` });
    },
    jsonSchema: () => ({ const: expected }),
  };
}

export function oneOf(values: readonly string[]): Shape {
  return {
    check(value, path, issues) {
      if (typeof value !== 'string' || !values.includes(value)) {
        issues.push({ path, message: `${describe(value)} is not one of ${values.join(', ')}` });
      }
    },
    jsonSchema: () => ({ enum: [...values] }),
  };
}

export function optional(shape: Shape): Shape {
  return { ...shape, optional: true };
}

export function array(item: Shape, options: { minItems?: number } = {}): Shape {
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A closed object: unknown fields are reported, so a misspelt optional field is not lost silently.
 * Only plain objects qualify: a typed array or class instance from a peer is refused before its
 * (possibly millions of) keys are listed, and listing stops at the first unknown field.
 */
export function object(fields: Readonly<Record<string, Shape>>, options: { open?: readonly string[] } = {}): Shape {
  const allowed = new Set([...Object.keys(fields), ...(options.open ?? [])]);
  return {
    check(value, path, issues) {
      if (!isPlainObject(value)) {
        issues.push({ path, message: `expected an object, found ${value instanceof Uint8Array ? 'binary data' : describe(value)}` });
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [name, shape] of Object.entries(fields)) {
        if (record[name] === undefined) {
          if (!shape.optional) issues.push({ path: [...path, name], message: 'is missing' });
        } else {
          shape.check(record[name], [...path, name], issues);
        }
      }
      for (const name in record) {
        if (!Object.hasOwn(record, name) || allowed.has(name)) continue;
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

/** One of several object shapes, chosen by the value of a discriminating field. */
export function tagged(field: string, variants: Readonly<Record<string, Shape>>): Shape {
  return {
    check(value, path, issues) {
      const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
      // Own keys only: a peer's "constructor" or "__proto__" must not reach Object.prototype.
      const variant = typeof tag === 'string' && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
      if (!variant) {
        issues.push({ path: [...path, field], message: `${describe(tag)} is not one of ${Object.keys(variants).join(', ')}` });
        return;
      }
      variant.check(value, path, issues);
    },
    jsonSchema: () => ({ oneOf: Object.values(variants).map((variant) => variant.jsonSchema()) }),
  };
}

export function validate(shape: Shape, value: unknown): Issue[] {
  const issues: Issue[] = [];
  shape.check(value, [], issues);
  return issues;
}

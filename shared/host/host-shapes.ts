import type { Shape } from '../validation/shape';

/**
 * The few shapes the host bridge needs that shared/validation/shape.ts does not have: binary
 * data, text with an upper bound (a renderer must not make the host hold a megabyte "name"),
 * a list bounded before it is walked, null-or and nothing. They follow shape.ts's contract and
 * wording ("expected …, found …"), so they compose with its object, integer, tagged and text.
 */

function found(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (value instanceof Uint8Array) return 'binary data';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Any text, the empty one included, of at most `maxLength` characters. */
export function boundedText(maxLength: number): Shape {
  return {
    check(value, path, issues) {
      if (typeof value !== 'string') issues.push({ path, message: `expected text, found ${found(value)}` });
      else if (value.length > maxLength) issues.push({ path, message: `has ${value.length} characters, more than the ${maxLength} allowed` });
    },
    jsonSchema: () => ({ type: 'string', maxLength }),
  };
}

/** A Uint8Array (what Electron's structured clone and the HTTP body both deliver), of any size. */
export function bytes(): Shape {
  return {
    check(value, path, issues) {
      if (!(value instanceof Uint8Array)) issues.push({ path, message: `expected binary data (a Uint8Array), found ${found(value)}` });
    },
    jsonSchema: () => ({ type: 'string', contentEncoding: 'binary' }),
  };
}

/** A list of `minItems` to `maxItems` entries. The length is checked first: a huge list is refused unread. */
export function list(item: Shape, options: { readonly minItems: number; readonly maxItems: number }): Shape {
  return {
    check(value, path, issues) {
      if (!Array.isArray(value)) {
        issues.push({ path, message: `expected a list, found ${found(value)}` });
      } else if (value.length < options.minItems || value.length > options.maxItems) {
        issues.push({ path, message: `needs ${options.minItems} to ${options.maxItems} entries, has ${value.length}` });
      } else {
        value.forEach((entry, index) => item.check(entry, [...path, index], issues));
      }
    },
    jsonSchema: () => ({ type: 'array', items: item.jsonSchema(), minItems: options.minItems, maxItems: options.maxItems }),
  };
}

export function nullable(shape: Shape): Shape {
  return {
    check(value, path, issues) {
      if (value !== null) shape.check(value, path, issues);
    },
    jsonSchema: () => ({ oneOf: [{ type: 'null' }, shape.jsonSchema()] }),
  };
}

/**
 * No value: what a method that answers nothing returns. IPC carries it as undefined, JSON as null
 * (JSON has no undefined), so both are accepted; anything else is a host answering out of turn.
 */
export function nothing(): Shape {
  return {
    check(value, path, issues) {
      if (value !== undefined && value !== null) issues.push({ path, message: `expected nothing, found ${found(value)}` });
    },
    jsonSchema: () => ({ type: 'null' }),
  };
}

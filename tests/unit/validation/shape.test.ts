import { describe, expect, expectTypeOf, it } from 'vitest';
import { deadlineShape, SEED_FILE_SHAPES } from '../../../shared/compact/seed-schema';
import type { Deadline } from '../../../shared/compact/deadline-types';
import type { Institution } from '../../../shared/compact/types';
import {
  ANY_KEY, array, boolean, conforms, dictionary, guarded, integer, isObjectLike, isPlainObject, literal, object, oneOf, optional, parse,
  tagged, text, type Infer,
} from '../../../shared/validation/shape';
import { isOneOf } from '../../../shared/validation/one-of';

/**
 * Shapes yield typed values: the types below are checked by tsc (tests/ is in `tsc -b`), the
 * values by vitest. A validated value reaches callers as its type, so nothing in shared/ casts it.
 */
const offset = object({ amount: integer({ min: 0 }), unit: oneOf(['days', 'months']) });
const due = tagged('kind', {
  within: object({ kind: literal('within'), phrase: text(), offset }),
  calendar: object({ kind: literal('calendar'), phrase: text(), date: text(), note: optional(text()) }),
});

describe('inferred types', () => {
  it('object, optional, oneOf, literal, array and tagged compute their output', () => {
    expectTypeOf<Infer<typeof offset>>().toEqualTypeOf<{ readonly amount: number; readonly unit: 'days' | 'months' }>();
    expectTypeOf<Infer<typeof due>>().toEqualTypeOf<
      | { readonly kind: 'within'; readonly phrase: string; readonly offset: { readonly amount: number; readonly unit: 'days' | 'months' } }
      | { readonly kind: 'calendar'; readonly phrase: string; readonly date: string; readonly note?: string }
    >();
    expectTypeOf<Infer<ReturnType<typeof array<boolean>>>>().toEqualTypeOf<readonly boolean[]>();
    expectTypeOf<Infer<typeof deadlineShape>>().toEqualTypeOf<Deadline>();
    expectTypeOf<Infer<(typeof SEED_FILE_SHAPES)['institutions.json']>['institutions']>().toEqualTypeOf<readonly Institution[]>();
  });

  it('parse hands back the value as its type, narrowed by the tag', () => {
    const parsed = parse(due, { kind: 'calendar', phrase: 'by 2027', date: '2027-12' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expectTypeOf(parsed.value.kind).toEqualTypeOf<'within' | 'calendar'>();
    if (parsed.value.kind === 'calendar') expect(parsed.value.date).toBe('2027-12');
  });

  it('a tagged variant must require its own tag', () => {
    // @ts-expect-error the variant keyed "within" does not say kind: 'within'
    tagged('kind', { within: object({ kind: literal('calendar') }) });
    // @ts-expect-error a variant without the tag field at all
    tagged('kind', { within: object({ phrase: text() }) });
  });
});

describe('parse, conforms, dictionary and guarded', () => {
  it('parse reports every problem with its path and returns no value', () => {
    const parsed = parse(offset, { amount: -1, unit: 'weeks', extra: 1 });
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { path: ['amount'], message: '-1 is below the minimum 0' },
        { path: ['unit'], message: 'the text "weeks" is not one of days, months' },
        { path: ['extra'], message: 'is not a known field' },
      ],
    });
  });

  it('conforms is the same check as a type guard', () => {
    const value: unknown = { amount: 3, unit: 'days' };
    expect(conforms(offset, value)).toBe(true);
    if (conforms(offset, value)) expectTypeOf(value.unit).toEqualTypeOf<'days' | 'months'>();
    expect(conforms(offset, { amount: 3 })).toBe(false);
  });

  it('dictionary checks each key with its test and each value with its shape', () => {
    const clocks = dictionary(integer({ min: 0 }), ANY_KEY);
    expectTypeOf<Infer<typeof clocks>>().toEqualTypeOf<Readonly<Record<string, number>>>();
    expect(parse(clocks, { 12: 3, 7: 0 }).ok).toBe(true);
    expect(parse(clocks, { 12: -1 })).toMatchObject({ ok: false, issues: [{ path: ['12'] }] });
    expect(parse(clocks, [1, 2])).toMatchObject({ ok: false, issues: [{ path: [], message: 'expected an object, found an array' }] });
    const isUnit = (key: string): key is 'days' | 'months' => isOneOf(['days', 'months'] as const, key);
    const perUnit = dictionary(boolean(), { test: isUnit, hint: 'a unit' });
    expectTypeOf<Infer<typeof perUnit>>().toEqualTypeOf<Readonly<Partial<Record<'days' | 'months', boolean>>>>();
    expect(parse(perUnit, { weeks: true })).toMatchObject({ ok: false, issues: [{ path: ['weeks'], message: 'is not a unit' }] });
  });

  it('guarded turns a type guard into a shape', () => {
    const even = guarded((value: unknown): value is number => typeof value === 'number' && value % 2 === 0, 'an even number');
    expect(parse(even, 4)).toEqual({ ok: true, value: 4 });
    expect(parse(even, 3)).toEqual({ ok: false, issues: [{ path: [], message: 'expected an even number, found number 3' }] });
  });

  it('isObjectLike takes any object, isPlainObject only plain ones; isOneOf narrows to the list', () => {
    expect([{}, [], new Uint8Array(1), Object.create(null)].map(isObjectLike)).toEqual([true, true, true, true]);
    expect([{}, [], new Uint8Array(1), Object.create(null), null].map(isPlainObject)).toEqual([true, false, false, true, false]);
    const value: unknown = 'months';
    expect(isOneOf(['days', 'months'] as const, value)).toBe(true);
    if (isOneOf(['days', 'months'] as const, value)) expectTypeOf(value).toEqualTypeOf<'days' | 'months'>();
    expect(isOneOf(['days'] as const, 'constructor')).toBe(false);
  });
});

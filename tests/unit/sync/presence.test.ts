import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  checkAwarenessUpdate,
  withoutClient,
  MAX_AWARENESS_ENTRIES,
  MAX_AWARENESS_STATE_CHARS,
  parsePresence,
  presenceList,
  type AwarenessCheck,
} from '../../../shared/sync/presence';
import { awarenessBytes } from './awareness-bytes';

const dana = { name: 'Dana', delegation: 'us', role: 'delegate' } as const;
const yael = { name: 'Yael', delegation: 'israel', role: 'note-taker' } as const;

const update = awarenessBytes;

function refusal(check: AwarenessCheck): string {
  if (check.ok) throw new Error('expected a refusal');
  return check.reason;
}

describe('checkAwarenessUpdate', () => {
  it("accepts y-protocols' own updates: states, a removal (null), several entries", () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ identity: dana, editing: 'action-1' });
    expect(checkAwarenessUpdate(encodeAwarenessUpdate(awareness, [doc.clientID]))).toEqual({ ok: true });
    awareness.setLocalState(null);
    expect(checkAwarenessUpdate(encodeAwarenessUpdate(awareness, [doc.clientID]))).toEqual({ ok: true });
    expect(checkAwarenessUpdate(update([[1, 1, '{}'], [2, 3, 'null'], [3, 1, JSON.stringify({ identity: yael })]]))).toEqual({ ok: true });
    expect(checkAwarenessUpdate(update([]))).toEqual({ ok: true });
    awareness.destroy();
  });

  it('accepts the limits themselves', () => {
    const entries = Array.from({ length: MAX_AWARENESS_ENTRIES }, (_, i) => [i, 1, '{}'] as const);
    expect(checkAwarenessUpdate(update(entries))).toEqual({ ok: true });
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_AWARENESS_STATE_CHARS - 10) });
    expect(big.length).toBe(MAX_AWARENESS_STATE_CHARS);
    expect(checkAwarenessUpdate(update([[1, 1, big]]))).toEqual({ ok: true });
  });

  it('refuses every truncation of a valid update', () => {
    const whole = update([[1, 1, JSON.stringify({ identity: dana, editing: null })], [2, 7, 'null']]);
    for (let length = 0; length < whole.length; length++) {
      expect(refusal(checkAwarenessUpdate(whole.slice(0, length))), `first ${length} bytes`).toBe('An unreadable presence update.');
      expect(refusal(checkAwarenessUpdate(whole.subarray(0, length))), `view of ${length} bytes`).toBe('An unreadable presence update.');
    }
  });

  it('refuses a count that promises more entries than follow', () => {
    expect(refusal(checkAwarenessUpdate(update([[1, 1, '{}']], 2)))).toBe('An unreadable presence update.');
  });

  it('refuses too many entries before reading any of them', () => {
    const entries = Array.from({ length: MAX_AWARENESS_ENTRIES + 1 }, (_, i) => [i, 1, '{}'] as const);
    expect(refusal(checkAwarenessUpdate(update(entries)))).toBe(`${MAX_AWARENESS_ENTRIES + 1} presence entries (at most ${MAX_AWARENESS_ENTRIES}).`);
    // A count of a billion with nothing behind it: refused on the count, without a loop.
    expect(refusal(checkAwarenessUpdate(update([], 1_000_000_000)))).toBe(`1000000000 presence entries (at most ${MAX_AWARENESS_ENTRIES}).`);
  });

  it('refuses an oversized state', () => {
    const big = JSON.stringify({ pad: 'x'.repeat(MAX_AWARENESS_STATE_CHARS) });
    expect(refusal(checkAwarenessUpdate(update([[1, 1, big]])))).toBe(`A presence state of ${big.length} characters.`);
  });

  it.each([['1'], ['"text"'], ['true'], ['[]'], ['[{"identity":{}}]']])('refuses a state that is not an object: %s', (json) => {
    expect(refusal(checkAwarenessUpdate(update([[1, 1, '{}'], [2, 1, json]])))).toBe('A presence state that is not an object.');
  });

  it('refuses a state that is not JSON', () => {
    expect(refusal(checkAwarenessUpdate(update([[1, 1, '{identity:']])))).toBe('An unreadable presence update.');
    expect(refusal(checkAwarenessUpdate(update([[1, 1, '']])))).toBe('An unreadable presence update.');
  });

  it('refuses bytes after the last entry', () => {
    const whole = update([[1, 1, '{}']]);
    expect(refusal(checkAwarenessUpdate(Uint8Array.of(...whole, 0)))).toBe('Bytes after the presence entries.');
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const check = checkAwarenessUpdate(bytes);
        if (!check.ok) expect(check.reason).toMatch(/\S/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parsePresence', () => {
  it('reads a valid state, with or without an action being edited', () => {
    expect(parsePresence({ identity: dana, editing: 'a1' })).toEqual({ identity: dana, editing: 'a1' });
    expect(parsePresence({ identity: dana, editing: null })).toEqual({ identity: dana, editing: null });
    expect(parsePresence({ identity: dana })).toEqual({ identity: dana, editing: null });
  });

  it('normalises the name as identities are (trimmed, spaces collapsed)', () => {
    expect(parsePresence({ identity: { ...dana, name: '  Dana   Levi ' } })?.identity.name).toBe('Dana Levi');
  });

  it.each([
    ['null', null],
    ['a string', 'Dana'],
    ['no identity', { editing: null }],
    ['an empty name', { identity: { ...dana, name: '  ' } }],
    ['an unknown delegation', { identity: { ...dana, delegation: 'france' } }],
    ['an unknown role', { identity: { ...dana, role: 'admin' } }],
    ['a name too long', { identity: { ...dana, name: 'x'.repeat(81) } }],
    ['editing a number', { identity: dana, editing: 7 }],
    ['editing an overlong id', { identity: dana, editing: 'x'.repeat(201) }],
  ])('refuses %s', (_what, state) => {
    expect(parsePresence(state)).toBeNull();
  });
});

describe('presenceList', () => {
  it('lists valid states of others by name, then client id; skips self and invalid states', () => {
    const states = new Map<number, unknown>([
      [5, { identity: yael, editing: null }],
      [1, { identity: dana, editing: 'x' }], // self
      [9, { identity: { ...dana, name: 'Avi' }, editing: 'a2' }],
      [3, { identity: { ...dana, role: 'king' } }], // invalid identity
      [4, null],
      [8, { identity: yael, editing: 'a3' }],
      [2, {}],
    ]);
    expect(presenceList(states, 1)).toEqual([
      { clientId: 9, identity: { ...dana, name: 'Avi' }, editing: 'a2' },
      { clientId: 5, identity: yael, editing: null },
      { clientId: 8, identity: yael, editing: 'a3' },
    ]);
  });

  it('is the same list whatever order the states arrived in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom('Avi', 'Dana', 'dana', 'Yael', 'Zoe')), { selector: ([id]) => id, maxLength: 12 }),
        (entries) => {
          const states = entries.map(([id, name]) => [id, { identity: { ...dana, name } }] as const);
          const forward = presenceList(new Map(states), 0);
          expect(presenceList(new Map([...states].reverse()), 0)).toEqual(forward);
          expect(forward.map((p) => p.clientId).sort((a, b) => a - b)).toEqual(entries.map(([id]) => id).sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe('withoutClient', () => {
  const encode = (entries: Array<[number, number, unknown]>): Uint8Array =>
    awarenessBytes(entries.map(([id, clock, state]) => [id, clock, JSON.stringify(state)] as const));

  it('drops the entry about this laptop and keeps the others as they were', () => {
    const update = encode([[1, 5, { a: 1 }], [2, 9, null], [3, 1, { b: 2 }]]);
    expect(withoutClient(update, 2)).toEqual(encode([[1, 5, { a: 1 }], [3, 1, { b: 2 }]]));
    expect(withoutClient(update, 4)).toBe(update);
    expect(withoutClient(encode([[2, 9, { forged: true }]]), 2)).toBeNull();
  });
});

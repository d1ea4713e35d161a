import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';
import { laneIndexFor, movedMessage, stepSlot } from '../../../renderer/src/features/board/board-moves';

/** The whole lane after putting `moving` at `index` of the lane without it (what moveAction does). */
function place(lane: readonly string[], moving: string, index: number): string[] {
  const rest = lane.filter((id) => id !== moving);
  return [...rest.slice(0, index), moving, ...rest.slice(index)];
}

/** What the user expects to see: the visible rows with `moving` dropped at `slot`. */
function expectedVisible(visible: readonly string[], moving: string, slot: number): string[] {
  const marked = [...visible.slice(0, slot), '\u0000', ...visible.slice(slot)].filter((id) => id !== moving);
  return marked.map((id) => (id === '\u0000' ? moving : id));
}

describe('moves on a filtered board', () => {
  it('without a filter, a slot is the index counted without the moving row', () => {
    const lane = ['a', 'b', 'c', 'd'];
    expect(laneIndexFor(lane, lane, 'b', 0)).toBe(0);
    expect(laneIndexFor(lane, lane, 'b', 3)).toBe(2); // before d: index 2 of [a, c, d]
    expect(laneIndexFor(lane, lane, 'b', 4)).toBe(3);
    expect(laneIndexFor(lane, lane, 'x', 1)).toBe(1); // from another lane
  });

  it('a drop before a visible row lands just before it; after the last visible row, just after it', () => {
    const lane = ['a', 'h1', 'b', 'h2', 'c', 'h3'];
    const visible = ['a', 'b', 'c'];
    expect(place(lane, 'x', laneIndexFor(lane, visible, 'x', 1))).toEqual(['a', 'h1', 'x', 'b', 'h2', 'c', 'h3']);
    expect(place(lane, 'x', laneIndexFor(lane, visible, 'x', 3))).toEqual(['a', 'h1', 'b', 'h2', 'c', 'x', 'h3']);
    expect(laneIndexFor(['h1', 'h2'], [], 'x', 0)).toBe(2);
  });

  it('the visible rows always end up in the order the user dropped them in', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      fc.nat(), fc.nat(), fc.boolean(),
      (ids, shownFlags, pick, slotSeed, fromOutside) => {
        const lane = ids.map(String);
        const visible = lane.filter((_, i) => shownFlags[i]);
        // 'x' is never in the lane: a row arriving from another lane.
        const moving = fromOutside || visible.length === 0 ? 'x' : visible[pick % visible.length]!;
        const slot = slotSeed % (visible.length + 1);
        const after = place(lane, moving, laneIndexFor(lane, visible, moving, slot));
        expect(after).toHaveLength(lane.filter((id) => id !== moving).length + 1);
        // Hidden rows keep their order among themselves; the shown ones read as the user dropped them.
        expect(after.filter((id) => id !== moving && !visible.includes(id))).toEqual(lane.filter((id) => !visible.includes(id)));
        expect(after.filter((id) => id === moving || visible.includes(id))).toEqual(expectedVisible(visible, moving, slot));
      },
    ));
  });

  it('a step goes past the neighbour that is shown, and stops at the edges', () => {
    const visible = ['a', 'b', 'c'];
    expect(stepSlot(visible, 'a', -1)).toBeNull();
    expect(stepSlot(visible, 'c', 1)).toBeNull();
    expect(stepSlot(visible, 'b', -1)).toBe(0);
    expect(stepSlot(visible, 'b', 1)).toBe(3);
    const lane = ['a', 'h', 'b', 'c'];
    expect(place(lane, 'b', laneIndexFor(lane, visible, 'b', stepSlot(visible, 'b', -1)!))).toEqual(['b', 'a', 'h', 'c']);
    expect(place(lane, 'a', laneIndexFor(lane, visible, 'a', stepSlot(visible, 'a', 1)!))).toEqual(['h', 'b', 'a', 'c']);
  });

  it('announces the lane and the position in words', () => {
    expect(movedMessage(wordsFor(), 'Convene', 'existing-authority', 2, 23))
      .toBe('Moved “Convene” to Available now under existing authority, position 3 of 23.');
    expect(movedMessage(wordsFor(), '', null, 0, 1)).toBe('Moved “Untitled action” to Not yet sequenced, position 1 of 1.');
    expect(movedMessage(wordsFor('he'), '', null, 0, 1)).toBe('„פעולה ללא כותרת” הועברה אל טרם שובצה, מקום 1 מתוך 1.');
  });
});

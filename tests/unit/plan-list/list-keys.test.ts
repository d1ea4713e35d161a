import { describe, expect, it } from 'vitest';
import { listKey } from '../../../renderer/src/features/plan-list/list-keys';

const key = (name: string, extra: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  ({ key: name, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...extra });

describe('the plan list’s keys', () => {
  it('on a row: move, open, select, close, and go to a chip', () => {
    expect(listKey(key('ArrowDown'), true, false)).toEqual({ kind: 'move', to: 'next', extend: false });
    expect(listKey(key('j'), true, false)).toEqual({ kind: 'move', to: 'next', extend: false });
    expect(listKey(key('K', { shiftKey: true }), true, false)).toEqual({ kind: 'move', to: 'previous', extend: true });
    expect(listKey(key('End'), true, false)).toEqual({ kind: 'move', to: 'last', extend: false });
    expect(listKey(key('Enter'), true, false)).toEqual({ kind: 'open' });
    expect(listKey(key('o'), true, false)).toEqual({ kind: 'open' });
    expect(listKey(key(' '), true, false)).toEqual({ kind: 'toggle' });
    expect(listKey(key('x'), true, false)).toEqual({ kind: 'toggle' });
    expect(listKey(key('Escape'), true, false)).toEqual({ kind: 'escape' });
    expect(listKey(key('s'), true, false)).toEqual({ kind: 'control', control: 'status' });
    expect(listKey(key('i'), true, false)).toEqual({ kind: 'control', control: 'lead-israel' });
    expect(listKey(key('ArrowRight'), true, false)).toEqual({ kind: 'control', control: 'select' });
    expect(listKey(key('ArrowLeft'), true, true)).toEqual({ kind: 'control', control: 'select' });
    expect(listKey(key('q'), true, false)).toBeNull();
  });

  it('in a chip: only Escape and the arrows across belong to the list; letters are the field’s', () => {
    expect(listKey(key('Escape'), false, false)).toEqual({ kind: 'row' });
    expect(listKey(key('ArrowRight'), false, false)).toEqual({ kind: 'step-control', delta: 1 });
    expect(listKey(key('ArrowRight'), false, true)).toEqual({ kind: 'step-control', delta: -1 });
    expect(listKey(key('j'), false, false)).toBeNull();
    expect(listKey(key('ArrowDown'), false, false)).toBeNull();
  });

  it('leaves chords to the app (Ctrl+Z, Ctrl+K)', () => {
    expect(listKey(key('z', { ctrlKey: true }), true, false)).toBeNull();
    expect(listKey(key('k', { metaKey: true }), true, false)).toBeNull();
  });
});

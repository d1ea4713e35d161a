import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformCursor } from '../../../renderer/src/ui/text-cursor';

describe('the caret when collaborative text changes under it', () => {
  it('stays before an edit further on, and shifts with one before it', () => {
    expect(transformCursor('hello world', 'hello brave world', 3)).toBe(3);
    expect(transformCursor('hello world', 'oh, hello world', 8)).toBe(12);
    expect(transformCursor('hello world', 'hello', 5)).toBe(5);
    expect(transformCursor('hello world', 'world', 8)).toBe(2);
  });

  it('moves to the end of a replaced span it was inside', () => {
    expect(transformCursor('the old plan', 'the new plan', 6)).toBe(7);
  });

  it('keeps its place in Hebrew as in English', () => {
    expect(transformCursor('ועדת היגוי', 'ועדת היגוי משותפת', 4)).toBe(4);
  });

  it('keeps what was before the caret before it, and what was after it after it, whatever a peer inserts', () => {
    // An insertion right at the caret may land on either side of it (the diff cannot tell), so
    // the property speaks of the text on each side, not of the inserted text.
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (head, inserted, between, tail) => {
      const before = head + between + tail;
      const after = head + inserted + between + tail;
      const moved = transformCursor(before, after, head.length + between.length);
      expect(after.slice(0, moved).startsWith(head)).toBe(true);
      expect(after.slice(moved).endsWith(tail)).toBe(true);
      expect(after.slice(moved).length).toBeLessThanOrEqual(tail.length + inserted.length);
    }));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applyTextChange } from '../../../shared/workspace/text-diff';

function textOf(initial: string): Y.Text {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  return text;
}

describe('applyTextChange', () => {
  it('makes the text read exactly the new value, for any pair of strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
        const text = textOf(before);
        applyTextChange(text, after);
        expect(text.toString()).toBe(after);
      }),
    );
  });

  it('touches only the changed middle', () => {
    const text = textOf('Launch the fund');
    const deltas: unknown[] = [];
    text.observe((event) => deltas.push(event.delta));
    applyTextChange(text, 'Launch the joint fund');
    expect(deltas).toEqual([[{ retain: 11 }, { insert: 'joint ' }]]);
  });

  it('never splits a surrogate pair', () => {
    const text = textOf('flag 🇺🇸 end');
    applyTextChange(text, 'flag 🇮🇱 end');
    expect(text.toString()).toBe('flag 🇮🇱 end');
  });
});

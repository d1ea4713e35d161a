import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FSI, PDI, firstStrongDirection, isolate, message, partsOf, toPlainText } from '../../../shared/text/bidi';
import { cycleMessage } from '../../../shared/workspace/dependencies';

const HEBREW = 'הקמת מרכז AI Center';

describe('text that never scrambles', () => {
  it('builds a message that quotes a title as parts, the title a part of its own', () => {
    expect(message`Due before “${HEBREW}”.`).toEqual([
      { kind: 'text', text: 'Due before “' }, { kind: 'user', text: HEBREW }, { kind: 'text', text: '”.' },
    ]);
    expect(toPlainText(message`Due before “${HEBREW}”.`)).toBe(`Due before “${FSI}${HEBREW}${PDI}”.`);
  });

  it('names a cycle with each title isolated, in the order of the chain', () => {
    const parts = cycleMessage(['AI Center', HEBREW, 'AI Center']);
    expect(parts.filter((part) => part.kind === 'user').map((part) => part.text)).toEqual(['AI Center', HEBREW, 'AI Center']);
    expect(toPlainText(parts)).toBe(`That would make a cycle: “${isolate('AI Center')}” → “${isolate(HEBREW)}” → “${isolate('AI Center')}”.`);
  });

  it('reads back every plain-text message into the parts it was written from', () => {
    const noMarks = fc.string({ unit: 'grapheme' }).map((text) => text.replace(/[\u2066-\u2069]/g, ''));
    const part = fc.oneof(
      noMarks.filter((text) => text.length > 0).map((text) => ({ kind: 'text' as const, text })),
      noMarks.map((text) => ({ kind: 'user' as const, text })),
    );
    fc.assert(fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
      // Adjacent text parts read back as one: compare with them joined.
      const merged = parts.reduce<typeof parts>((out, next) => {
        const last = out.at(-1);
        return last?.kind === 'text' && next.kind === 'text' ? [...out.slice(0, -1), { kind: 'text', text: last.text + next.text }] : [...out, next];
      }, []);
      expect(partsOf(toPlainText(parts))).toEqual(merged);
    }));
  });

  it('keeps a user string from unbalancing its isolate', () => {
    expect(isolate(`a${PDI}b${FSI}`)).toBe(`${FSI}ab${PDI}`);
  });

  it('finds a paragraph\'s direction from its first strong letter, skipping isolated words', () => {
    expect(firstStrongDirection(HEBREW)).toBe('rtl');
    expect(firstStrongDirection('AI Center הקמת מרכז')).toBe('ltr');
    expect(firstStrongDirection(`${isolate('דנה')} (NIST)`)).toBe('ltr');
    expect(firstStrongDirection(`${isolate('משרד הכלכלה')} (${isolate('Ronit')})`)).toBe('rtl');
    expect(firstStrongDirection('2027-12-31')).toBeNull();
  });
});

describe('the direction a user string reads in', () => {
  it('follows most of its letters, so an English sentence opening with a Hebrew name stays left to right', async () => {
    const { dominantDirection } = await import('../../../shared/text/bidi');
    expect(dominantDirection('דנה לוי chairs the steering committee.')).toBe('ltr');
    expect(dominantDirection('ועדת היגוי משותפת בתל אביב, AI')).toBe('rtl');
    // A tie goes to the first strong letter, as dir="auto" would.
    expect(dominantDirection('הקמת מרכז AI Center')).toBe('rtl');
    expect(dominantDirection('AI Center הקמת מרכז')).toBe('ltr');
    expect(dominantDirection('2027')).toBeNull();
  });
});

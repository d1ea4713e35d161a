import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestMatches, fold, matchRank } from '../../../renderer/src/features/palette/palette-match';

describe('what the palette finds', () => {
  it('finds an action by its code or by words of its title, in any order and case', () => {
    const text = 'AI-1 First challenge call under the AI program';
    expect(matchRank('ai-1', text)).toBeGreaterThan(0);
    expect(matchRank('AI-1', text)).toBeGreaterThan(0);
    expect(matchRank('call challenge', text)).toBeGreaterThan(0);
    expect(matchRank('QC-1', text)).toBe(0);
    expect(matchRank('challenge  zebra', text)).toBe(0);
  });

  it('finds Hebrew with or without points, and keeps final letters apart', () => {
    expect(matchRank('שלום', 'AI-2 שָׁלוֹם קוונטי')).toBeGreaterThan(0);
    expect(matchRank('שָׁלוֹם', 'AI-2 שלום קוונטי')).toBeGreaterThan(0);
    expect(matchRank('קוונטי', 'AI-2 שלום קוונטי')).toBe(2);
    expect(matchRank('מלך', 'מלכה')).toBe(0);
  });

  it('ranks a match at the start above one at a word start above one inside a word', () => {
    expect(matchRank('plan', 'Plan')).toBe(3);
    expect(matchRank('dates', 'Key dates')).toBe(2);
    expect(matchRank('ates', 'Key dates')).toBe(1);
  });

  it('lists matches best first, stable within a rank, at most the limit, with the full count', () => {
    const items = ['Session', 'Sync files', 'Plan session notes', 'Review', 'Last session'];
    const found = bestMatches(items, 'session', fold, 2);
    expect(found.shown).toEqual(['Session', 'Plan session notes']);
    expect(found.total).toBe(3);
  });

  it('a text always finds itself, and an empty query finds everything in the given order', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' })), fc.string({ unit: 'grapheme' }), (items, text) => {
      if (text.trim() !== '') expect(matchRank(text, text)).toBeGreaterThan(0);
      expect(bestMatches(items, '  ', fold, Infinity).shown).toEqual(items);
    }));
  });
});

import { describe, expect, it } from 'vitest';
import { insertMention, matchMentions, mentionQueryAt, mentionRuns, type MentionCandidate } from '../../../renderer/src/features/discussion/mention-query';
import { commentTime, initialsOf, mentionsOf } from '../../../renderer/src/features/discussion/thread-marks';
import type { Comment } from '../../../shared/workspace/agreement/comments';
import type { Identity } from '../../../shared/identity/identity';

const people: MentionCandidate[] = [
  { name: 'Avi Cohen', side: 'israel', detail: null },
  { name: 'Jane Miller', side: 'us', detail: 'CAISI' },
  { name: 'Javier Ruiz', side: 'us', detail: null },
];

describe('the mention being typed', () => {
  it('is the @ word at the caret, at the start or after a space, never across a line', () => {
    expect(mentionQueryAt('Thanks @Av', 10)).toEqual({ start: 7, query: 'Av' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail@example', 12)).toBeNull();
    expect(mentionQueryAt('@Avi\nnext', 9)).toBeNull();
    expect(mentionQueryAt('@Avi Co', 7)).toEqual({ start: 0, query: 'Avi Co' });
  });

  it('matches names by their start or a later word, best first, and inserts the whole name', () => {
    expect(matchMentions(people, 'ja').map((p) => p.name)).toEqual(['Jane Miller', 'Javier Ruiz']);
    expect(matchMentions(people, 'coh').map((p) => p.name)).toEqual(['Avi Cohen']);
    expect(matchMentions(people, 'zz')).toEqual([]);
    expect(insertMention('Thanks @Av', { start: 7, query: 'Av' }, 10, 'Avi Cohen')).toEqual({ text: 'Thanks @Avi Cohen ', caret: 18 });
  });

  it('marks known @names in a text, longest first and whole', () => {
    expect(mentionRuns('Ask @Avi Cohen and @Avi', ['Avi', 'Avi Cohen'])).toEqual([
      { text: 'Ask ', mention: false }, { text: '@Avi Cohen', mention: true }, { text: ' and ', mention: false }, { text: '@Avi', mention: true },
    ]);
    expect(mentionRuns('@Avishai', ['Avi'])).toEqual([{ text: '@Avishai', mention: false }]);
  });
});

describe('a thread’s marks', () => {
  const avi: Identity = { name: 'Avi Cohen', delegation: 'israel', role: 'delegate' };
  const jane: Identity = { name: 'Jane Miller', delegation: 'us', role: 'note-taker' };
  const comment = (author: Identity, text: string): Comment => ({ item: 'action:x', text, author, client: '1', at: '2026-07-01T09:30:00.000Z', editedAt: null });

  it('counts others’ comments that mention the user, not the user’s own', () => {
    const thread = [comment(avi, 'Hi @Jane Miller'), comment(jane, '@Avi Cohen yes'), comment(avi, 'Noted, @Avi Cohen')];
    expect(mentionsOf(thread, avi)).toBe(1);
    expect(mentionsOf(thread, jane)).toBe(1);
    expect(mentionsOf(thread, null)).toBe(0);
  });

  it('initials and time', () => {
    expect(initialsOf('Avi Cohen')).toBe('AC');
    expect(initialsOf('אבי כהן')).toBe('אכ');
    expect(commentTime('2026-07-01T09:30:00.000Z', 'en-US', new Date('2026-07-01T12:00:00.000Z'))).toMatch(/\d{1,2}:30/);
    expect(commentTime('2026-07-01T09:30:00.000Z', 'en-US', new Date('2026-08-01T12:00:00.000Z'))).toMatch(/Jul 1/);
  });
});

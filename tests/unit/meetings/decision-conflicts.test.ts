import { describe, expect, it } from 'vitest';
import { parseConflictEntry } from '../../../shared/review/conflict-entry';
import { resolveConflicts } from '../../../shared/review/conflict-resolution';
import { deriveInbox } from '../../../shared/review/inbox';
import { recordAuthor } from '../../../shared/workspace/authors';
import { addDecision, editDecision } from '../../../shared/workspace/meetings/decisions';
import { addMeeting } from '../../../shared/workspace/meetings/meetings';
import { deriveDecisions } from '../../../shared/workspace/meetings/meeting-view';
import { conflictsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { DANA, NOA, SAM, exchange, laptop } from '../review/replicas';
import { MEETING_INPUT, NOW } from './meeting-fixtures';

const LATER = new Date('2026-07-02T10:00:00Z');

function apart() {
  const base = createWorkspaceDoc();
  recordAuthor(base, NOA);
  const meeting = addMeeting(base, MEETING_INPUT, NOW);
  const decision = addDecision(base, meeting, 'The testbed is chartered.', [], NOW);
  const dana = laptop(DANA, base);
  const sam = laptop(SAM, base);
  editDecision(dana.doc, decision, { text: 'The testbed is chartered by both sides.' }, NOW);
  editDecision(sam.doc, decision, { text: 'The testbed is chartered for two years.' }, NOW);
  exchange([dana, sam]);
  return { meeting, decision, dana, sam };
}

const words = (doc: Parameters<typeof deriveDecisions>[0], meeting: string) => deriveDecisions(doc, meeting)[0]?.text;

describe("a decision's words changed on two laptops apart", () => {
  it('reach the conflict inbox on both, with both wordings and their writers', () => {
    const { meeting, decision, dana, sam } = apart();
    expect(words(dana.doc, meeting)).toBe(words(sam.doc, meeting));
    for (const { doc, errors } of [dana, sam]) {
      expect(errors).toEqual([]);
      const inbox = deriveInbox(doc);
      expect(inbox.open).toHaveLength(1);
      const group = inbox.open[0]!;
      expect(group.record).toEqual({ kind: 'decision', id: decision });
      expect(group.field).toBe('decisionText');
      expect([group.current.value, group.others[0]?.value].sort()).toEqual(['The testbed is chartered by both sides.', 'The testbed is chartered for two years.']);
      expect([group.current.who, group.others[0]?.who]).toEqual(expect.arrayContaining([DANA, SAM]));
    }
  });

  it('choosing the other wording writes it as an edit; the entry closes on both and nothing new opens', () => {
    const { meeting, dana, sam } = apart();
    const group = deriveInbox(sam.doc).open[0]!;
    const other = group.others[0]!.value as string;
    resolveConflicts(sam.doc, group.items.map((item) => item.key), other, LATER);
    expect(words(sam.doc, meeting)).toBe(other);
    exchange([dana, sam]);
    expect(words(dana.doc, meeting)).toBe(other);
    for (const { doc } of [dana, sam]) {
      expect(deriveInbox(doc).open).toEqual([]);
      expect(conflictsMap(doc).size).toBe(1);
    }
  });

  it('one laptop editing while the other does nothing is no conflict', () => {
    const base = createWorkspaceDoc();
    recordAuthor(base, NOA);
    const meeting = addMeeting(base, MEETING_INPUT, NOW);
    const decision = addDecision(base, meeting, 'First words.', [], NOW);
    const dana = laptop(DANA, base);
    const sam = laptop(SAM, base);
    editDecision(dana.doc, decision, { text: 'Second words.' }, NOW);
    exchange([dana, sam]);
    editDecision(sam.doc, decision, { text: 'Third words.' }, NOW);
    exchange([dana, sam]);
    expect(conflictsMap(dana.doc).size).toBe(0);
    expect(words(dana.doc, meeting)).toBe('Third words.');
  });

  it('an inbox entry from a peer pairing a decision with another field, or an action with decision words, is refused', () => {
    const side = { value: 'x', by: '12345', at: NOW.toISOString() };
    const entry = (kind: string, field: string) => ({ v: 1, record: { kind, id: 'd1' }, field, current: side, other: side, detectedAt: NOW.toISOString() });
    expect(parseConflictEntry('decision:d1/decisionText/a', entry('decision', 'decisionText')).ok).toBe(true);
    expect(parseConflictEntry('decision:d1/status/a', entry('decision', 'status')).ok).toBe(false);
    expect(parseConflictEntry('action:d1/decisionText/a', entry('action', 'decisionText')).ok).toBe(false);
    expect(parseConflictEntry('meeting:d1/decisionText/a', entry('meeting', 'decisionText')).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseConflictEntry } from '../../../shared/review/conflict-entry';
import { resolveConflicts } from '../../../shared/review/conflict-resolution';
import { deriveInbox } from '../../../shared/review/inbox';
import { recordAuthor } from '../../../shared/workspace/authors';
import { addAttendee, addMeeting, removeAttendee, setAttendee } from '../../../shared/workspace/meetings/meetings';
import { deriveMeetings } from '../../../shared/workspace/meetings/meeting-view';
import { conflictsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import type { Attendee } from '../../../shared/workspace/meetings/attendees';
import { DANA, NOA, SAM, exchange, laptop } from '../review/replicas';
import { MEETING_INPUT, NOW } from './meeting-fixtures';

const LATER = new Date('2026-07-02T10:00:00Z');
const GUEST: Attendee = { kind: 'guest', side: 'us', name: 'Jo Park' };

function base() {
  const doc = createWorkspaceDoc();
  recordAuthor(doc, NOA);
  const meeting = addMeeting(doc, MEETING_INPUT, NOW);
  const key = addAttendee(doc, meeting, GUEST, NOW);
  return { doc, meeting, key };
}

/** Two note-takers change one guest's entry apart: one moves her to the other side, one respells her name. */
function apart() {
  const { doc, meeting, key } = base();
  const dana = laptop(DANA, doc);
  const sam = laptop(SAM, doc);
  setAttendee(dana.doc, meeting, key, { kind: 'guest', side: 'israel', name: 'Jo Park' }, NOW);
  setAttendee(sam.doc, meeting, key, { kind: 'guest', side: 'us', name: 'Jo Parker' }, NOW);
  exchange([dana, sam]);
  return { meeting, key, dana, sam };
}

const entryOf = (doc: Parameters<typeof deriveMeetings>[0], meeting: string, key: string) =>
  deriveMeetings(doc).find((view) => view.id === meeting)?.attendees.find((entry) => entry.key === key)?.attendee;

describe('one attendance entry changed on two laptops apart', () => {
  it('reaches the conflict inbox on both, with both entries and their writers', () => {
    const { meeting, key, dana, sam } = apart();
    expect(entryOf(dana.doc, meeting, key)).toEqual(entryOf(sam.doc, meeting, key));
    for (const { doc, errors } of [dana, sam]) {
      expect(errors).toEqual([]);
      const inbox = deriveInbox(doc);
      expect(inbox.open).toHaveLength(1);
      const group = inbox.open[0]!;
      expect(group.record).toEqual({ kind: 'attendance', id: `${meeting}/${key}` });
      expect(group.field).toBe('attendee');
      expect([group.current.value, group.others[0]?.value]).toEqual(expect.arrayContaining([
        { kind: 'guest', side: 'israel', name: 'Jo Park' }, { kind: 'guest', side: 'us', name: 'Jo Parker' },
      ]));
      expect([group.current.who, group.others[0]?.who]).toEqual(expect.arrayContaining([DANA, SAM]));
    }
  });

  it('choosing the other entry writes it as an edit; the entry closes on both and nothing new opens', () => {
    const { meeting, key, dana, sam } = apart();
    const group = deriveInbox(sam.doc).open[0]!;
    const other = group.others[0]!.value;
    resolveConflicts(sam.doc, group.items.map((item) => item.key), other, LATER);
    expect(entryOf(sam.doc, meeting, key)).toEqual(other);
    exchange([dana, sam]);
    expect(entryOf(dana.doc, meeting, key)).toEqual(other);
    for (const { doc } of [dana, sam]) {
      expect(deriveInbox(doc).open).toEqual([]);
      expect(conflictsMap(doc).size).toBe(1);
    }
  });

  it('sequential changes, the same change on both, and two people added at once are no conflict', () => {
    const { doc, meeting, key } = base();
    const dana = laptop(DANA, doc);
    const sam = laptop(SAM, doc);
    setAttendee(dana.doc, meeting, key, { ...GUEST, name: 'Jo Park-Lee' }, NOW);
    exchange([dana, sam]);
    setAttendee(sam.doc, meeting, key, { ...GUEST, side: 'israel', name: 'Jo Park-Lee' }, NOW);
    exchange([dana, sam]);
    setAttendee(dana.doc, meeting, key, GUEST, NOW);
    setAttendee(sam.doc, meeting, key, GUEST, NOW);
    addAttendee(dana.doc, meeting, { kind: 'guest', side: 'us', name: 'Ari' }, NOW);
    addAttendee(sam.doc, meeting, { kind: 'guest', side: 'israel', name: 'Lior' }, NOW);
    exchange([dana, sam]);
    expect(conflictsMap(dana.doc).size).toBe(0);
    expect(conflictsMap(sam.doc).size).toBe(0);
    expect(deriveMeetings(dana.doc)[0]?.attendees).toHaveLength(3);
  });

  it('a removal racing a change is left to the merge (a deletion carries no clock)', () => {
    const { doc, meeting, key } = base();
    const dana = laptop(DANA, doc);
    const sam = laptop(SAM, doc);
    removeAttendee(dana.doc, meeting, key, NOW);
    setAttendee(sam.doc, meeting, key, { ...GUEST, name: 'Jo Parker' }, NOW);
    exchange([dana, sam]);
    expect(conflictsMap(dana.doc).size).toBe(0);
    expect(entryOf(dana.doc, meeting, key)).toEqual(entryOf(sam.doc, meeting, key));
  });

  it('an entry from a peer pairing attendance with another field, or naming no meeting, is refused', () => {
    const side = { value: GUEST, by: '12345', at: NOW.toISOString() };
    const entry = (kind: string, id: string, field: string) => ({ v: 1, record: { kind, id }, field, current: side, other: side, detectedAt: NOW.toISOString() });
    expect(parseConflictEntry('attendance:m1/guest:g/attendee/a', entry('attendance', 'm1/guest:g', 'attendee')).ok).toBe(true);
    expect(parseConflictEntry('attendance:m1/guest:g/status/a', entry('attendance', 'm1/guest:g', 'status')).ok).toBe(false);
    expect(parseConflictEntry('action:m1/attendee/a', entry('action', 'm1', 'attendee')).ok).toBe(false);
    expect(parseConflictEntry('attendance:m1/attendee/a', entry('attendance', 'm1', 'attendee')).ok).toBe(false);
    const notAttendee = { ...entry('attendance', 'm1/guest:g', 'attendee'), current: { ...side, value: 'Jo' } };
    expect(parseConflictEntry('attendance:m1/guest:g/attendee/a', notAttendee).ok).toBe(false);
  });

  it('an entry cannot be turned into another directory person or a guest into a person', () => {
    const { doc, meeting, key } = base();
    expect(() => setAttendee(doc, meeting, 'guest:nobody', GUEST, NOW)).toThrow();
    expect(() => setAttendee(doc, meeting, key, { kind: 'guest', side: 'us', name: '' }, NOW)).toThrow();
  });
});

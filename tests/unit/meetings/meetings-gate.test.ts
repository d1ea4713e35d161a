import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeImport, prepareImport } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addAgendaItem, setAgendaItemDeleted, setAgendaLink } from '../../../shared/workspace/meetings/agenda';
import { addDecision } from '../../../shared/workspace/meetings/decisions';
import { addAttendee, addMeeting, removeAttendee, setMeetingChair, setMeetingDeleted, setMeetingStatus } from '../../../shared/workspace/meetings/meetings';
import { deriveMeetings, minutesFragment } from '../../../shared/workspace/meetings/meeting-view';
import { agendaItemsMap, decisionsMap, meetingsMap } from '../../../shared/workspace/meetings/meeting-schema';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { AVI, SAM, laptop, stateOf } from '../bundle/laptops';
import { attack } from '../sync/gate-cases';
import { DRAFT, MEETING_INPUT, NOW, send, sync, twoLaptopsWithMeeting } from './meeting-fixtures';

const ATTACKER = 88_888_888;
const record = (map: Y.Map<unknown>, id: string) => map.get(id) as Y.Map<unknown>;

/** Types a paragraph into the minutes as TipTap's binding would: an element holding a text. */
function typeParagraph(fragment: Y.XmlFragment, words: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('dir', 'auto');
  paragraph.insert(0, [new Y.XmlText(words)]);
  fragment.insert(fragment.length, [paragraph]);
}

describe('meetings through the gate', () => {
  it('takes every change the app makes to meetings, agenda, decisions and minutes', () => {
    const { avi, sam, meeting } = twoLaptopsWithMeeting();
    const steps: Array<(doc: Y.Doc) => void> = [
      (doc) => setMeetingStatus(doc, meeting, 'in-progress', NOW),
      (doc) => setMeetingChair(doc, meeting, 'us', { kind: 'guest', side: 'us', name: 'Amb. Rivera' }, NOW),
      (doc) => {
        const key = addAttendee(doc, meeting, { kind: 'guest', side: 'israel', name: 'Dr. Levi' }, NOW);
        removeAttendee(doc, meeting, key, NOW);
        addAttendee(doc, meeting, { kind: 'guest', side: 'israel', name: 'Dr. Levi' }, NOW);
      },
      (doc) => {
        const item = addAgendaItem(doc, meeting, { title: 'AI testbed', minutesAllotted: 20 }, NOW);
        setAgendaLink(doc, item, 'action', DRAFT, true, NOW);
        setAgendaLink(doc, item, 'initiative', 'AI-1', true, NOW);
        setAgendaItemDeleted(doc, item, true, NOW);
      },
      (doc) => addDecision(doc, meeting, 'Agreed', [{ op: 'set-status', action: DRAFT, status: 'agreed' }], NOW),
      (doc) => typeParagraph(minutesFragment(doc, meeting)!, 'The delegations met.'),
      (doc) => typeParagraph(minutesFragment(doc, meeting)!, 'המשלחות נפגשו.'),
      (doc) => ((minutesFragment(doc, meeting)!.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(3, ' two', { bold: true }),
      (doc) => setMeetingDeleted(doc, meeting, true, NOW),
      (doc) => setMeetingDeleted(doc, meeting, false, NOW),
    ];
    for (const step of steps) {
      avi.edit(step);
      send(avi, sam);
    }
    expect(stateOf(sam.doc)).toBe(stateOf(avi.doc));
    expect(minutesFragment(sam.doc, meeting)!.toString()).toContain('המשלחות נפגשו.');
  });

  const hostile: { name: string; rule: string; reason: RegExp; edit: (doc: Y.Doc, meeting: string) => void }[] = [
    { name: 'a meeting erased', rule: 'hard-delete', reason: /erases the meeting/, edit: (doc, meeting) => meetingsMap(doc).delete(meeting) },
    { name: 'an unknown status', rule: 'invalid-field', reason: /Meeting .*, field “status”: expected one of planned/, edit: (doc, meeting) => record(meetingsMap(doc), meeting).set('status', 'cancelled') },
    { name: 'a start that is not a time', rule: 'invalid-field', reason: /field “startsAt”: .* is not a date and time/, edit: (doc, meeting) => record(meetingsMap(doc), meeting).set('startsAt', 'tomorrow') },
    { name: 'an unknown time zone', rule: 'invalid-field', reason: /field “timeZone”: “Mars\/Olympus” is not a known time zone/, edit: (doc, meeting) => record(meetingsMap(doc), meeting).set('timeZone', 'Mars/Olympus') },
    { name: 'an attendee without a side', rule: 'invalid-field', reason: /field “attendees”: attendee x: .*side/, edit: (doc, meeting) => (record(meetingsMap(doc), meeting).get('attendees') as Y.Map<unknown>).set('x', { kind: 'guest', name: 'Eve' }) },
    { name: 'the minutes replaced by a new fragment', rule: 'replaced-record', reason: /field “minutes”: the update replaces it/, edit: (doc, meeting) => record(meetingsMap(doc), meeting).set('minutes', new Y.XmlFragment()) },
    { name: 'a script element in the minutes', rule: 'invalid-field', reason: /minutes of meeting .*“script” is not something the minutes hold/, edit: (doc, meeting) => minutesFragment(doc, meeting)!.insert(0, [new Y.XmlElement('script')]) },
    { name: 'a nested script in a pasted list', rule: 'invalid-field', reason: /“iframe” is not something the minutes hold/, edit: (doc, meeting) => {
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      item.insert(0, [new Y.XmlElement('iframe')]);
      list.insert(0, [item]);
      minutesFragment(doc, meeting)!.insert(0, [list]);
    } },
    { name: 'a decision with a malformed change', rule: 'invalid-field', reason: /Decision .*, field “changes”: change 0: op: .* is not one of create-action/, edit: (doc, meeting) => {
      const decision = new Y.Map<unknown>();
      decision.set('meeting', meeting);
      decision.set('text', 'x');
      decision.set('order', 'a0');
      decision.set('changes', [{ op: 'erase-plan' }]);
      decisionsMap(doc).set('d1', decision);
    } },
    { name: 'an agenda item with a negative time', rule: 'invalid-field', reason: /Agenda item .*, field “minutesAllotted”: expected whole minutes/, edit: (doc, meeting) => {
      const item = new Y.Map<unknown>();
      item.set('meeting', meeting);
      item.set('title', 'x');
      item.set('order', 'a0');
      item.set('minutesAllotted', -5);
      agendaItemsMap(doc).set('i1', item);
    } },
  ];

  it.each(hostile)('refuses $name with its rule and reason, changing nothing', ({ rule, reason, edit }) => {
    const { sam, meeting } = twoLaptopsWithMeeting();
    const before = stateOf(sam.doc);
    const made = attack(sam.doc, ATTACKER, (doc) => edit(doc, meeting));
    const verdict = sam.merge(made.update, new RemoteOrigin('peer', 'Mallory'));
    expect(verdict).toMatchObject({ ok: false, rule });
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
    expect(stateOf(sam.doc)).toBe(before);
    made.doc.destroy();
  });

  it('shows a malformed meeting that reached a document by another way as invalid, keeping its valid fields', () => {
    const { avi, meeting } = twoLaptopsWithMeeting();
    avi.doc.transact(() => record(meetingsMap(avi.doc), meeting).set('status', 42));
    const view = deriveMeetings(avi.doc).find((entry) => entry.id === meeting)!;
    expect(view).toMatchObject({ title: 'Working session 3', status: null, place: 'tel-aviv' });
    expect(view.problems).toEqual(['status: expected one of planned, in-progress, held, minutes-circulated, found the number 42']);
  });
});

describe('minutes travel like everything else', () => {
  it('a minutes edit survives a sync-file round trip (preview, then merge) and lands identical', async () => {
    const { avi, sam, meeting } = twoLaptopsWithMeeting();
    const since = Y.encodeStateVector(sam.doc);
    avi.edit((doc) => {
      typeParagraph(minutesFragment(doc, meeting)!, 'Minutes typed on the plane.');
      typeParagraph(minutesFragment(doc, meeting)!, 'סיכום: הוחלט להקים צוות משותף.');
    });
    const file = await writeBundle(bundleContentOf(avi.doc, { ...AVI, clientId: avi.doc.clientID }, since, NOW));
    const read = await readEnvelope(file);
    const prepared = await prepareImport(read, sam, { workspace: WORKSPACE_ID, fileName: 'minutes.tandem' });
    expect(prepared).toMatchObject({ ok: true });
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.summary.nothingNew).toBe(false);
    const merged = mergeImport(prepared, sam, 'minutes.tandem');
    expect(merged).toMatchObject({ ok: true });
    expect(minutesFragment(sam.doc, meeting)!.toString()).toBe(minutesFragment(avi.doc, meeting)!.toString());
    expect(minutesFragment(sam.doc, meeting)!.toString()).toContain('סיכום: הוחלט להקים צוות משותף.');
  });

  it('two note-takers typing apart merge through the gate into one text holding both', () => {
    const { avi, sam, meeting } = twoLaptopsWithMeeting();
    avi.edit((doc) => typeParagraph(minutesFragment(doc, meeting)!, 'From Avi.'));
    sam.edit((doc) => typeParagraph(minutesFragment(doc, meeting)!, 'From Sam.'));
    sync(avi, sam);
    const text = minutesFragment(avi.doc, meeting)!.toString();
    expect(text).toContain('From Avi.');
    expect(text).toContain('From Sam.');
    expect(minutesFragment(sam.doc, meeting)!.toString()).toBe(text);
  });

  it('a seeded laptop that never saw a meeting takes one with its minutes whole', () => {
    const avi = laptop(AVI);
    const meeting = avi.edit((doc) => addMeeting(doc, MEETING_INPUT, NOW));
    avi.edit((doc) => typeParagraph(minutesFragment(doc, meeting)!, 'First words.'));
    const sam = laptop(SAM);
    send(avi, sam);
    expect(minutesFragment(sam.doc, meeting)!.toString()).toBe(minutesFragment(avi.doc, meeting)!.toString());
    expect(minutesFragment(sam.doc, meeting)!.toString()).toContain('First words.');
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AuditRecorder, MemoryAuditStore } from '../../../shared/review/audit-recorder';
import { matchesAudit, subjectOf, type AuditEntry } from '../../../shared/review/audit';
import { watchMeetingAudit } from '../../../shared/review/meeting-audit';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { recordAuthor } from '../../../shared/workspace/authors';
import { addAgendaItem, editAgendaItem } from '../../../shared/workspace/meetings/agenda';
import { addDecision } from '../../../shared/workspace/meetings/decisions';
import { addAttendee, addMeeting, setMeetingStatus, setMeetingTitle } from '../../../shared/workspace/meetings/meetings';
import { minutesFragment } from '../../../shared/workspace/meetings/meeting-view';
import { LOAD_ORIGIN } from '../../../shared/workspace/origins';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { MEETING_INPUT, NOW } from '../meetings/meeting-fixtures';
import { DANA, SAM } from './replicas';

function setup(doc = createWorkspaceDoc()) {
  const store = new MemoryAuditStore();
  const recorder = new AuditRecorder(store);
  const stop = watchMeetingAudit(doc, recorder, { localIdentity: () => DANA, now: () => NOW.getTime() });
  const rows = async () => {
    await recorder.flush();
    return store.since(0);
  };
  return { doc, rows, stop };
}

const shown = (rows: readonly AuditEntry[]) => rows.map((row) => [row.subject, row.field, row.before, row.after, row.who?.name]);

describe("the audit trail's meeting rows", () => {
  it("records a meeting's creation, fields, attendance, agenda and decisions, each as a meeting row", async () => {
    const { doc, rows } = setup();
    recordAuthor(doc, DANA);
    const meeting = addMeeting(doc, MEETING_INPUT, NOW);
    setMeetingTitle(doc, meeting, 'Working session 4', NOW);
    setMeetingStatus(doc, meeting, 'held', NOW);
    addAttendee(doc, meeting, { kind: 'guest', side: 'us', name: 'Jo Park' }, NOW);
    const item = addAgendaItem(doc, meeting, { title: 'Testbed charter' }, NOW);
    editAgendaItem(doc, item, { minutesAllotted: 20 }, NOW);
    addDecision(doc, meeting, 'The testbed is chartered.', [], NOW);
    expect(shown(await rows())).toEqual([
      ['meeting', 'created', '', 'Working session 3', 'Dana Levi'],
      ['meeting', 'meetingTitle', 'Working session 3', 'Working session 4', 'Dana Levi'],
      ['meeting', 'meetingStatus', 'Planned', 'Held', 'Dana Levi'],
      ['meeting', 'attendance', 'No one', 'Jo Park (U.S.)', 'Dana Levi'],
      ['meeting', 'agendaItem', '', 'Testbed charter', 'Dana Levi'],
      ['meeting', 'agendaItem', 'Testbed charter', 'Testbed charter (20 min)', 'Dana Levi'],
      ['meeting', 'decision', '', 'D1: The testbed is chartered.', 'Dana Levi'],
    ]);
  });

  it('typing in the minutes writes no row; a load moves the baseline and writes none', async () => {
    const source = createWorkspaceDoc();
    const meeting = addMeeting(source, MEETING_INPUT, NOW);
    const { doc, rows } = setup();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), LOAD_ORIGIN);
    const fragment = minutesFragment(doc, meeting)!;
    doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('We agreed on the charter.')]);
      fragment.insert(0, [paragraph]);
    });
    const text = (fragment.get(0) as Y.XmlElement).get(0);
    if (text instanceof Y.XmlText) text.insert(0, 'Today ');
    setMeetingStatus(doc, meeting, 'in-progress', NOW);
    expect(shown(await rows())).toEqual([['meeting', 'meetingStatus', 'Planned', 'In progress', 'Dana Levi']]);
  });

  it("a peer's change is attributed to the writer its stamp names, from the peer", async () => {
    const sam = createWorkspaceDoc();
    recordAuthor(sam, SAM);
    const meeting = addMeeting(sam, MEETING_INPUT, NOW);
    const { doc, rows } = setup();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(sam), LOAD_ORIGIN);
    const before = Y.encodeStateVector(sam);
    setMeetingTitle(sam, meeting, 'Renamed by Sam', NOW);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(sam, before), new RemoteOrigin('peer', 'Sam’s laptop'));
    const all = await rows();
    expect(all.map((row) => [row.field, row.after, row.who?.name, row.source, row.sourceLabel])).toEqual([
      ['meetingTitle', 'Renamed by Sam', 'Sam Ortiz', 'peer', 'Sam’s laptop'],
    ]);
  });

  it('a row stored before meetings were audited (no subject) reads as an action row', () => {
    const old: AuditEntry = { at: 1, who: null, actionId: 'a1', actionTitle: 'Launch', field: 'status', before: 'Proposed', after: 'Agreed', source: 'local', sourceLabel: '' };
    expect(subjectOf(old)).toBe('action');
    expect(matchesAudit(old, { subject: 'action' })).toBe(true);
    expect(matchesAudit(old, { subject: 'meeting' })).toBe(false);
    expect(matchesAudit({ ...old, subject: 'meeting' }, { subject: 'meeting' })).toBe(true);
  });
});

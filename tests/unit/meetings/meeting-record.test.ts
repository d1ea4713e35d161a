import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildMeetingRecord, meetingRecordFileName, type MeetingRecordInput } from '../../../shared/records/meeting-record';
import { meetingDocx } from '../../../shared/records/meeting-docx';
import { isRightToLeft, minutesBlocks } from '../../../shared/records/minutes-blocks';
import { deriveActions } from '../../../shared/workspace/action-view';
import { deriveEventDates } from '../../../shared/workspace/event-dates';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { derivePeople } from '../../../shared/workspace/owner-view';
import { addAgendaItem, setAgendaLink } from '../../../shared/workspace/meetings/agenda';
import { applyDecision } from '../../../shared/workspace/meetings/apply-decision';
import { addDecision } from '../../../shared/workspace/meetings/decisions';
import { addAttendee, setMeetingChair, setMeetingStatus } from '../../../shared/workspace/meetings/meetings';
import { deriveAgenda, deriveDecisions, deriveMeetings, minutesFragment } from '../../../shared/workspace/meetings/meeting-view';
import { recordAuthor } from '../../../shared/workspace/authors';
import { readDocx } from '../support/docx-reader';
import { DRAFT, ISRAEL, NOW, US, twoLaptopsWithMeeting } from './meeting-fixtures';

const HEBREW = 'הוחלט להקים צוות משותף.';

/** Writes TipTap's node tree into the fragment the way y-prosemirror does. */
function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attributes: Record<string, string> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}
function text(...parts: (string | [string, Record<string, unknown>])[]): Y.XmlText {
  const node = new Y.XmlText();
  node.applyDelta(parts.map((part) => (typeof part === 'string' ? { insert: part } : { insert: part[0], attributes: part[1] })));
  return node;
}

function preparedMeeting() {
  const { avi, meeting } = twoLaptopsWithMeeting();
  const usChair = { kind: 'guest', side: 'us', name: 'Amb. Rivera' } as const;
  avi.edit((doc) => {
    addAttendee(doc, meeting, usChair, NOW);
    addAttendee(doc, meeting, { kind: 'guest', side: 'us', name: 'Dr. Chen' }, NOW);
    addAttendee(doc, meeting, { kind: 'guest', side: 'israel', name: 'ד״ר נועה פלד' }, NOW);
    setMeetingChair(doc, meeting, 'us', usChair, NOW);
    const item = addAgendaItem(doc, meeting, { title: 'Quantum charter', minutesAllotted: 20 }, NOW);
    setAgendaLink(doc, item, 'initiative', 'AI-1', true, NOW);
    setMeetingStatus(doc, meeting, 'minutes-circulated', NOW);
    minutesFragment(doc, meeting)!.insert(0, [
      element('heading', [text('Opening')], { level: '3' }),
      element('paragraph', [text('The delegations ', ['agreed', { bold: {} }], ' the ', ['charter', { italic: {} }], '.')]),
      element('bulletList', [element('listItem', [element('paragraph', [text('First point')])]), element('listItem', [element('paragraph', [text('Second point')])])]),
      element('orderedList', [element('listItem', [element('paragraph', [text('Step one')])])]),
      element('paragraph', [text(HEBREW)]),
      element('paragraph', []),
    ]);
  });
  const create = addDecisionApplied(avi, meeting);
  return { avi, meeting, create };
}

function addDecisionApplied(avi: ReturnType<typeof twoLaptopsWithMeeting>['avi'], meeting: string) {
  const applied = avi.edit((doc) => addDecision(doc, meeting, 'Charter the quantum testbed.', [
    { op: 'create-action', title: 'Charter the joint testbed', tier: 'appropriations', usLead: US, israelLead: ISRAEL, due: '2026-10-01' },
    { op: 'set-status', action: DRAFT, status: 'agreed' },
  ], NOW));
  avi.doc.transact(() => recordAuthor(avi.doc, avi.identity));
  applyDecision(avi.doc, applied, NOW);
  avi.edit((doc) => addDecision(doc, meeting, HEBREW, [{ op: 'create-action', title: 'Draft the export note' }], NOW));
  return applied;
}

function recordOf(doc: Y.Doc, meeting: string) {
  const input: MeetingRecordInput = {
    doc,
    meeting: deriveMeetings(doc).find((entry) => entry.id === meeting)!,
    agenda: deriveAgenda(doc, meeting),
    decisions: deriveDecisions(doc, meeting),
    actions: deriveActions(doc),
    institutions: deriveInstitutions(doc),
    people: derivePeople(doc),
    linkLabel: (kind, id) => `${kind} ${id}`,
    eventDates: deriveEventDates(doc).dates,
    eventName: (id) => id,
    generatedAt: new Date('2026-07-14T12:00:00.000Z'),
    today: '2026-07-14',
    preparedBy: 'Avi Cohen (Israel, delegate)',
  };
  return buildMeetingRecord(input);
}

describe('the meeting record', () => {
  it('holds the header with the zone, attendance by delegation with chairs first, the agenda and a draft mark naming the status', () => {
    const { avi, meeting } = preparedMeeting();
    const record = recordOf(avi.doc, meeting);
    expect(record.title).toBe('Working session 3');
    expect(record.header).toEqual([
      { label: 'Date', value: 'Tuesday, 14 July 2026' },
      { label: 'Time', value: '10:00 Israel time (Asia/Jerusalem, GMT+3)' },
      { label: 'Place', value: 'Tel Aviv' },
      { label: 'U.S. chair', value: 'Amb. Rivera' },
      { label: 'Israeli chair', value: 'Not named' },
      { label: 'Status', value: 'Minutes circulated' },
    ]);
    // Circulated minutes are not agreed minutes: still a draft.
    expect(record.draftMark).toBe('Draft — minutes not yet agreed by both delegations (status: Minutes circulated)');
    expect(record.attendance.map((side) => [side.label, side.people.map((person) => `${person.name}${person.chair ? '*' : ''}`)])).toEqual([
      ['U.S. delegation', ['Amb. Rivera*', 'Dr. Chen']],
      ['Israeli delegation', ['ד״ר נועה פלד']],
    ]);
    expect(record.agenda).toEqual([{ number: 1, title: 'Quantum charter', presenter: null, minutes: 20, links: ['initiative AI-1'] }]);
  });

  it('reads the minutes into blocks with their marks, list markers and direction, leaving blank lines out', () => {
    const { avi, meeting } = preparedMeeting();
    const blocks = minutesBlocks(minutesFragment(avi.doc, meeting));
    expect(blocks.map((block) => [block.kind, block.marker, block.rtl, block.runs.map((run) => run.text).join('')])).toEqual([
      ['heading', '', false, 'Opening'],
      ['paragraph', '', false, 'The delegations agreed the charter.'],
      ['item', '•', false, 'First point'],
      ['item', '•', false, 'Second point'],
      ['item', '1.', false, 'Step one'],
      ['paragraph', '', true, HEBREW],
    ]);
    expect(blocks[1]!.runs).toEqual([{ text: 'The delegations ' }, { text: 'agreed', bold: true }, { text: ' the ' }, { text: 'charter', italic: true }, { text: '.' }]);
    expect(blocks[0]!.level).toBe(3);
  });

  it('lists decisions with their plan changes and who applied them, and action items with owners and due dates', () => {
    const { avi, meeting } = preparedMeeting();
    const record = recordOf(avi.doc, meeting);
    expect(record.decisions.map((decision) => decision.number)).toEqual(['D1', 'D2']);
    expect(record.decisions[0]).toMatchObject({
      text: 'Charter the quantum testbed.',
      rtl: false,
      changes: ['Create action “Charter the joint testbed” (Appropriations, U.S. lead CAISI, Israel lead INCD, due 2026-10-01)', expect.stringMatching(/^Set status of “.+” to Agreed$/)],
      applied: 'Applied to the plan by Avi Cohen (Israel, delegate), 2026-07-01 09:30 UTC',
    });
    expect(record.decisions[1]).toMatchObject({ text: HEBREW, rtl: true, applied: 'Not yet applied to the plan' });
    expect(record.actionItems).toEqual([
      { decision: 'D1', title: 'Charter the joint testbed', usLead: 'CAISI', israelLead: 'INCD', due: '2026-10-01', status: 'Proposed' },
      { decision: 'D2', title: 'Draft the export note', usLead: 'None named', israelLead: 'None named', due: 'No deadline', status: 'Not yet on the plan' },
    ]);
    expect(meetingRecordFileName(deriveMeetings(avi.doc)[0]!, 'pdf')).toBe('tandem-meeting-2026-07-14-working-session-3.pdf');
  });

  it('writes a Word file with every part, a draft header, page numbers, and Hebrew paragraphs right to left', async () => {
    const { avi, meeting } = preparedMeeting();
    const bytes = await meetingDocx(recordOf(avi.doc, meeting));
    const docx = readDocx(bytes);
    const parts = unzipSync(bytes);
    const part = (prefix: string) => Object.keys(parts).filter((name) => name.startsWith(prefix)).map((name) => strFromU8(parts[name]!)).join('');
    expect(part('word/header')).toContain('DRAFT · Working session 3');
    // "Page n of m" as Word fields, so the numbers are Word's own pagination.
    expect(part('word/footer')).toMatch(/Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/);
    expect(docx.paragraphs[0]).toBe('Working session 3');
    expect(docx.paragraphs).toEqual(expect.arrayContaining([
      'Draft — minutes not yet agreed by both delegations (status: Minutes circulated)',
      'Time: 10:00 Israel time (Asia/Jerusalem, GMT+3)',
      'Amb. Rivera, Guest (chair)', 'ד״ר נועה פלד, Guest',
      'The delegations agreed the charter.', '•\tFirst point', '1.\tStep one',
      'D1  Charter the quantum testbed.', 'Applied to the plan by Avi Cohen (Israel, delegate), 2026-07-01 09:30 UTC',
    ]));
    expect(docx.tables[1]).toEqual([
      ['Decision', 'Action', 'U.S. owner', 'Israel owner', 'Due', 'Status'],
      ['D1', 'Charter the joint testbed', 'CAISI', 'INCD', '2026-10-01', 'Proposed'],
      ['D2', 'Draft the export note', 'None named', 'None named', 'No deadline', 'Not yet on the plan'],
    ]);
    const hebrew = [...docx.xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => match[1]!).filter((p) => p.includes(HEBREW));
    expect(hebrew.length).toBeGreaterThanOrEqual(2);
    for (const paragraph of hebrew) {
      // A bidirectional paragraph aligned to the right of the page: Word reads `left` in a w:bidi
      // paragraph as its start, which is the right (docx's RIGHT_TO_LEFT_ALIGNMENTS, ISO/IEC 29500-4).
      expect(paragraph).toMatch(/<w:pPr><w:bidi\/><w:jc w:val="left"\/><\/w:pPr>/);
      expect(paragraph).toContain('<w:rtl/>');
    }
    expect(docx.xml).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>agreed<\/w:t>/);
  });

  it('says "right to left" as dir="auto" would: by the first strong letter', () => {
    expect(isRightToLeft('2026: הוחלט')).toBe(true);
    expect(isRightToLeft('D1 הוחלט')).toBe(false);
    expect(isRightToLeft('')).toBe(false);
  });
});

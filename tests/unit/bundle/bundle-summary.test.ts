import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listsChanges, summarizeChanges } from '../../../shared/bundle/summary';
import { setActionDeleted, setActionDue } from '../../../shared/workspace/action-edits';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { setEventDate } from '../../../shared/workspace/event-dates';
import { addInstitution, addPerson, setLead } from '../../../shared/workspace/owners';
import { deriveActions } from '../../../shared/workspace/action-view';
import { AVI, SAM, laptop, stateOf } from './laptops';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';

const NOW = new Date('2026-07-03T10:00:00.000Z');
const DRAFT = 'plan-ai1-first-challenge-call';

describe('what a sync file would change, worked out on a scratch copy', () => {
  it('lists added, changed and deleted actions with their fields and authors, directory entries, dates and owners', () => {
    const avi = laptop(AVI);
    const sam = laptop(SAM);
    const samsState = Y.encodeStateVector(sam.doc);
    avi.edit((doc) => addAction(doc, { title: 'Bilateral compute credits' }, NOW));
    const doomed = avi.edit((doc) => addAction(doc, { title: 'To be withdrawn' }, NOW));
    // Sam already has both actions, so for Sam `doomed` is deleted, not added-and-deleted.
    Y.applyUpdate(sam.doc, Y.encodeStateAsUpdate(avi.doc, samsState));
    const samsNextState = Y.encodeStateVector(sam.doc);
    avi.edit((doc) => {
      setActionStatus(doc, DRAFT, 'agreed', NOW);
      editActionTitle(doc, DRAFT, 'First joint AI challenge call', NOW);
      setActionDeleted(doc, doomed, true, NOW);
      setEventDate(doc, 'compact-signing', '2026-09-01', new Set(['compact-signing']));
      const lab = addInstitution(doc, { name: 'Weizmann Institute', side: 'israel', kind: 'university' });
      addPerson(doc, { name: 'Noa Bar', institution: lab });
      setLead(doc, { kind: 'initiative', id: 'AI-1' }, 'israel', lab, null, NOW);
    });
    const draftBefore = deriveActions(sam.doc).find((view) => view.id === DRAFT)!;
    const before = stateOf(sam.doc);
    const result = summarizeChanges(sam.doc, Y.encodeStateAsUpdate(avi.doc, samsNextState));
    expect(stateOf(sam.doc)).toBe(before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = result.summary;
    expect(s).toMatchObject({ nothingNew: false, waitsForMissing: false, actionsAdded: [] });
    expect(s.actionsChanged).toEqual([{
      id: DRAFT, title: 'First joint AI challenge call', fields: ['title', 'status'], by: AVI,
      changes: [
        { field: 'title', before: draftBefore.title, after: 'First joint AI challenge call', by: AVI },
        { field: 'status', before: draftBefore.status, after: 'agreed', by: AVI },
      ],
    }]);
    expect(s.actionsDeleted).toEqual([{ id: doomed, title: 'To be withdrawn', fields: [], by: AVI, changes: [] }]);
    expect(s.eventDateChanges).toEqual([{ id: 'compact-signing', before: null, after: '2026-09-01' }]);
    expect(s.conflictsOpened).toEqual([]);
    expect(s.institutionsAdded.map((line) => line.name)).toEqual(['Weizmann Institute']);
    expect(s.peopleAdded.map((line) => line.name)).toEqual(['Noa Bar']);
    expect(s.eventDatesChanged).toEqual(['compact-signing']);
    expect(s.initiativesChanged).toEqual(['AI-1']);
    expect(s.authors).toEqual([AVI]);
    expect(s.unattributedWriters).toBe(0);
    expect(listsChanges(s)).toBe(true);
  });

  it('names every author of new content once, and counts writers no authors entry names', () => {
    const avi = laptop(AVI);
    const sam = laptop(SAM);
    const before = Y.encodeStateVector(avi.doc);
    avi.edit((doc) => addAction(doc, { title: 'By Avi' }, NOW));
    Y.applyUpdate(avi.doc, Y.encodeStateAsUpdate(sam.doc));
    sam.edit((doc) => addAction(doc, { title: 'By Sam' }, NOW));
    Y.applyUpdate(avi.doc, Y.encodeStateAsUpdate(sam.doc));
    // A writer that never recorded who they are.
    const anonymous = new Y.Doc();
    Y.applyUpdate(anonymous, Y.encodeStateAsUpdate(avi.doc));
    addAction(anonymous, { title: 'By nobody known' }, NOW);
    Y.applyUpdate(avi.doc, Y.encodeStateAsUpdate(anonymous));
    const fresh = laptop(AVI);
    const result = summarizeChanges(fresh.doc, Y.encodeStateAsUpdate(avi.doc, before));
    expect(result.ok && result.summary.authors).toEqual(expect.arrayContaining([AVI, SAM]));
    expect(result.ok && result.summary.authors).toHaveLength(2);
    expect(result.ok && result.summary.unattributedWriters).toBe(1);
    expect(result.ok && result.summary.actionsAdded.map((line) => line.title).sort()).toEqual(['By Avi', 'By Sam', 'By nobody known']);
  });

  it('a change to a due date and a restore are named as fields', () => {
    const avi = laptop(AVI);
    const id = avi.edit((doc) => addAction(doc, { title: 'Dated' }, NOW));
    avi.edit((doc) => setActionDeleted(doc, id, true, NOW));
    const sam = laptop(SAM);
    Y.applyUpdate(sam.doc, Y.encodeStateAsUpdate(avi.doc));
    const samsState = Y.encodeStateVector(sam.doc);
    avi.edit((doc) => {
      setActionDeleted(doc, id, false, NOW);
      setActionDue(doc, id, { kind: 'date', date: '2026-12-01' }, new Map(), NOW);
    });
    const result = summarizeChanges(sam.doc, Y.encodeStateAsUpdate(avi.doc, samsState));
    expect(result.ok && result.summary.actionsChanged).toEqual([{
      id, title: 'Dated', fields: ['restored', 'due date'], by: AVI,
      changes: [
        { field: 'due', before: null, after: { kind: 'calendar', date: '2026-12-01', phrase: '2026-12-01' }, by: AVI },
        { field: 'deleted', before: true, after: false, by: AVI },
      ],
    }]);
  });

  it('says when there is nothing new', () => {
    const avi = laptop(AVI);
    avi.edit((doc) => addAction(doc, { title: 'Known already' }, NOW));
    const result = summarizeChanges(avi.doc, Y.encodeStateAsUpdate(avi.doc));
    expect(result.ok && result.summary).toMatchObject({ nothingNew: true, actionsAdded: [], authors: [] });
    expect(result.ok && listsChanges(result.summary)).toBe(false);
  });

  it('refuses an update Yjs cannot integrate, without touching the workspace', () => {
    const sam = laptop(SAM);
    const before = stateOf(sam.doc);
    expect(summarizeChanges(sam.doc, new Uint8Array([1, 1, 9, 0, 200]))).toMatchObject({ ok: false });
    expect(stateOf(sam.doc)).toBe(before);
  });

  it('names each change’s own writer, not the record’s creator, and lists a concurrent change the merge would file as a conflict', () => {
    const avi = laptop(AVI);
    const sam = laptop(SAM);
    const samsAction = sam.edit((doc) => addAction(doc, { title: 'Sam’s action' }, NOW));
    Y.applyUpdate(avi.doc, Y.encodeStateAsUpdate(sam.doc));
    const shared = Y.encodeStateVector(sam.doc);
    // Apart: Avi retitles Sam's action and sets a status on the draft; Sam sets another status on the draft.
    avi.edit((doc) => {
      editActionTitle(doc, samsAction, 'Sam’s action, as Avi words it', NOW);
      setActionStatus(doc, DRAFT, 'agreed', NOW);
    });
    sam.edit((doc) => setActionStatus(doc, DRAFT, 'blocked', NOW));

    const result = summarizeChanges(sam.doc, Y.encodeStateAsUpdate(avi.doc, shared), {}, new RemoteOrigin('file', 'avi.tandem'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const retitled = result.summary.actionsChanged.find((line) => line.id === samsAction)!;
    expect(retitled.by).toEqual(AVI);
    expect(retitled.changes).toEqual([{ field: 'title', before: 'Sam’s action', after: 'Sam’s action, as Avi words it', by: AVI }]);
    // Whichever status Yjs keeps, the other one is listed with both writers, as the merge will file it.
    expect(result.summary.conflictsOpened).toHaveLength(1);
    const [opened] = result.summary.conflictsOpened;
    expect(opened!.entry.record).toEqual({ kind: 'action', id: DRAFT });
    expect(opened!.entry.field).toBe('status');
    expect(new Set([opened!.entry.current.value, opened!.entry.other.value])).toEqual(new Set(['agreed', 'blocked']));
    const writers = new Map([[opened!.entry.current.value, opened!.current], [opened!.entry.other.value, opened!.other]]);
    expect(writers.get('agreed')).toEqual(AVI);
    expect(writers.get('blocked')).toEqual(SAM);
    expect(opened!.title).toBe(deriveActions(sam.doc).find((view) => view.id === DRAFT)!.title);
    // A conflict is a visible change even when Yjs keeps this laptop's value and no field moves.
    expect(listsChanges(result.summary)).toBe(true);
    // And the merge itself files exactly that conflict.
    const merged = sam.merge(Y.encodeStateAsUpdate(avi.doc, shared), new RemoteOrigin('file', 'avi.tandem'));
    expect(merged.ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { setActionDeleted, setActionDue } from '../../../shared/workspace/action-edits';
import { addInstitution, setSupporting } from '../../../shared/workspace/owners';
import { recordAuthor } from '../../../shared/workspace/authors';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { AuditRecorder, MemoryAuditStore } from '../../../shared/review/audit-recorder';
import { watchAudit } from '../../../shared/review/audit-watch';
import { attributeChanges, diffSnapshots, parseSnapshot, snapshotOf } from '../../../shared/review/review-diff';
import { DANA, SAM } from './replicas';

const MARKED = new Date('2026-03-01T09:00:00Z');
const SAM_AT = new Date('2026-03-02T11:00:00Z');
const DANA_AT = new Date('2026-03-02T12:00:00Z');

function scenario() {
  const dana = createWorkspaceDoc();
  recordAuthor(dana, DANA);
  const store = new MemoryAuditStore();
  const recorder = new AuditRecorder(store);
  watchAudit(dana, recorder, { audited: () => true, localIdentity: () => DANA, now: () => Date.parse('2026-03-03T08:00:00Z') });
  const pilot = addAction(dana, { title: 'Launch the pilot' }, MARKED);
  const fund = addAction(dana, { title: 'Open the fund' }, MARKED);
  const old = addAction(dana, { title: 'Draft MOU' }, MARKED);
  const weiz = addInstitution(dana, { name: 'Weizmann Institute', side: 'israel', kind: 'university' });
  // The mark, after a restart: the snapshot goes through storage as plain data.
  const mark = parseSnapshot(structuredClone(snapshotOf(deriveActions(dana), dana)))!;

  const sam = createWorkspaceDoc();
  Y.applyUpdate(sam, Y.encodeStateAsUpdate(dana));
  recordAuthor(sam, SAM);
  const seen = Y.encodeStateVector(dana);
  setActionStatus(sam, pilot, 'agreed', SAM_AT);
  setActionDue(sam, pilot, { kind: 'date', date: '2026-06-30' }, new Map(), SAM_AT);
  const added = addAction(sam, { title: 'Joint testbed' }, SAM_AT);
  Y.applyUpdate(dana, Y.encodeStateAsUpdate(sam, seen), new RemoteOrigin('file', 'sam.tandem'));

  editActionTitle(dana, fund, 'Open the joint fund', DANA_AT);
  setSupporting(dana, { kind: 'action', id: fund }, weiz, true, DANA_AT);
  setActionDeleted(dana, old, true, DANA_AT);
  return { dana, sam, store, recorder, mark, pilot, fund, old, added, weiz };
}

describe('review since last look', () => {
  it('lists what was added, changed and removed since the mark, per field, before → after', () => {
    const { dana, mark, pilot, fund, old, added, weiz } = scenario();
    const changes = diffSnapshots(mark, snapshotOf(deriveActions(dana), dana));
    const byId = new Map(changes.map((change) => [change.id, change]));
    expect(byId.get(added)).toMatchObject({ kind: 'added', title: 'Joint testbed', fields: [] });
    expect(byId.get(pilot)?.kind).toBe('changed');
    expect(byId.get(pilot)?.fields).toEqual([
      { field: 'status', before: 'proposed', after: 'agreed' },
      { field: 'due', before: null, after: { kind: 'calendar', phrase: '2026-06-30', date: '2026-06-30' } },
    ]);
    expect(byId.get(fund)?.fields).toEqual([
      { field: 'title', before: 'Open the fund', after: 'Open the joint fund' },
      { field: 'supporting', before: [], after: [weiz] },
    ]);
    expect(byId.get(old)).toMatchObject({ kind: 'removed', fields: [{ field: 'deleted', before: false, after: true }] });
    expect(changes).toHaveLength(4);
  });

  it('says who wrote each new value, when, and whether it came by file, LAN or from this laptop', async () => {
    const { dana, store, recorder, mark, pilot, fund, added } = scenario();
    await recorder.flush();
    const changes = attributeChanges(dana, diffSnapshots(mark, snapshotOf(deriveActions(dana), dana)), await store.since(MARKED.getTime()), mark);
    const byId = new Map(changes.map((change) => [change.id, change]));
    const status = byId.get(pilot)!.fields.find((f) => f.field === 'status')!;
    expect(status).toMatchObject({ who: SAM, at: SAM_AT.toISOString(), via: 'file', viaLabel: 'sam.tandem' });
    const title = byId.get(fund)!.fields.find((f) => f.field === 'title')!;
    expect(title).toMatchObject({ who: DANA, at: DANA_AT.toISOString(), via: 'local' });
    expect(byId.get(added)!.created).toMatchObject({ who: SAM, at: SAM_AT.toISOString(), via: 'file' });
  });

  it('falls back to when this laptop received a value whose writer did not stamp the record last', async () => {
    const { dana, sam, store, recorder, mark, pilot } = scenario();
    // Sam sets the status; Dana edits the same record afterwards, so the record's stamp is hers.
    const seen = Y.encodeStateVector(dana);
    setActionStatus(sam, pilot, 'in-progress', new Date('2026-03-02T13:00:00Z'));
    Y.applyUpdate(dana, Y.encodeStateAsUpdate(sam, seen), new RemoteOrigin('peer', 'Sam’s laptop'));
    editActionTitle(dana, pilot, 'Launch the pilot now', new Date('2026-03-02T14:00:00Z'));
    await recorder.flush();
    const changes = attributeChanges(dana, diffSnapshots(mark, snapshotOf(deriveActions(dana), dana)), await store.since(MARKED.getTime()), mark);
    const status = changes.find((c) => c.id === pilot)!.fields.find((f) => f.field === 'status')!;
    expect(status).toMatchObject({ after: 'in-progress', who: SAM, at: '2026-03-03T08:00:00.000Z', via: 'peer', viaLabel: 'Sam’s laptop' });
  });

  it('text is attributed to who typed it, even when someone else stamped the record later', async () => {
    const { dana, sam, store, recorder, mark, fund } = scenario();
    const seen = Y.encodeStateVector(sam);
    Y.applyUpdate(sam, Y.encodeStateAsUpdate(dana, seen));
    const back = Y.encodeStateVector(dana);
    setActionStatus(sam, fund, 'blocked', new Date('2026-03-02T16:00:00Z'));
    Y.applyUpdate(dana, Y.encodeStateAsUpdate(sam, back), new RemoteOrigin('peer', 'Sam’s laptop'));
    await recorder.flush();
    const changes = attributeChanges(dana, diffSnapshots(mark, snapshotOf(deriveActions(dana), dana)), await store.since(MARKED.getTime()), mark);
    const fields = changes.find((c) => c.id === fund)!.fields;
    expect(fields.find((f) => f.field === 'title')).toMatchObject({ who: DANA, at: '2026-03-03T08:00:00.000Z', via: 'local' });
    expect(fields.find((f) => f.field === 'status')).toMatchObject({ who: SAM, at: '2026-03-02T16:00:00.000Z', via: 'peer' });
  });

  it('reads the same after a restart from a compacted log', async () => {
    const { dana, store, recorder, mark } = scenario();
    await recorder.flush();
    const audit = await store.since(MARKED.getTime());
    // Compaction replays the log into one snapshot update; a restart loads that into a new document.
    const reloaded = createWorkspaceDoc();
    Y.applyUpdate(reloaded, Y.mergeUpdates([Y.encodeStateAsUpdate(dana)]));
    const before = attributeChanges(dana, diffSnapshots(mark, snapshotOf(deriveActions(dana), dana)), audit, mark);
    const after = attributeChanges(reloaded, diffSnapshots(mark, snapshotOf(deriveActions(reloaded), reloaded)), audit, mark);
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThan(0);
  });

  it('nothing changed since the mark: nothing to show', () => {
    const doc = createWorkspaceDoc();
    addAction(doc, { title: 'x' });
    const views = deriveActions(doc);
    expect(diffSnapshots(snapshotOf(views, doc), snapshotOf(views, doc))).toEqual([]);
  });

  it('refuses a stored snapshot it cannot read', () => {
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot({ v: 2, actions: {} })).toBeNull();
    expect(parseSnapshot({ v: 1, actions: { a: { colour: 'red' } }, clocks: {} })).toBeNull();
    expect(parseSnapshot({ v: 1, actions: {}, clocks: { 12: -1 } })).toBeNull();
    expect(parseSnapshot({ v: 1, actions: {} })).toBeNull();
    expect(parseSnapshot({ v: 1, actions: {}, clocks: { 12: 3 } })).toEqual({ v: 1, actions: {}, clocks: { 12: 3 } });
  });
});

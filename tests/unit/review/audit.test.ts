import { LOAD_ORIGIN } from '../../../shared/workspace/origins';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { editActionDescription } from '../../../shared/workspace/action-edits';
import { addInstitution, addPerson, setLead } from '../../../shared/workspace/owners';
import { recordAuthor } from '../../../shared/workspace/authors';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { AuditRecorder, MemoryAuditStore } from '../../../shared/review/audit-recorder';
import { watchAudit } from '../../../shared/review/audit-watch';
import { auditCsv, coalesce, csvCell, matchesAudit, type AuditEntry } from '../../../shared/review/audit';
import { DANA, SAM } from './replicas';

const LOAD = LOAD_ORIGIN;

function setup() {
  let clock = Date.parse('2026-03-01T10:00:00Z');
  const tick = (ms = 1000) => (clock += ms);
  const store = new MemoryAuditStore();
  const recorder = new AuditRecorder(store);
  const doc = createWorkspaceDoc();
  recordAuthor(doc, DANA);
  const stop = watchAudit(doc, recorder, { localIdentity: () => DANA, now: () => clock });
  const rows = async () => {
    await recorder.flush();
    return store.since(0);
  };
  return { doc, store, recorder, stop, rows, tick };
}

describe('audit trail', () => {
  it('records a local edit per field with who, before and after in words', async () => {
    const { doc, rows } = setup();
    const id = addAction(doc, { title: 'Launch the pilot' });
    setActionStatus(doc, id, 'agreed');
    const all = await rows();
    expect(all.map((row) => [row.field, row.before, row.after, row.source, row.who?.name])).toEqual([
      ['created', '', 'Launch the pilot', 'local', 'Dana Levi'],
      ['status', 'Proposed', 'Agreed', 'local', 'Dana Levi'],
    ]);
    expect(all[1]?.actionTitle).toBe('Launch the pilot');
    // The values themselves are kept beside the words, for the reader's language.
    expect(all[1]?.values).toEqual({ before: 'proposed', after: 'agreed' });
    expect(all[0]?.values).toBeUndefined();
  });

  it('records merged changes with their writer and how they arrived (LAN or file)', async () => {
    const { doc, rows } = setup();
    const id = addAction(doc, { title: 'Launch the pilot' });
    const sam = createWorkspaceDoc();
    Y.applyUpdate(sam, Y.encodeStateAsUpdate(doc));
    recordAuthor(sam, SAM);
    const nsf = addInstitution(sam, { name: 'NSF', side: 'us', kind: 'agency' });
    const before = Y.encodeStateVector(doc);
    setActionStatus(sam, id, 'blocked');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(sam, before), new RemoteOrigin('peer', 'Sam’s laptop'));
    const afterStatus = Y.encodeStateVector(doc);
    setLead(sam, { kind: 'action', id }, 'us', nsf);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(sam, afterStatus), new RemoteOrigin('file', 'sam.tandem'));
    const remote = (await rows()).filter((row) => row.source !== 'local');
    expect(remote.map((row) => [row.field, row.before, row.after, row.source, row.sourceLabel, row.who?.name, row.who?.delegation])).toEqual([
      ['status', 'Proposed', 'Blocked', 'peer', 'Sam’s laptop', 'Sam Ortiz', 'us'],
      ['usLead', 'None', 'NSF', 'file', 'sam.tandem', 'Sam Ortiz', 'us'],
    ]);
  });

  it('coalesces a burst of typing into one entry, across flushes, and starts a new one after a pause', async () => {
    const { doc, rows, tick, recorder } = setup();
    const id = addAction(doc, { title: 'Pilot' });
    for (const title of ['Pilot p', 'Pilot pr', 'Pilot pro']) {
      tick(800);
      editActionTitle(doc, id, title);
    }
    await recorder.flush();
    for (const title of ['Pilot prog', 'Pilot program']) {
      tick(800);
      editActionTitle(doc, id, title);
    }
    tick(60_000);
    editActionTitle(doc, id, 'Pilot programme');
    tick(500);
    editActionDescription(doc, id, 'Two labs');
    const titles = (await rows()).filter((row) => row.field === 'title');
    expect(titles.map((row) => [row.before, row.after])).toEqual([['Pilot', 'Pilot program'], ['Pilot program', 'Pilot programme']]);
    expect(titles.map((row) => row.values)).toEqual([{ before: 'Pilot', after: 'Pilot program' }, { before: 'Pilot program', after: 'Pilot programme' }]);
  });

  it('does not coalesce different people, fields, sources or non-contiguous values', () => {
    const base: AuditEntry = {
      at: 1000, who: { name: 'Dana Levi', delegation: 'israel' }, actionId: 'a', actionTitle: 't', field: 'title',
      before: 'a', after: 'ab', source: 'local', sourceLabel: '',
    };
    const next = { ...base, at: 1500, before: 'ab', after: 'abc' };
    expect(coalesce(base, next)?.after).toBe('abc');
    expect(coalesce(base, { ...next, who: { name: 'Sam Ortiz', delegation: 'us' } })).toBeNull();
    expect(coalesce(base, { ...next, field: 'status' })).toBeNull();
    expect(coalesce(base, { ...next, source: 'peer' })).toBeNull();
    expect(coalesce(base, { ...next, before: 'zz' })).toBeNull();
    expect(coalesce(base, { ...next, at: 1000 + 20_000 })).toBeNull();
  });

  it('loading is not a change, but moves the baseline', async () => {
    const { doc, rows } = setup();
    const other = createWorkspaceDoc();
    recordAuthor(other, SAM);
    const id = addAction(other, { title: 'Stored' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), LOAD);
    expect(await rows()).toEqual([]);
    setActionStatus(doc, id, 'done');
    expect((await rows()).map((row) => [row.field, row.before, row.after])).toEqual([['status', 'Proposed', 'Done']]);
  });

  it('names leads and people from the directory', async () => {
    const { doc, rows } = setup();
    const id = addAction(doc, { title: 'Launch' });
    const iia = addInstitution(doc, { name: 'Israel Innovation Authority', side: 'israel', kind: 'agency' });
    const rina = addPerson(doc, { name: 'Rina Katz', institution: iia });
    setLead(doc, { kind: 'action', id }, 'israel', iia, rina);
    expect((await rows()).at(-1)).toMatchObject({ field: 'israelLead', before: 'None', after: 'Israel Innovation Authority (Rina Katz)' });
  });

  it('filters by person, delegation, field, action, source and date range', () => {
    const entry: AuditEntry = {
      at: Date.parse('2026-03-01T10:00:00Z'), who: { name: 'Sam Ortiz', delegation: 'us' }, actionId: 'a1', actionTitle: 'Launch the pilot',
      field: 'status', before: 'Proposed', after: 'Agreed', source: 'peer', sourceLabel: 'x',
    };
    expect(matchesAudit(entry, {})).toBe(true);
    expect(matchesAudit(entry, { person: 'Sam Ortiz', delegation: 'us', field: 'status', source: 'peer', action: 'PILOT' })).toBe(true);
    expect(matchesAudit(entry, { action: 'a1' })).toBe(true);
    expect(matchesAudit(entry, { person: 'Dana Levi' })).toBe(false);
    expect(matchesAudit(entry, { delegation: 'israel' })).toBe(false);
    expect(matchesAudit(entry, { field: 'title' })).toBe(false);
    expect(matchesAudit(entry, { source: 'file' })).toBe(false);
    expect(matchesAudit(entry, { action: 'fund' })).toBe(false);
    expect(matchesAudit(entry, { from: entry.at + 1 })).toBe(false);
    expect(matchesAudit(entry, { to: entry.at - 1 })).toBe(false);
    expect(matchesAudit(entry, { from: entry.at, to: entry.at })).toBe(true);
  });

  it('exports CSV that a spreadsheet reads as text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    const csv = auditCsv([{
      at: Date.parse('2026-03-01T10:00:00Z'), who: { name: 'Sam Ortiz', delegation: 'us' }, actionId: 'a1', actionTitle: 'Launch, now',
      field: 'status', before: 'Proposed', after: 'Agreed', source: 'file', sourceLabel: 'sam.tandem',
    }]);
    expect(csv.split('\r\n')).toEqual([
      'When (UTC),Who,Delegation,Action id,Action,Field,Before,After,Source,From,Subject',
      '2026-03-01T10:00:00.000Z,Sam Ortiz,U.S.,a1,"Launch, now",Status,Proposed,Agreed,Sync file,sam.tandem,Action',
      '',
    ]);
  });
});

import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../shared/workspace/actions';
import { recordAuthor } from '../../shared/workspace/authors';
import { createWorkspaceDoc } from '../../shared/workspace/schema';
import { RemoteOrigin } from '../../shared/sync/remote-origin';
import { watchAudit } from '../../shared/review/audit-watch';
import { watchConflicts } from '../../shared/review/conflicts';
import type { AuditEntry } from '../../shared/review/audit';
import { check, measure, report } from './harness';

/**
 * What the review watchers (conflict detection on merges, the audit trail on every change) add to
 * one keystroke in a workspace of 5,000 actions, typed here or arriving from a peer.
 */
const ACTIONS = 5_000;
const identity = { name: 'Dana Levi', delegation: 'israel', role: 'delegate' } as const;

function workspace(): { doc: Y.Doc; first: string } {
  const doc = createWorkspaceDoc();
  recordAuthor(doc, identity);
  let first = '';
  doc.transact(() => {
    for (let i = 0; i < ACTIONS; i++) {
      const id = addAction(doc, { title: `Action ${i}: a title of ordinary length` });
      first ||= id;
    }
  });
  return { doc, first };
}

function laptop(base: Y.Doc, watched: boolean, entries: AuditEntry[]): Y.Doc {
  const doc = createWorkspaceDoc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  recordAuthor(doc, identity);
  if (watched) {
    watchConflicts(doc, (error) => { throw error; });
    watchAudit(doc, { record: (e) => entries.push(...e) }, { audited: () => true, localIdentity: () => identity });
  }
  return doc;
}

const { doc: base, first } = workspace();
const peer = createWorkspaceDoc();
Y.applyUpdate(peer, Y.encodeStateAsUpdate(base));
recordAuthor(peer, { ...identity, name: 'Sam Ortiz', delegation: 'us' });
const stream: Uint8Array[] = [];
peer.on('update', (update: Uint8Array) => stream.push(update));
for (let i = 0; i < 400; i++) editActionTitle(peer, first, `${'x'.repeat(i + 1)} Action 0`);

const typed = (watched: boolean) => {
  const entries: AuditEntry[] = [];
  const doc = laptop(base, watched, entries);
  let n = 0;
  const result = measure(watched ? 'typed here, with review watchers' : 'typed here, no watchers', () => editActionTitle(doc, first, `${'y'.repeat(++n)} Action 0`), { minRuns: 300, minTimeMs: 0 });
  if (watched) check(entries.length === n && entries.every((e) => e.field === 'title'), 'one audit entry per keystroke before coalescing');
  return result;
};
const merged = (watched: boolean) => {
  const entries: AuditEntry[] = [];
  const doc = laptop(base, watched, entries);
  let n = 0;
  const origin = new RemoteOrigin('peer', 'Sam');
  const result = measure(watched ? 'from a peer, with review watchers' : 'from a peer, no watchers', () => Y.applyUpdate(doc, stream[n++]!, origin), { minRuns: 300, minTimeMs: 0 });
  if (watched) check(entries.length > 0 && entries.every((e) => e.source === 'peer'), 'peer keystrokes are audited as such');
  return result;
};

report(`One keystroke in a title, ${ACTIONS} actions`, [typed(false), typed(true)]);
report(`One peer keystroke merged, ${ACTIONS} actions`, [merged(false), merged(true)]);

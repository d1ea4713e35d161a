import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../shared/workspace/actions';
import { deriveActions } from '../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../shared/workspace/schema';
import { LOAD_ORIGIN } from '../../shared/persistence/load-workspace';
import { replayUpdates, snapshotOf } from '../../shared/persistence/replay';
import { check, measure, report } from './harness';

/**
 * Tandem's own persistence path on a realistic history: 40 actions, each title typed keystroke
 * by keystroke, one stored record per keystroke (as UpdateWriter stores a typing burst). What
 * compaction buys at load time, and what it costs inside the IndexedDB transaction, against the
 * obvious alternative (Y.mergeUpdates).
 */
function keystrokeHistory(): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const doc = createWorkspaceDoc();
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let a = 0; a < 40; a++) {
    const id = addAction(doc, { title: 'A' });
    const text = `Action ${a}: convene the joint steering committee`;
    for (let i = 2; i <= text.length; i++) editActionTitle(doc, id, text.slice(0, i));
  }
  return updates;
}

const log = keystrokeHistory();
const snapshot = snapshotOf(log);
const load = (updates: Uint8Array[]) => () => {
  const doc = createWorkspaceDoc();
  replayUpdates(doc, updates, LOAD_ORIGIN);
  return doc;
};
check(JSON.stringify(load(log)().toJSON()) === JSON.stringify(load([snapshot])().toJSON()), 'the snapshot differs from the log');
check(deriveActions(load([snapshot])()).length === 40, 'the snapshot lost actions');
console.log(`Log: ${log.length} updates; snapshot ${snapshot.byteLength} bytes.`);
report('Load a workspace (replayUpdates)', [
  measure(`the uncompacted log (${log.length.toLocaleString('en-US')} updates)`, load(log)),
  measure('the compacted snapshot', load([snapshot])),
]);
report('Compact (what runs inside the IndexedDB transaction)', [
  measure('Y.mergeUpdates of the log', () => Y.mergeUpdates(log)),
  measure('snapshotOf (replay, re-encode)', () => snapshotOf(log)),
]);

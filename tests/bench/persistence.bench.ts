import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../shared/workspace/actions';
import { deriveActions } from '../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../shared/workspace/schema';
import { LOAD_ORIGIN } from '../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../shared/persistence/memory-update-store';
import { replayUpdates, snapshotOf } from '../../shared/persistence/replay';
import { UpdateWriter } from '../../shared/persistence/update-writer';
import { check, measure, report } from './harness';

/**
 * Tandem's own persistence path, on a realistic history: 40 actions, each title typed keystroke
 * by keystroke (2,000+ updates). How many records a burst of typing costs with a store that takes
 * ~2 ms per durable write, then load and compaction times of our code.
 */
const KEYSTROKE_WRITE_MS = 2;

class SlowStore extends MemoryUpdateStore {
  override async append(bytes: Uint8Array, checksum: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, KEYSTROKE_WRITE_MS));
    await super.append(bytes, checksum);
  }
}

async function typeHistory(): Promise<{ keystrokes: number; records: Uint8Array[]; doc: Y.Doc }> {
  const store = new SlowStore();
  const doc = createWorkspaceDoc();
  const writer = new UpdateWriter(doc, store, { skipOrigins: new Set([LOAD_ORIGIN]), compactAfter: Number.POSITIVE_INFINITY });
  let keystrokes = 0;
  for (let a = 0; a < 40; a++) {
    const id = addAction(doc, { title: 'A' });
    const text = `Action ${a}: convene the joint steering committee`;
    for (let i = 2; i <= text.length; i++) {
      editActionTitle(doc, id, text.slice(0, i));
      keystrokes++;
      // A fast typist: a keystroke every ~1 ms of event-loop time, writes overlapping.
      if (i % 2 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await writer.flush();
  const records = (await store.readAll()).map((record) => record.bytes as Uint8Array);
  return { keystrokes, records, doc };
}

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

const typed = await typeHistory();
check(deriveActions(typed.doc).length === 40, 'the typed history lost actions');
console.log(`Typing: ${typed.keystrokes} keystrokes stored as ${typed.records.length} records ` +
  `(${(typed.keystrokes / typed.records.length).toFixed(1)} keystrokes a record, ${KEYSTROKE_WRITE_MS} ms a durable write).`);

const log = keystrokeHistory();
const snapshot = snapshotOf(log);
const load = (updates: Uint8Array[]) => () => {
  const doc = createWorkspaceDoc();
  replayUpdates(doc, updates, LOAD_ORIGIN);
  return doc;
};
check(JSON.stringify(load(log)().toJSON()) === JSON.stringify(load([snapshot])().toJSON()), 'the snapshot differs from the log');
console.log(`Log: ${log.length} updates; snapshot ${snapshot.byteLength} bytes.`);
report('Load a workspace (replayUpdates)', [
  measure(`the uncompacted log (${log.length.toLocaleString('en-US')} updates)`, load(log)),
  measure('the compacted snapshot', load([snapshot])),
]);
report('Compact (what runs inside the IndexedDB transaction)', [
  measure('Y.mergeUpdates of the log', () => Y.mergeUpdates(log)),
  measure('snapshotOf (replay, re-encode)', () => snapshotOf(log)),
]);

import * as Y from 'yjs';
import { check, measure, report } from './harness';

/**
 * Loading a workspace: replaying the append log (2,000 small updates, one per keystroke or field
 * change, as persistence stores them between compactions) vs applying one snapshot merged with
 * Y.mergeUpdates. The ratio is what compaction buys at load time; the second table is what
 * compaction costs, done either way.
 */
const UPDATES = 2_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same history. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function recordHistory(): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const actions = doc.getMap<Y.Map<unknown>>('actions');
  const next = random(42);
  const statuses = ['proposed', 'agreed', 'in-progress', 'done'];
  while (updates.length < UPDATES) {
    const id = `action-${Math.floor(next() * 40)}`;
    let action = actions.get(id);
    if (!action) {
      action = new Y.Map<unknown>();
      action.set('title', new Y.Text());
      actions.set(id, action);
      continue;
    }
    if (next() < 0.85) {
      const title = action.get('title') as Y.Text;
      title.insert(Math.floor(next() * (title.length + 1)), 'abcdefghij'[Math.floor(next() * 10)] ?? 'x');
    } else {
      action.set('status', statuses[Math.floor(next() * statuses.length)]);
    }
  }
  return updates;
}

const updates = recordHistory();
const merged = Y.mergeUpdates(updates);

const loadLog = () => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
};
const loadSnapshot = () => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, merged);
  return doc;
};

check(JSON.stringify(loadLog().toJSON()) === JSON.stringify(loadSnapshot().toJSON()), 'the log and the snapshot load different documents');

const logBytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
console.log(`History: ${updates.length} updates, ${logBytes} bytes as a log, ${merged.byteLength} bytes merged.`);
report('Load a workspace', [
  measure(`${UPDATES.toLocaleString('en-US')} updates applied one by one`, loadLog),
  measure('one merged snapshot', loadSnapshot),
]);
// Two ways to compact the log: merge the raw updates, or load them and re-encode the state.
report('Compact the log into one snapshot', [
  measure(`Y.mergeUpdates of ${UPDATES.toLocaleString('en-US')} updates`, () => Y.mergeUpdates(updates)),
  measure('load the log, then Y.encodeStateAsUpdate', () => Y.encodeStateAsUpdate(loadLog())),
]);

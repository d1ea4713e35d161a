import * as Y from 'yjs';
import { applyRemoteUpdate } from '../../shared/sync/remote-update';
import { ShadowGate } from '../../shared/sync/shadow-gate';
import { measure, report } from './harness';

/**
 * What proving a peer's update costs, for one keystroke from a peer into a workspace of N
 * records: raw Y.applyUpdate (no guarantee), applyRemoteUpdate (scratch copy per update) and
 * ShadowGate (scratch kept in step), with and without the semantic gate's rules (semantic-gate.ts:
 * forgery and id checks on the decoded update, then the changed field judged). Each run applies the next keystroke of a stream (never a
 * repeat, which Yjs would skip as already known).
 */
function workspace(records: number): Y.Doc {
  const doc = new Y.Doc();
  const actions = doc.getMap('actions');
  doc.transact(() => {
    for (let i = 0; i < records; i++) {
      const record = new Y.Map<unknown>();
      actions.set(`a${i}`, record);
      record.set('title', new Y.Text(`Action ${i}: a title of ordinary length`));
      record.set('status', 'open');
      record.set('tier', 'immediate');
    }
  });
  return doc;
}

function keystrokes(from: Y.Doc, count: number): Uint8Array[] {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(from));
  const updates: Uint8Array[] = [];
  peer.on('update', (update: Uint8Array) => updates.push(update));
  const title = (peer.getMap('actions').get('a0') as Y.Map<unknown>).get('title') as Y.Text;
  for (let i = 0; i < count; i++) title.insert(title.length, 'x');
  return updates;
}

for (const records of [500, 5_000]) {
  const base = workspace(records);
  const stream = keystrokes(base, 400);
  const bytes = Y.encodeStateAsUpdate(base).length;
  const run = (name: string, make: (doc: Y.Doc) => (update: Uint8Array) => void) => {
    const doc = new Y.Doc();
    doc.getMap('actions');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
    const apply = make(doc);
    let next = 0;
    const result = measure(name, () => apply(stream[next++] as Uint8Array), { minRuns: 200, minTimeMs: 0 });
    if (!(((doc.getMap('actions').get('a0') as Y.Map<unknown>).get('title') as Y.Text).toString().endsWith('x'))) throw new Error(`${name} lost the keystrokes`);
    return result;
  };
  report(`One peer keystroke into ${records} records (${(bytes / 1024).toFixed(0)} KiB encoded)`, [
    run('raw Y.applyUpdate', (doc) => (update) => Y.applyUpdate(doc, update, 'peer')),
    run('applyRemoteUpdate (scratch copy)', (doc) => (update) => {
      const result = applyRemoteUpdate(doc, update, 'peer');
      if (!result.ok) throw new Error(result.reason);
    }),
    run('ShadowGate, bytes only (no semantic rules)', (doc) => {
      const gate = new ShadowGate(doc, { semantic: false });
      return (update) => {
        const result = gate.apply(update, 'peer');
        if (!result.ok) throw new Error(result.reason);
      };
    }),
    run('ShadowGate (scratch in step, semantic gate)', (doc) => {
      const gate = new ShadowGate(doc);
      return (update) => {
        const result = gate.apply(update, 'peer');
        if (!result.ok) throw new Error(result.reason);
      };
    }),
  ]);
}

// The semantic gate's worst case: a whole-workspace update the document already holds entirely (a
// re-imported file, a relayed catch-up), where every incoming struct is compared with the local one.
{
  const base = workspace(5_000);
  const whole = Y.encodeStateAsUpdate(base);
  const run = (name: string, semantic: boolean) => {
    const doc = new Y.Doc();
    doc.getMap('actions');
    Y.applyUpdate(doc, whole);
    const gate = new ShadowGate(doc, { semantic });
    return measure(name, () => {
      const result = gate.apply(whole, 'peer');
      if (!result.ok) throw new Error(result.reason);
    }, { minRuns: 10, minTimeMs: 0 });
  };
  report(`A whole 5000-record workspace (${(whole.length / 1024).toFixed(0)} KiB) merged again into a copy that holds it all`, [
    run('ShadowGate, bytes only', false),
    run('ShadowGate with the semantic gate (every struct compared)', true),
  ]);
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { watchConflicts } from '../../../shared/review/conflicts';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap, conflictsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { startTabLink } from '../../../renderer/src/runtime/tab-link';
import { SEED_UPDATE } from '../bundle/laptops';
import { DANA } from '../review/replicas';
import { crafted } from '../sync/gate-cases';

/**
 * Other windows are a remote source like any other: the window link merges what another window
 * sends through the session's ShadowGate (proof, then the semantic gate) with a 'tab' origin, which
 * conflict detection reads like a peer's. Node has BroadcastChannel, so two "windows" here are two
 * documents on one channel name.
 */
const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function window(workspace: string) {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED_UPDATE);
  const gate = new ShadowGate(doc);
  const notices: string[] = [];
  stops.push(startTabLink(doc, workspace, (update, origin) => gate.apply(update, origin), (reason) => notices.push(reason)), () => gate.destroy());
  stops.push(watchConflicts(doc, (error) => notices.push(String(error))));
  return { doc, notices };
}

const state = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('hex');

describe('the window link, through the gate', () => {
  it('mirrors an honest edit, and refuses a wipe posted on the channel, changing nothing', async () => {
    const a = window('tab-gate');
    const b = window('tab-gate');
    const id = addAction(a.doc, { title: 'From the other window' });
    await vi.waitFor(() => expect(actionsMap(b.doc).has(id)).toBe(true));
    const before = state(b.doc);
    const wipe = crafted(b.doc, 5_555, (doc) => {
      for (const key of [...actionsMap(doc).keys()]) actionsMap(doc).delete(key);
    });
    const rogue = new BroadcastChannel('tandem:workspace:tab-gate');
    rogue.postMessage({ type: 'update', update: wipe });
    await vi.waitFor(() => expect(b.notices).toEqual([expect.stringMatching(/^Another window sent an update that was refused: The update from another window erases the action /)]));
    rogue.close();
    expect(state(b.doc)).toBe(before);
  });

  it('files a conflict in both windows when both set one field at once', async () => {
    const a = window('tab-conflict');
    const b = window('tab-conflict');
    recordAuthor(a.doc, DANA);
    const id = addAction(a.doc, { title: 'Edited in two windows' });
    await vi.waitFor(() => expect(actionsMap(b.doc).has(id)).toBe(true));
    recordAuthor(b.doc, DANA);
    // Both writes are made in one task, before either window can take in the other's message.
    setActionStatus(a.doc, id, 'agreed');
    setActionStatus(b.doc, id, 'blocked');
    await vi.waitFor(() => {
      expect([...conflictsMap(a.doc).keys()]).toHaveLength(1);
      expect([...conflictsMap(b.doc).keys()]).toEqual([...conflictsMap(a.doc).keys()]);
    });
    expect([...a.notices, ...b.notices]).toEqual([]);
  });
});

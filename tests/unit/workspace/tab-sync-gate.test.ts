import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { addAction } from '../../../shared/workspace/actions';
import { startTabSync, TAB_ORIGIN } from '../../../renderer/src/workspace/tab-sync';
import { SEED_UPDATE } from '../bundle/laptops';
import { actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { crafted } from '../sync/gate-cases';

/**
 * Other windows are a remote source like any other: tab-sync merges what another window sends
 * through the session's ShadowGate, so a window gets no path around the semantic gate. Node has
 * BroadcastChannel, so two "windows" here are two documents on one channel name.
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
  stops.push(startTabSync(doc, workspace, (reason) => notices.push(reason), (update) => gate.apply(update, TAB_ORIGIN)), () => gate.destroy());
  return { doc, notices };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('tab sync through the gate', () => {
  it('mirrors an honest edit, and refuses a wipe posted on the channel, changing nothing', async () => {
    const a = window('tab-gate');
    const b = window('tab-gate');
    await settle();
    const id = addAction(a.doc, { title: 'From the other window' });
    await settle();
    expect(actionsMap(b.doc).has(id)).toBe(true);
    const before = Buffer.from(Y.encodeStateAsUpdate(b.doc)).toString('hex');
    const wipe = crafted(b.doc, 5_555, (doc) => {
      for (const key of [...actionsMap(doc).keys()]) actionsMap(doc).delete(key);
    });
    const rogue = new BroadcastChannel('tandem:workspace:tab-gate');
    rogue.postMessage({ type: 'update', update: wipe });
    await settle();
    rogue.close();
    expect(b.notices).toEqual([expect.stringMatching(/^Another window sent an update that was refused: The update erases the action /)]);
    expect(Buffer.from(Y.encodeStateAsUpdate(b.doc)).toString('hex')).toBe(before);
  });
});

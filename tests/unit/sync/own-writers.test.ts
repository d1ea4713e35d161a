import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { ownWritersKey, parseWriterRecord } from '../../../shared/sync/own-writers';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addAction } from '../../../shared/workspace/actions';
import { openWorkspaceSession, type SessionCallbacks } from '../../../renderer/src/runtime/workspace-session';
import { SEED_UPDATE, stateOf } from '../bundle/laptops';
import { crafted } from './gate-cases';

/**
 * The gate's own-id rule over this laptop's past sessions (shared/sync/own-writers.ts), through the
 * real session a window opens: the same update log and settings across sessions, as on disk.
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');
const WORKSPACE = 'default';

const quiet: SessionCallbacks = {
  setActions() {}, setAgreements() {}, setInstitutions() {}, setEventDates() {}, setInitiativeOwners() {}, setPeople() {}, setMeetings() {}, setThreads() {}, setUndoState() {}, setSaveState() {}, setNotice() {},
};

function memoryUndo() {
  let value: string | null = null;
  return { load: () => value, save: (next: string) => void (value = next) };
}

async function openOn(store: UpdateStore, local: MemoryLocalStore) {
  return openWorkspaceSession(store, WORKSPACE, quiet, false, SEED_UPDATE, memoryUndo(), local.settings);
}

/** Waits until the settings hold `clock` for `client` (the record is saved in the task of the edit). */
async function recorded(local: MemoryLocalStore, client: number, clock: number) {
  await vi.waitFor(async () => {
    expect(parseWriterRecord(await local.settings.get(ownWritersKey(WORKSPACE))).get(client)).toBe(clock);
  });
}

async function copyOf(store: UpdateStore): Promise<MemoryUpdateStore> {
  const copy = new MemoryUpdateStore();
  for (const record of await store.readAll()) await copy.append(record.bytes as Uint8Array, record.checksum as number);
  return copy;
}

describe('past client ids of this laptop', () => {
  it('refuses content forged under an earlier session’s id, from a peer and from a file', async () => {
    const local = new MemoryLocalStore();
    const log = new MemoryUpdateStore();
    const first = await openOn(log, local);
    const earlier = first.doc.clientID;
    addAction(first.doc, { title: 'Joint AI testbed charter' }, NOW);
    await first.writer.flush();
    await recorded(local, earlier, Y.getState(first.doc.store, earlier));
    first.close();

    const second = await openOn(log, local);
    expect(second.doc.clientID).not.toBe(earlier);
    expect([...second.ownClientIds(new RemoteOrigin('peer', 'Mallory'))]).toEqual([earlier]);
    const before = stateOf(second.doc);
    const forged = crafted(second.doc, earlier, (doc) => addAction(doc, { title: 'Back-dated' }, NOW));
    for (const origin of [new RemoteOrigin('peer', 'Mallory'), new RemoteOrigin('file', 'forged.tandem')]) {
      const merged = second.mergeRemote(forged, origin);
      expect(merged).toMatchObject({ ok: false, rule: 'own-id', reason: expect.stringMatching(new RegExp(`under Yjs client ${earlier}, one of this laptop's own ids`)) });
      expect(stateOf(second.doc)).toBe(before);
    }
    // What this laptop did write under that id, sent back, is nothing new and passes.
    expect(second.mergeRemote(Y.encodeStateAsUpdate(second.doc), new RemoteOrigin('peer', 'Dana'))).toEqual({ ok: true });
    second.close();
  });

  it('accepts the honest echo after a restore, then protects the id again', async () => {
    const local = new MemoryLocalStore();
    const log = new MemoryUpdateStore();
    const first = await openOn(log, local);
    const earlier = first.doc.clientID;
    addAction(first.doc, { title: 'Before the backup' }, NOW);
    await first.writer.flush();
    const backup = await copyOf(log);
    addAction(first.doc, { title: 'After the backup' }, NOW);
    await first.writer.flush();
    await recorded(local, earlier, Y.getState(first.doc.store, earlier));
    // A colleague's laptop received everything, including what the backup lacks.
    const colleague = new Y.Doc();
    Y.applyUpdate(colleague, Y.encodeStateAsUpdate(first.doc));
    first.close();

    const restored = await openOn(backup, local);
    expect(Y.getState(restored.doc.store, earlier)).toBeLessThan(Y.getState(colleague.store, earlier));
    expect([...restored.ownClientIds(new RemoteOrigin('peer', 'Dana'))]).toEqual([]);
    const echo = Y.encodeStateAsUpdate(colleague, Y.encodeStateVector(restored.doc));
    expect(restored.mergeRemote(echo, new RemoteOrigin('peer', 'Dana'))).toEqual({ ok: true });
    expect(stateOf(restored.doc)).toBe(stateOf(colleague));
    // Whole again: the id is this laptop's once more, and forgery under it is refused.
    expect([...restored.ownClientIds(new RemoteOrigin('peer', 'Dana'))]).toEqual([earlier]);
    const forged = crafted(restored.doc, earlier, (doc) => addAction(doc, { title: 'Back-dated' }, NOW));
    expect(restored.mergeRemote(forged, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'own-id' });
    restored.close();
    colleague.destroy();
  });

  it('leaves another window’s live id to the tab link', async () => {
    const local = new MemoryLocalStore();
    const log = new MemoryUpdateStore();
    const one = await openOn(log, local);
    const two = await openOn(log, local);
    addAction(two.doc, { title: 'Written in the second window' }, NOW);
    await two.writer.flush();
    await recorded(local, two.doc.clientID, Y.getState(two.doc.store, two.doc.clientID));
    // A third session opened now knows the second window's id from the settings…
    const three = await openOn(log, local);
    expect([...three.ownClientIds(new RemoteOrigin('peer', 'Dana'))]).toContain(two.doc.clientID);
    // …and the second window keeps writing: its mirror is not refused as forgery of an own id,
    addAction(two.doc, { title: 'Still typing' }, NOW);
    const mirror = Y.encodeStateAsUpdate(two.doc, Y.encodeStateVector(three.doc));
    expect(three.mergeRemote(mirror, new RemoteOrigin('tab', 'another window'))).toEqual({ ok: true });
    // and once seen through the mirror, a peer relaying that window's edits is not refused either.
    expect([...three.ownClientIds(new RemoteOrigin('peer', 'Dana'))]).not.toContain(two.doc.clientID);
    for (const session of [one, two, three]) session.close();
  });
});

describe('the stored writer record', () => {
  it('keeps valid entries of a damaged record and drops the rest', () => {
    expect([...parseWriterRecord({ '12': 3, '-1': 4, x: 5, '13': 0, '14': 2.5, '015': 1, '16': 'a', '17': 9 })]).toEqual([[12, 3], [17, 9]]);
    expect(parseWriterRecord('nonsense').size).toBe(0);
    expect(parseWriterRecord(null).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { recordAuthor } from '../../../shared/workspace/authors';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import type { HostApi } from '../../../shared/host/host-api';
import { useTandemStore } from '../../../renderer/src/state/store';
import { openWorkspaceRuntime, type WorkspaceRuntime } from '../../../renderer/src/runtime/workspace-runtime';
import { loadSeeds } from '../compact/seed-files';
import { DANA, SAM } from './replicas';

/**
 * The whole path a sync file or a peer takes: bytes into session.mergeRemote (ShadowGate, one
 * RemoteOrigin transaction), the review watchers the runtime starts on the open workspace, the
 * inbox in the store (the runtime's sink), the entry stored in the workspace log like any change.
 */
const compact = loadSeeds();
const seed = buildSeedUpdate(compact);
const DRAFT = 'plan-ai1-first-challenge-call';

const open = (local: MemoryLocalStore): Promise<WorkspaceRuntime> =>
  openWorkspaceRuntime({
    stores: { mode: 'memory', local }, identity: DANA, compact, seedUpdate: seed, sink: useTandemStore.getState(),
    host: {} as HostApi, replaceLocal: () => Promise.reject(new Error('not in this test')), reloadForSessionServer: () => {},
  });

describe('review watchers on an open session', () => {
  it('a merge through mergeRemote files the conflict, audits it, and the entry is stored in the log', async () => {
    const store = new MemoryLocalStore();
    const runtime = await open(store);
    const { session } = runtime;
    recordAuthor(session.doc, DANA);
    setActionStatus(session.doc, DRAFT, 'agreed');

    const sam = createWorkspaceDoc();
    applySeed(sam, seed);
    recordAuthor(sam, SAM);
    setActionStatus(sam, DRAFT, 'blocked');
    editActionTitle(sam, DRAFT, 'Hold the first challenge call in Tel Aviv');
    const file = Y.encodeStateAsUpdate(sam, Y.encodeStateVector(session.doc));
    expect(session.mergeRemote(file, new RemoteOrigin('file', 'from-sam.tandem'))).toEqual({ ok: true });

    const inbox = useTandemStore.getState().inbox;
    expect(inbox.open).toHaveLength(1);
    expect(inbox.open[0]).toMatchObject({ record: { kind: 'action', id: DRAFT }, field: 'status' });
    const watch = runtime.review;
    await watch.flush();
    const merged = (await watch.audit.since(0)).filter((row) => row.source === 'file');
    // The status changed here only if Yjs kept Sam's value; the title was his alone.
    const kept = deriveActions(session.doc).find((view) => view.id === DRAFT)?.status;
    expect(merged.map((row) => [row.field, row.sourceLabel, row.who?.name])).toEqual([
      ['title', 'from-sam.tandem', 'Sam Ortiz'],
      ...(kept === 'blocked' ? [['status', 'from-sam.tandem', 'Sam Ortiz']] : []),
    ]);

    await session.writer.flush();
    await runtime.close();
    const reopened = await open(store);
    expect(useTandemStore.getState().inbox.open).toHaveLength(1);
    await reopened.close();
  });

  it('a refused file changes nothing and files nothing', async () => {
    const runtime = await open(new MemoryLocalStore());
    const result = runtime.session.mergeRemote(new Uint8Array([0, 1, 2, 3, 4, 5]), new RemoteOrigin('file', 'broken.tandem'));
    expect(result.ok).toBe(false);
    expect(useTandemStore.getState().inbox.open).toEqual([]);
    await runtime.close();
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import { UpdateWriter } from '../../../shared/persistence/update-writer';
import { deriveActions } from '../../../shared/workspace/action-view';
import { setActionStatus } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

const seed = buildSeedUpdate(loadSeeds());
const DRAFT = 'plan-ai1-first-challenge-call';

/** The order the app opens a workspace in (renderer/src/runtime/workspace-session.ts). */
async function open(store: MemoryUpdateStore) {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  const report = await loadWorkspace(store, doc);
  const writer = new UpdateWriter(doc, store, {});
  return { doc, report, writer };
}

describe('a seeded workspace across reopening', () => {
  it('keeps edits to seeded drafts, stores none of the seed, and reports nothing missing', async () => {
    const store = new MemoryUpdateStore();
    const first = await open(store);
    setActionStatus(first.doc, DRAFT, 'agreed');
    await first.writer.flush();
    first.writer.dispose();

    const stored = await store.readAll();
    const seedClients = stored.flatMap((record) => Y.decodeUpdate(record.bytes as Uint8Array).structs.map((s) => s.id.client));
    expect(seedClients).not.toContain(0x5eed0001);

    const second = await open(store);
    expect(second.report.waitingForMissing).toBe(false);
    expect(deriveActions(second.doc).find((action) => action.id === DRAFT)?.status).toBe('agreed');
  });

  it('would report edits as waiting for missing content if the log were replayed before the seed', async () => {
    const store = new MemoryUpdateStore();
    const first = await open(store);
    setActionStatus(first.doc, DRAFT, 'agreed');
    await first.writer.flush();
    const doc = createWorkspaceDoc();
    const report = await loadWorkspace(store, doc);
    expect(report.waitingForMissing).toBe(true);
  });
});

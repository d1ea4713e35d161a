import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { crc32 } from '../../../shared/persistence/crc32';
import { watchConflicts } from '../../../shared/review/conflicts';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../../unit/compact/seed-files';
import { storeWorkspaceUpdate } from './raw-db';

/**
 * Carrying a workspace between two laptops (browser contexts) while the app has no sync of its own
 * yet: below the app, through each page's IndexedDB. Call once both pages show "All changes saved".
 */

/** Every stored update of the page's workspace log, merged into one. */
export async function storedState(page: Page): Promise<Uint8Array> {
  const rows = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ workspaceId: string; bytes: Uint8Array }[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.filter((row) => row.workspaceId === 'default').map((row) => Array.from(row.bytes));
  });
  return Y.mergeUpdates(rows.map((bytes) => new Uint8Array(bytes)));
}

/** `from`'s workspace goes into `to`'s log and `to` reloads: a load on `to`, not a merge. */
export async function carryByLoad(from: Page, to: Page): Promise<void> {
  const update = await storedState(from);
  await storeWorkspaceUpdate(to, update, crc32(update));
  await to.reload();
}

function workspaceOf(stored: Uint8Array): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, buildSeedUpdate(loadSeeds()));
  Y.applyUpdate(doc, stored);
  return doc;
}

/**
 * `from`'s changes merged into `to`'s workspace as a sync file would be, with the app's own
 * conflict detector watching the merge (shared/review/conflicts.ts), here in the test process:
 * the app cannot merge a file yet (the sync-file import is being built). What the merge and the
 * detector produced is then stored into `to`'s log, and `to` reloads.
 */
export async function mergeAsFile(from: Page, to: Page, fileName: string): Promise<void> {
  const source = workspaceOf(await storedState(from));
  const target = workspaceOf(await storedState(to));
  const errors: unknown[] = [];
  const stop = watchConflicts(target, (error) => errors.push(error));
  const before = Y.encodeStateVector(target);
  Y.applyUpdate(target, Y.encodeStateAsUpdate(source, Y.encodeStateVector(target)), new RemoteOrigin('file', fileName));
  stop();
  if (errors.length > 0) throw new Error(`Conflict detection failed: ${String(errors[0])}`);
  const update = Y.encodeStateAsUpdate(target, before);
  await storeWorkspaceUpdate(to, update, crc32(update));
  await to.reload();
}

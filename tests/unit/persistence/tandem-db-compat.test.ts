import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DexieLocalStore } from '../../../renderer/src/runtime/storage/dexie-local-store';
import { DATABASE_NAME, TandemDb } from '../../../renderer/src/runtime/storage/tandem-db';
import { sealUpdate } from '../../../shared/persistence/record-check';
import { crc32 } from '../../../shared/persistence/crc32';
import { createJoinCode, formatJoinCode } from '../../../shared/sync/join-code';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';

/**
 * Laptops in use hold a database written by the app as it shipped: name "tandem", versions 1 to 4
 * with the tables below. The LocalStore's TandemDb must open it as it is, with every row readable.
 * The shipped schema is written out here literally (not imported), so this test still holds once
 * the old storage files are gone, and fails if anyone edits an existing version.
 */
const SHIPPED_VERSIONS: readonly [number, Record<string, string>][] = [
  [1, { updates: '++id, workspaceId', quarantine: '++id, workspaceId', settings: 'key' }],
  [2, { peers: 'key' }],
  [3, { reviewMarks: '++id, [workspaceId+at]', audit: '++id, [workspaceId+at]' }],
  [4, { snapshots: '++id, workspaceId', snapshotBytes: 'id' }],
];

function shippedDb(backend: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }, upTo = 4): Dexie {
  const db = new Dexie(DATABASE_NAME, backend);
  for (const [version, stores] of SHIPPED_VERSIONS) if (version <= upTo) db.version(version).stores(stores);
  return db;
}

const describeTables = (db: Dexie) =>
  db.tables
    .map((table) => [table.name, table.schema.primKey.src, table.schema.indexes.map((index) => index.src).sort()])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('TandemDb opens the database the app shipped with', () => {
  it('declares exactly the shipped name, version and tables', () => {
    const shipped = shippedDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const current = new TandemDb(DATABASE_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(current.name).toBe('tandem');
    expect(current.verno).toBe(shipped.verno);
    expect(describeTables(current)).toEqual(describeTables(shipped));
  });

  it('reads every kind of row a shipped laptop wrote', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = shippedDb(backend);
    const doc = createWorkspaceDoc();
    addAction(doc, { title: 'Written by the shipped app' });
    const sealed = sealUpdate(Y.encodeStateAsUpdate(doc));
    const code = createJoinCode(new Uint8Array(24).map((_, i) => i * 3));
    await old.table('updates').add({ workspaceId: 'default', ...sealed, writtenAt: 1 });
    await old.table('settings').bulkPut([
      { key: 'identity', value: { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' } },
      { key: 'lanSession', value: { url: 'ws://192.168.1.20:4444', code: formatJoinCode(code), hosting: null } },
    ]);
    await old.table('peers').put({
      key: 'us:Sam Ortiz', name: 'Sam Ortiz', delegation: 'us', role: 'delegate', clientIds: [5],
      stateVector: Y.encodeStateVector(new Map([[5, 3]])), seenAt: '2026-03-01T09:00:00.000Z', via: 'file',
    });
    await old.table('reviewMarks').add({ workspaceId: 'default', at: 10, reviewer: { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' }, snapshot: { v: 1, actions: {}, clocks: {} } });
    await old.table('audit').add({ workspaceId: 'default', at: 20, who: null, actionId: 'a', actionTitle: 'A', field: 'created', before: '', after: 'A', source: 'local', sourceLabel: '' });
    const snapshotId = await old.table('snapshots').add({ workspaceId: 'default', kind: 'daily', reason: 'Daily backup', takenAt: 30, takenBy: null, size: sealed.bytes.length, checksum: crc32(sealed.bytes) });
    await old.table('snapshotBytes').add({ id: snapshotId, bytes: sealed.bytes });
    old.close();

    const store = await DexieLocalStore.open(new TandemDb(DATABASE_NAME, backend));
    const loaded = createWorkspaceDoc();
    await loadWorkspace(store.updates('default'), loaded);
    expect(deriveActions(loaded).map((action) => action.title)).toEqual(['Written by the shipped app']);
    expect(await store.identity.load()).toEqual({ name: 'Dana Levi', delegation: 'israel', role: 'note-taker' });
    expect((await store.settings.loadSession())?.code).toEqual(code);
    expect((await store.peers.list()).map((peer) => [peer.key, peer.clientIds])).toEqual([['us:Sam Ortiz', [5]]]);
    expect((await store.reviewMarks('default').latest())?.at).toBe(10);
    expect((await store.audit('default').since(0)).map((row) => row.after)).toEqual(['A']);
    expect((await store.snapshots('default').list()).map((info) => info.reason)).toEqual(['Daily backup']);
    const restored = await store.snapshots('default').restore(snapshotId as number, { reason: 'test', takenBy: null, now: 40, state: () => sealed.bytes });
    expect(restored.restored.id).toBe(snapshotId);
    store.close();
  });

  it('upgrades a laptop still on version 2 without losing its rows', async () => {
    const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = shippedDb(backend, 2);
    await old.table('settings').put({ key: 'identity', value: { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' } });
    old.close();
    const store = await DexieLocalStore.open(new TandemDb(DATABASE_NAME, backend));
    expect(await store.identity.load()).toEqual({ name: 'Sam Ortiz', delegation: 'us', role: 'delegate' });
    expect(await store.snapshots('default').list()).toEqual([]);
    await store.reviewMarks('default').save({ at: 1, reviewer: { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' }, snapshot: { v: 1, actions: {}, clocks: {} } });
    expect((await store.reviewMarks('default').latest())?.at).toBe(1);
    store.close();
  });
});

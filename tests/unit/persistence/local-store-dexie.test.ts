import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterAll, beforeAll } from 'vitest';
import type { LocalStore } from '../../../shared/local-store/local-store';
import { DexieLocalStore } from '../../../renderer/src/runtime/storage/dexie-local-store';
import { DATABASE_NAME, TandemDb } from '../../../renderer/src/runtime/storage/tandem-db';
import { localStoreContract } from './local-store.contract';
import { quotaError, WriteFaults } from './write-faults';

/**
 * The LocalStore contract against Dexie, over fake-indexeddb in Node: a fresh IDBFactory (an
 * empty "disk") per test. A fault is injected where a full disk strikes in a browser: the object
 * store's add/put/delete request fails asynchronously with QuotaExceededError and the
 * transaction aborts, rolling back everything it wrote.
 */
type Write = 'add' | 'put' | 'delete';
interface FakeTransaction {
  _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
}
const proto = IDBObjectStore.prototype as unknown as Record<Write, (...args: unknown[]) => IDBRequest>;
const originals = { add: proto.add, put: proto.put, delete: proto.delete };
let faults = new WriteFaults();

beforeAll(() => {
  // liveQuery runs only where Dexie sees an IndexedDB at all (a browser always has one); each
  // database below still opens on its own fresh factory.
  Dexie.dependencies.indexedDB ??= new IDBFactory();
  Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
  for (const kind of ['add', 'put', 'delete'] as const) {
    proto[kind] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (!faults.take(this.name, kind)) return originals[kind].apply(this, args);
      const operation = () => {
        throw quotaError();
      };
      return (this.transaction as unknown as FakeTransaction)._execRequestAsync({ operation, source: this });
    };
  }
});
afterAll(() => Object.assign(proto, originals));

localStoreContract('Dexie over fake-indexeddb', async () => {
  faults = new WriteFaults();
  const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
  let db = new TandemDb(DATABASE_NAME, backend);
  let store: LocalStore = await DexieLocalStore.open(db);
  return {
    get store() {
      return store;
    },
    failNextWrite: (table, kind) => faults.arm(table, kind),
    get pendingFaults() {
      return faults.pending;
    },
    reopen: async () => {
      store.close();
      db = new TandemDb(DATABASE_NAME, backend);
      store = await DexieLocalStore.open(db);
      return store;
    },
    putRawUpdate: (workspaceId, bytes, checksum) =>
      db.updates.add({ workspaceId, bytes: bytes as Uint8Array, checksum: checksum as number, writtenAt: Date.now() }),
    putRawSetting: async (key, value) => {
      await db.settings.put({ key, value });
    },
    damageSnapshot: async (id, bytes) => {
      await db.snapshotBytes.put({ id, bytes });
    },
    dispose: async () => db.close(),
  };
});

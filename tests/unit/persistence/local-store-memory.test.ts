import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import { localStoreContract } from './local-store.contract';
import { quotaError, WriteFaults } from './write-faults';

/** The LocalStore contract against the memory implementation; faults through its access probe. */
localStoreContract('memory', async () => {
  const faults = new WriteFaults();
  const store = new MemoryLocalStore((table, kind) => {
    if (kind !== 'read' && faults.take(table, kind)) throw quotaError();
  });
  return {
    store,
    failNextWrite: (table, kind) => faults.arm(table, kind),
    get pendingFaults() {
      return faults.pending;
    },
    // Memory lives as long as the run: a "restart" within it sees the same store.
    reopen: async () => store,
    putRawUpdate: async (workspaceId, bytes, checksum) => store.updates(workspaceId).putRaw(bytes, checksum),
    putRawSetting: (key, value) => store.raw.settings.put(key, value),
    damageSnapshot: async (id, bytes) => {
      store.raw.snapshots.bytes.set(id, bytes);
    },
    dispose: async () => store.close(),
  };
});

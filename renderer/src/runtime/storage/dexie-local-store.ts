import type { IdentityStore, LocalStore, PeerStore, ReviewMarkStore, SettingsStore, SnapshotStore } from '../../../../shared/local-store/local-store';
import { identityStoreOver, settingsStoreOver } from '../../../../shared/local-store/typed-settings';
import type { UpdateStore } from '../../../../shared/persistence/update-store';
import type { AuditStore } from '../../../../shared/review/audit-recorder';
import { DexieAudit } from './dexie-audit';
import { DexieKeyValues } from './dexie-key-values';
import { DexiePeers } from './dexie-peers';
import { DexieReviewMarks } from './dexie-review-marks';
import { DexieSnapshots } from './dexie-snapshots';
import { DexieUpdateLog } from './dexie-update-log';
import { TandemDb } from './tandem-db';

/**
 * The LocalStore on this laptop's IndexedDB (shared/local-store/local-store.ts says the
 * contract). One TandemDb underneath; the per-workspace stores are views on its tables, cheap to
 * make, holding no state of their own.
 */
export class DexieLocalStore implements LocalStore {
  readonly peers: PeerStore;
  readonly identity: IdentityStore;
  readonly settings: SettingsStore;

  private constructor(private readonly db: TandemDb) {
    const keyValues = new DexieKeyValues(db);
    this.peers = new DexiePeers(db);
    this.identity = identityStoreOver(keyValues);
    this.settings = settingsStoreOver(keyValues);
  }

  /**
   * Opens (and, on first run or after an upgrade, creates or migrates) the database. Rejects with
   * the browser's reason when local storage cannot be used: the caller then offers memory.
   */
  static async open(db: TandemDb = new TandemDb()): Promise<DexieLocalStore> {
    await db.open();
    return new DexieLocalStore(db);
  }

  updates(workspaceId: string): UpdateStore {
    return new DexieUpdateLog(this.db, workspaceId);
  }

  snapshots(workspaceId: string): SnapshotStore {
    return new DexieSnapshots(this.db, workspaceId);
  }

  reviewMarks(workspaceId: string): ReviewMarkStore {
    return new DexieReviewMarks(this.db, workspaceId);
  }

  audit(workspaceId: string): AuditStore {
    return new DexieAudit(this.db, workspaceId);
  }

  close(): void {
    this.db.close();
  }
}

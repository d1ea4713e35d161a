import Dexie, { type Table } from 'dexie';
import type { Identity } from '../../../shared/identity/identity';
import type { AuditEntry } from '../../../shared/review/audit';

/**
 * The local IndexedDB, owned by Dexie. Every transaction asks for strict durability (the commit
 * resolves only once the data is flushed to disk), because an edit the UI shows as saved must
 * survive the app being killed right after.
 *
 *   updates     the append log of each workspace's Yjs updates (and its compacted snapshot)
 *   quarantine  stored records that failed their check on load, kept for recovery and export
 *   settings    local-only settings, such as this laptop's identity
 *   reviewMarks "Mark reviewed": when, by whom, and a snapshot of the actions' fields (version 3)
 *   audit       the audit trail: one row per changed field, as this laptop received it (version 3)
 */
export const DATABASE_NAME = 'tandem';

export interface UpdateRow {
  id?: number;
  workspaceId: string;
  bytes: Uint8Array;
  checksum: number;
  writtenAt: number;
}

/** A quarantined record: the original row's values kept as found, plus why it was set aside. */
export interface QuarantineRow {
  id?: number;
  workspaceId: string;
  originalId: number;
  bytes: unknown;
  checksum: unknown;
  writtenAt: unknown;
  reason: string;
  quarantinedAt: string;
}

/** A review mark (shared/review/review-diff.ts): `snapshot` is checked with parseSnapshot on reading. */
export interface ReviewMarkRow {
  id?: number;
  workspaceId: string;
  at: number;
  reviewer: Identity;
  snapshot: unknown;
}

export interface AuditDbRow extends AuditEntry {
  id?: number;
  workspaceId: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export class TandemDb extends Dexie {
  updates!: Table<UpdateRow, number>;
  quarantine!: Table<QuarantineRow, number>;
  settings!: Table<SettingRow, string>;
  reviewMarks!: Table<ReviewMarkRow, number>;
  audit!: Table<AuditDbRow, number>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      updates: '++id, workspaceId',
      quarantine: '++id, workspaceId',
      settings: 'key',
    });
    // Review and audit (issue 6): local to this laptop, queried by workspace and time.
    this.version(3).stores({
      reviewMarks: '++id, [workspaceId+at]',
      audit: '++id, [workspaceId+at]',
    });
  }
}

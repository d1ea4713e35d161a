import Dexie, { type Table } from 'dexie';

/**
 * The local IndexedDB, owned by Dexie. Every transaction asks for strict durability (the commit
 * resolves only once the data is flushed to disk), because an edit the UI shows as saved must
 * survive the app being killed right after.
 *
 *   updates     the append log of each workspace's Yjs updates (and its compacted snapshot)
 *   quarantine  stored records that failed their check on load, kept for recovery and export
 *   settings    local-only settings, such as this laptop's identity
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

export interface SettingRow {
  key: string;
  value: unknown;
}

export class TandemDb extends Dexie {
  updates!: Table<UpdateRow, number>;
  quarantine!: Table<QuarantineRow, number>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      updates: '++id, workspaceId',
      quarantine: '++id, workspaceId',
      settings: 'key',
    });
  }
}

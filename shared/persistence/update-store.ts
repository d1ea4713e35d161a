/**
 * Where a workspace's Yjs updates live on this device: an append log of updates, compacted now and
 * then into one snapshot. One interface, two implementations (AFFiNE's DocStorage idea): Dexie in
 * the renderer, memory in unit tests. Everything above it (loading, quarantine, batching,
 * compaction policy) is shared code tested in Node.
 *
 * Records are read back as `unknown` fields: what is on disk may have been damaged or written by
 * another version, and the loader decides what is valid.
 */
export interface StoredRecord {
  readonly id: number;
  readonly bytes: unknown;
  readonly checksum: unknown;
}

/** A record set aside, kept exactly as it was found (whatever its type), for recovery and export. */
export interface QuarantinedRecord {
  readonly id: number;
  /** The record's original id in the update log. */
  readonly originalId: number;
  readonly bytes: unknown;
  readonly checksum: unknown;
  readonly reason: string;
  readonly quarantinedAt: string;
}

export interface Quarantine {
  readonly record: StoredRecord;
  readonly reason: string;
}

export interface UpdateStore {
  /** Every record of the log, in the order written. */
  readAll(): Promise<readonly StoredRecord[]>;
  /** Appends one record, durably: when the promise resolves the bytes are on disk. */
  append(bytes: Uint8Array, checksum: number): Promise<void>;
  /**
   * Moves records from the log to the quarantine in one transaction. Records no longer in the log
   * (another window quarantined them first) are skipped, so none is quarantined twice.
   */
  quarantine(items: readonly Quarantine[], at: Date): Promise<void>;
  readQuarantine(): Promise<readonly QuarantinedRecord[]>;
  /**
   * Replaces the log by one record, atomically: reads every record inside one transaction, asks
   * `merge` for the replacement (or null to leave the log as it is) and swaps them. Because the
   * read happens inside the transaction, records another window appended are merged too, never
   * dropped.
   */
  compact(merge: (records: readonly StoredRecord[]) => { bytes: Uint8Array; checksum: number } | null): Promise<CompactResult>;
}

export interface CompactResult {
  readonly before: number;
  readonly after: number;
}

/** A storage failure reported to the user (quota, disk full, a closed database). */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

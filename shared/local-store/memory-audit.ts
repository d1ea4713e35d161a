import type { AccessProbe } from '../persistence/access-probe';
import { guard } from '../persistence/storage-guard';
import type { AuditEntry, AuditRow } from '../review/audit';
import { MemoryAuditStore, type AuditStore } from '../review/audit-recorder';

/**
 * A MemoryAuditStore behind the local store's probe: each call is checked (a full disk, a closed
 * store) before it reaches the rows, so a failing write stores none of its batch and comes out
 * as a StorageError, as from Dexie.
 */
export class ProbedAuditStore implements AuditStore {
  private readonly rows = new MemoryAuditStore();
  constructor(private readonly probe: AccessProbe) {}

  append(entries: readonly AuditEntry[]): Promise<number[]> {
    return guard('save the audit trail', async () => {
      if (entries.length > 0) this.probe('audit', 'add');
      return this.rows.append(entries);
    });
  }

  replace(id: number, entry: AuditEntry): Promise<void> {
    return guard('save the audit trail', async () => {
      this.probe('audit', 'put');
      await this.rows.replace(id, entry);
    });
  }

  since(from: number): Promise<AuditRow[]> {
    return guard('read the audit trail', async () => {
      this.probe('audit', 'read');
      return this.rows.since(from);
    });
  }
}

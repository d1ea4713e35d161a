import Dexie from 'dexie';
import type { AuditEntry, AuditRow } from '../../../../shared/review/audit';
import type { AuditStore } from '../../../../shared/review/audit-recorder';
import type { TandemDb } from './tandem-db';

/** The audit trail in IndexedDB (table `audit`), one workspace's rows by time. */
export class DexieAuditStore implements AuditStore {
  constructor(private readonly db: TandemDb, private readonly workspaceId: string) {}

  async append(entries: readonly AuditEntry[]): Promise<number[]> {
    const rows = entries.map((entry) => ({ ...entry, workspaceId: this.workspaceId }));
    return this.db.audit.bulkAdd(rows, { allKeys: true });
  }

  async replace(id: number, entry: AuditEntry): Promise<void> {
    await this.db.audit.put({ ...entry, id, workspaceId: this.workspaceId });
  }

  async since(from: number): Promise<AuditRow[]> {
    const rows = await this.db.audit
      .where('[workspaceId+at]').between([this.workspaceId, from], [this.workspaceId, Dexie.maxKey], true, true)
      .toArray();
    return rows.map(({ workspaceId: _workspace, ...row }) => row as AuditRow);
  }
}

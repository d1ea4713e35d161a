import Dexie from 'dexie';
import { guard } from '../../../../shared/persistence/storage-guard';
import type { AuditEntry, AuditRow } from '../../../../shared/review/audit';
import type { AuditStore } from '../../../../shared/review/audit-recorder';
import type { TandemDb } from './tandem-db';

/** One workspace's audit trail on IndexedDB (table `audit`, by [workspaceId+at]). */
export class DexieAudit implements AuditStore {
  constructor(
    private readonly db: TandemDb,
    private readonly workspaceId: string,
  ) {}

  append(entries: readonly AuditEntry[]): Promise<number[]> {
    return guard('save the audit trail', async () => {
      if (entries.length === 0) return [];
      // An explicit transaction: outside one, a bulkAdd whose request fails still commits the
      // others (Dexie reports a BulkError), and the recorder would lose which rows were stored.
      return this.db.transaction('rw', this.db.audit, () =>
        this.db.audit.bulkAdd(entries.map((entry) => ({ ...entry, workspaceId: this.workspaceId })), { allKeys: true }),
      );
    });
  }

  /** Rewrites a row of this workspace in place (a burst of typing growing); never creates one. */
  replace(id: number, entry: AuditEntry): Promise<void> {
    return guard('save the audit trail', () =>
      this.db.transaction('rw', this.db.audit, async () => {
        const row = await this.db.audit.get(id);
        if (row?.workspaceId !== this.workspaceId) return;
        await this.db.audit.put({ ...entry, id, workspaceId: this.workspaceId });
      }),
    );
  }

  since(from: number): Promise<AuditRow[]> {
    return guard('read the audit trail', async () => {
      const rows = await this.db.audit
        .where('[workspaceId+at]')
        .between([this.workspaceId, from], [this.workspaceId, Dexie.maxKey], true, true)
        .toArray();
      return rows.map(({ workspaceId: _workspace, ...row }) => row as AuditRow);
    });
  }
}

import { auditCsv, type AuditEntry } from '../../../../shared/review/audit';
import type { HostApi, SavedFile } from '../../../../shared/host/host-api';

/** Writes the rows shown (the filtered trail) as CSV through the host, like every export. */
export function exportAuditCsv(host: HostApi, rows: readonly AuditEntry[], now: Date = new Date()): Promise<SavedFile> {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return host.exportFile(`tandem-audit-${stamp}.csv`, new TextEncoder().encode(auditCsv(rows)));
}

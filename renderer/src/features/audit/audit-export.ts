import { auditCsv, type AuditEntry } from '../../../../shared/review/audit';
import type { SavedFile } from '../../../../shared/host/host-api';
import { getHost } from '../../runtime/host/bridge';

/** Writes the rows shown (the filtered trail) as CSV through the host, like every export. */
export function exportAuditCsv(rows: readonly AuditEntry[], now: Date = new Date()): Promise<SavedFile> {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return getHost().exportFile(`tandem-audit-${stamp}.csv`, new TextEncoder().encode(auditCsv(rows)));
}

import { buildRecoveryFile, encodeRecoveryFile } from '../../../../shared/persistence/recovery-export';
import type { SavedFile } from '../../../../shared/host/host-api';
import { currentSession } from '../../shell/boot';
import { getHost } from '../../runtime/host/bridge';
import { DEFAULT_WORKSPACE_ID } from '../../runtime/workspace-session';

/** Writes what loaded, plus every quarantined record, to one file through the host. */
export async function exportRecovery(now: Date = new Date()): Promise<SavedFile> {
  const session = currentSession();
  if (!session) throw new Error('No workspace is open.');
  const quarantine = await session.store.readQuarantine().then(
    (records) => ({ records }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  const file = buildRecoveryFile(session.doc, DEFAULT_WORKSPACE_ID, quarantine, now);
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return getHost().exportFile(`tandem-recovery-${stamp}.json`, encodeRecoveryFile(file));
}

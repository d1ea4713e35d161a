import { buildRecoveryFile, encodeRecoveryFile } from '../../../../shared/persistence/recovery-export';
import type { SavedFile } from '../../../../shared/host/host-api';
import type { WorkspaceRuntime } from '../../runtime/workspace-runtime';

/** Writes what loaded, plus every quarantined record, to one file through the host. */
export async function exportRecovery(runtime: WorkspaceRuntime, now: Date = new Date()): Promise<SavedFile> {
  const { session } = runtime;
  const quarantine = await session.store.readQuarantine().then(
    (records) => ({ records }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  const file = buildRecoveryFile(session.doc, runtime.workspaceId, quarantine, now);
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return runtime.host.exportFile(`tandem-recovery-${stamp}.json`, encodeRecoveryFile(file));
}

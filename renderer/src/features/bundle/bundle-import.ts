import { BUNDLE_EXTENSION, MAX_BUNDLE_BYTES, oversizeReason } from '../../../../shared/bundle/format';
import { mergeImport, prepareImport, type ImportRefusal, type ImportTarget, type MergeOutcome, type PreparedImport } from '../../../../shared/bundle/import-bundle';
import { readEnvelope, type EnvelopeRead } from '../../../../shared/bundle/read-bundle';
import type { OpenedFile, OpenFileOptions } from '../../../../shared/host/host-api';
import { WORKSPACE_ID } from '../../../../shared/workspace/workspace-id';
import type { WorkspaceRuntime } from '../../runtime/workspace-runtime';

/**
 * The app's side of importing a sync file (shared/bundle/import-bundle.ts does the checking):
 * choose → read the envelope → (passphrase) → preview on a scratch copy → merge through the
 * session's mergeRemote, the one way bytes from outside enter the document. Observers import too:
 * receiving colleagues' changes is not editing (a reviewer on a secure laptop is often an
 * observer), just as they receive them over the LAN; what they cannot do is change anything.
 */
export const OPEN_SYNC_FILE: OpenFileOptions = { filterName: 'Tandem sync files', extensions: [BUNDLE_EXTENSION], maxBytes: MAX_BUNDLE_BYTES };


/** Opens the host's file chooser; call it straight from the click or key handler (see HostApi). */
export function chooseSyncFile(runtime: WorkspaceRuntime): Promise<OpenedFile | null> {
  return runtime.host.openFileDialog(OPEN_SYNC_FILE);
}

export async function readChosenFile(file: OpenedFile): Promise<EnvelopeRead> {
  if (file.kind === 'too-large') return { ok: false, problem: 'oversized', reason: oversizeReason(file.size) ?? 'The file is too large.' };
  return readEnvelope(file.bytes);
}

/** `fileName` names the file in a refusal ("The file “x.tandem” erases the action …"). */
export async function previewImport(runtime: WorkspaceRuntime, read: EnvelopeRead, passphrase: string | undefined, fileName?: string): Promise<PreparedImport | ImportRefusal> {
  return prepareImport(read, targetOf(runtime), { workspace: WORKSPACE_ID, passphrase, fileName });
}

export interface MergeResult {
  readonly outcome: MergeOutcome;
  /** Set when the merge worked but the sender's state could not be remembered. */
  readonly peerWarning: string | null;
}

export async function mergeSyncFile(runtime: WorkspaceRuntime, prepared: PreparedImport, fileName: string): Promise<MergeResult> {
  const { session } = runtime;
  // A backup first, so the import can be undone from Records → Backups; without one, no merge.
  if (!prepared.summary.nothingNew) {
    try {
      await runtime.backups.snapshotBeforeImport(`Before importing ${fileName}`);
    } catch (error) {
      throw new Error(`Nothing was merged: a backup could not be taken first (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
    }
  }
  const outcome = mergeImport(prepared, targetOf(runtime), fileName);
  if (!outcome.ok) return { outcome, peerWarning: null };
  const { sender, stateVector, signature } = prepared.envelope;
  // A file this very session wrote says nothing new about anyone else.
  if (sender.clientId === session.doc.clientID) return { outcome, peerWarning: null };
  try {
    // A key first met in a signed file is learned with the person it names (its safety code was
    // shown in the preview for comparing); a key already known for someone else is not.
    if (signature && prepared.sender.kind === 'unknown-key') await runtime.authorship.known.learn(signature.publicKey, sender, 'file');
    await runtime.recordPeerState(sender, stateVector, 'file');
    return { outcome, peerWarning: null };
  } catch (error) {
    return { outcome, peerWarning: `The changes were merged, but ${sender.name}'s state could not be remembered for later exports (${error instanceof Error ? error.message : String(error)}).` };
  }
}

function targetOf(runtime: WorkspaceRuntime): ImportTarget {
  const { session } = runtime;
  return {
    // No unverifiedPolicy: the shared default refuses a file with content this laptop cannot verify
    // (shared/authorship/unverified-policy.ts), naming the file and each unproven writer.
    doc: session.doc, ownClientIds: session.ownClientIds, knownKeys: runtime.authorship.known,
    merge: (update, origin) => session.mergeRemote(update, origin),
  };
}

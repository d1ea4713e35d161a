import type * as Y from 'yjs';
import { RemoteOrigin } from '../sync/remote-origin';
import type { RemoteApply } from '../sync/remote-update';
import type { BundleEnvelope, BundleProblem } from './format';
import { unsealBundle, type EnvelopeRead, type UnsealOptions } from './read-bundle';
import { summarizeChanges, type BundleSummary } from './summary';

/**
 * Importing a sync file, in two steps so a person can look before anything changes:
 *
 *   prepareImport  read + check the file (read-bundle.ts), work out what it changes on a scratch
 *                  copy (summary.ts); the workspace is not touched
 *   mergeImport    the one merge: `target.merge(payload, new RemoteOrigin('file', name))`, which in
 *                  the app is WorkspaceSession.mergeRemote (V1 only, all or nothing)
 *
 * A refusal at any step leaves the workspace as it was. Importing a file twice is harmless (Yjs
 * integrates each item once); the second time the summary says there is nothing new, and no merge
 * runs at all.
 */
export interface ImportTarget {
  readonly doc: Y.Doc;
  merge(update: Uint8Array, origin: RemoteOrigin): RemoteApply;
}

export type ImportProblem = BundleProblem | 'waits-for-missing' | 'merge-failed';

export interface PreparedImport {
  readonly ok: true;
  readonly envelope: BundleEnvelope;
  readonly payload: Uint8Array;
  readonly summary: BundleSummary;
}

export type ImportRefusal = {
  readonly ok: false;
  readonly problem: ImportProblem;
  readonly reason: string;
  readonly envelope: BundleEnvelope | null;
};

export async function prepareImport(read: EnvelopeRead, target: ImportTarget, options: UnsealOptions): Promise<PreparedImport | ImportRefusal> {
  const opened = await unsealBundle(read, options);
  if (!opened.ok) return opened;
  const { envelope, payload } = opened;
  const summarized = summarizeChanges(target.doc, payload);
  if (!summarized.ok) return { ok: false, problem: 'invalid-payload', reason: summarized.reason, envelope };
  if (summarized.summary.waitsForMissing) {
    return {
      ok: false,
      problem: 'waits-for-missing',
      reason: `The file continues changes this workspace has not received yet; ask ${envelope.sender.name} for a whole-workspace file.`,
      envelope,
    };
  }
  return { ok: true, envelope, payload, summary: summarized.summary };
}

export type MergeOutcome = { readonly ok: true; readonly nothingNew: boolean } | ImportRefusal;

export function mergeImport(prepared: PreparedImport, target: ImportTarget, fileName: string): MergeOutcome {
  if (prepared.summary.nothingNew) return { ok: true, nothingNew: true };
  const applied = target.merge(prepared.payload, new RemoteOrigin('file', fileName));
  if (!applied.ok) return { ok: false, problem: 'merge-failed', reason: applied.reason, envelope: prepared.envelope };
  return { ok: true, nothingNew: false };
}

import type * as Y from 'yjs';
import { RemoteOrigin } from '../sync/remote-origin';
import type { RemoteApply } from '../sync/remote-update';
import type { GateContext } from '../sync/semantic-gate';
import { checkHeaderClaims } from './header-claims';
import { checkBundleSignature, type SenderVerdict } from './bundle-signature';
import type { KnownKeys } from '../authorship/verify';
import { verifyWriters, type WriterVerdict } from '../authorship/verify-update';
import { decideUnverified, DEFAULT_UNVERIFIED_POLICY, type AuthorshipDecision, type UnverifiedPolicy } from '../authorship/unverified-policy';
import type { BundleEnvelope, BundleProblem } from './format';
import { unsealBundle, type EnvelopeRead, type UnsealOptions } from './read-bundle';
import { summarizeChanges, type BundleSummary } from './summary';

/**
 * Importing a sync file, in two steps so a person can look before anything changes:
 *
 *   prepareImport  read + check the file (read-bundle.ts), check its header's claims against its
 *                  payload (header-claims.ts), work out what it changes on a scratch copy under
 *                  the semantic gate's rules (summary.ts); the workspace is not touched
 *   mergeImport    the one merge: `target.merge(payload, new RemoteOrigin('file', name))`, which in
 *                  the app is WorkspaceSession.mergeRemote (V1 only, all or nothing)
 *
 * A refusal at any step leaves the workspace as it was. Importing a file twice is harmless (Yjs
 * integrates each item once); the second time the summary says there is nothing new, and no merge
 * runs at all.
 */
export interface ImportTarget extends GateContext {
  readonly doc: Y.Doc;
  /** The keys this laptop has learned, to verify who signed the file (bundle-signature.ts). */
  readonly knownKeys?: KnownKeys;
  merge(update: Uint8Array, origin: RemoteOrigin): RemoteApply;
  /** What unverified content may do (shared/authorship/unverified-policy.ts); the default refuses it. */
  readonly unverifiedPolicy?: UnverifiedPolicy;
}

/** 'refused-content': a valid file whose content the workspace's rules refuse (semantic-gate.ts). */
export type ImportProblem = BundleProblem | 'waits-for-missing' | 'merge-failed' | 'refused-content' | 'unverified-author';

export interface ImportOptions extends UnsealOptions {
  /** The file's name, to name the source in a refusal. */
  readonly fileName?: string;
}

export interface PreparedImport {
  readonly ok: true;
  readonly envelope: BundleEnvelope;
  readonly payload: Uint8Array;
  readonly summary: BundleSummary;
  /** Whether the sender is who the file says: its signature against this laptop's known keys. */
  readonly sender: SenderVerdict;
  /** Who wrote what the file brings, verified or not (shared/authorship/verify-update.ts); empty without known keys. */
  readonly writers: readonly WriterVerdict[];
}

export type ImportRefusal = {
  readonly ok: false;
  readonly problem: ImportProblem;
  readonly reason: string;
  readonly envelope: BundleEnvelope | null;
};

export async function prepareImport(read: EnvelopeRead, target: ImportTarget, options: ImportOptions): Promise<PreparedImport | ImportRefusal> {
  const opened = await unsealBundle(read, options);
  if (!opened.ok) return opened;
  const sender = await checkBundleSignature(opened.envelope, opened.payload, target.knownKeys);
  if (sender === 'altered') {
    return { ok: false, problem: 'altered', reason: 'The file was altered after it was signed: its signature does not match its sender, its claims or its content. Nothing was merged.', envelope: opened.envelope };
  }
  const judged = judgeBundle(opened.envelope, opened.payload, target, options.fileName, sender);
  if (!judged.ok) return judged;
  const { envelope, summary } = judged;
  if (summary.waitsForMissing) {
    return {
      ok: false,
      problem: 'waits-for-missing',
      reason: `The file continues changes this workspace has not received yet; ask ${envelope.sender.name} for a whole-workspace file.`,
      envelope,
    };
  }
  return target.knownKeys ? { ...judged, writers: await verifyWriters(target.doc, judged.payload, target.knownKeys) } : judged;
}

/**
 * The content checks of an opened file, shared by the import and the inspector: the header's
 * claims, then the preview under the semantic gate. A refusal here is "valid envelope, refused
 * content" ('refused-content'), or a payload that does not integrate ('invalid-payload').
 */
export function judgeBundle(
  envelope: BundleEnvelope,
  payload: Uint8Array,
  target: Pick<ImportTarget, 'doc' | 'ownClientIds'>,
  fileName?: string,
  sender: SenderVerdict = { kind: 'unsigned' },
): PreparedImport | ImportRefusal {
  const origin = new RemoteOrigin('file', fileName ?? `sync file from ${envelope.sender.name}`);
  const summarized = summarizeChanges(target.doc, payload, target, origin);
  if (!summarized.ok) return { ok: false, problem: summarized.rule ? 'refused-content' : 'invalid-payload', reason: summarized.reason, envelope };
  // Bytes first (the payload integrates), then what its header claims about them.
  const claims = checkHeaderClaims(envelope, payload);
  if (!claims.ok) return { ok: false, problem: 'refused-content', reason: claims.reason, envelope };
  return { ok: true, envelope, payload, summary: summarized.summary, sender, writers: [] };
}

export type MergeOutcome = { readonly ok: true; readonly nothingNew: boolean } | ImportRefusal;

export function mergeImport(prepared: PreparedImport, target: ImportTarget, fileName: string): MergeOutcome {
  if (prepared.summary.nothingNew) return { ok: true, nothingNew: true };
  const origin = new RemoteOrigin('file', fileName);
  const authorship = decideFileWriters(prepared, target, origin);
  if (!authorship.ok) return { ok: false, problem: 'unverified-author', reason: authorship.reason, envelope: prepared.envelope };
  const applied = target.merge(prepared.payload, origin);
  if (!applied.ok) return { ok: false, problem: applied.rule ? 'refused-content' : 'merge-failed', reason: applied.reason, envelope: prepared.envelope };
  return { ok: true, nothingNew: false };
}

/**
 * The unverified-content policy on a file's writers (verified in prepareImport): this laptop's own
 * ids are exempt, and so is content signed by the file's own key when that key is first met in this
 * file: merging it learns the key (trust on first use, its safety code shown in the preview), so
 * two laptops that never met can exchange files. Content signed by nobody, or by a third key this
 * laptop does not know, is refused under the default policy.
 */
export function decideFileWriters(prepared: PreparedImport, target: ImportTarget, origin: RemoteOrigin): AuthorshipDecision {
  const own = new Set(target.ownClientIds?.(origin) ?? []);
  own.add(target.doc.clientID);
  // Hand-built previews (tests, the inspector) may lack the verdicts: nothing to judge then.
  const sender = prepared.sender as PreparedImport['sender'] | undefined;
  const firstMet = sender?.kind === 'unknown-key' ? sender.fingerprint : null;
  const judged = (prepared.writers as PreparedImport['writers'] | undefined ?? []).filter(({ client, verdict }) => {
    if (own.has(client)) return false;
    return verdict.verified || !(verdict.reason === 'unknown-key' && verdict.fingerprint === firstMet);
  });
  return decideUnverified(judged, target.unverifiedPolicy ?? DEFAULT_UNVERIFIED_POLICY, origin);
}

/**
 * Feeds the audit trail from the document: after every transaction, the actions it touched are
 * compared with their views before it, both as the action pipeline derived them (once per
 * transaction, for every consumer). Transactions whose origin is not audited (loading, the seed,
 * another window mirroring what it records itself: workspace/origins.ts) only move the baseline.
 */
import type * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { isRemoteOrigin } from '../sync/remote-origin';
import { ActionPipeline } from '../workspace/action-pipeline';
import { authorOf } from '../workspace/authors';
import { originPolicy } from '../workspace/origins';
import { auditEntries, type AuditEntry } from './audit';
import type { AuditRecorder } from './audit-recorder';
import { fieldWriter } from './attribution';
import { docNames } from './doc-names';
import { isNewIn } from './item-chain';

export interface AuditWatchOptions {
  /** Whether a transaction with this origin is a change to record; by default the origin table decides. */
  readonly audited?: (origin: unknown) => boolean;
  /** Who is working here, for local edits made before the document names them. */
  readonly localIdentity: () => Identity | null;
  readonly now?: () => number;
  /** The document's action pipeline, when the caller has one (the runtime does): views are then derived once. */
  readonly pipeline?: ActionPipeline;
}

export function watchAudit(doc: Y.Doc, recorder: Pick<AuditRecorder, 'record'>, options: AuditWatchOptions): () => void {
  const own = options.pipeline ? null : new ActionPipeline(doc);
  const pipeline = options.pipeline ?? own!;
  const now = options.now ?? (() => Date.now());
  const audited = options.audited ?? ((origin: unknown) => originPolicy(origin).audited);
  const stop = pipeline.subscribe(({ transaction, ids, before: viewsBefore, after: viewsAfter }) => {
    if (!audited(transaction.origin)) return;
    const origin: unknown = transaction.origin;
    const remote = isRemoteOrigin(origin) ? origin : null;
    const entries: AuditEntry[] = [];
    let names: ReturnType<typeof docNames> | null = null;
    const at = now();
    for (const id of ids) {
      const after = viewsAfter.get(id);
      const before = viewsBefore.get(id);
      if (!after || before === after) continue;
      names ??= docNames(doc);
      entries.push(...auditEntries(before, after, {
        at, names,
        // Another window of this laptop is this laptop.
        source: remote && remote.kind !== 'tab' ? remote.kind : 'local',
        sourceLabel: remote ? remote.label : '',
        whoFor: (field) => (remote ? fieldWriter(doc, id, field, (item) => isNewIn(transaction, item)).who : authorOf(doc, doc.clientID) ?? options.localIdentity()),
      }));
    }
    if (entries.length > 0) recorder.record(entries);
  });
  return () => {
    stop();
    own?.dispose();
  };
}

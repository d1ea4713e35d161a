/**
 * Feeds the audit trail from the document: after every transaction, the actions it touched
 * (action-changes.ts, the same narrowing the session uses) are re-read and compared with their
 * views before it. A keystroke at 5,000 actions re-reads one record. Transactions that are not
 * changes (loading, the seed, another tab mirroring what it records itself) only move the
 * baseline forward.
 */
import type * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { isRemoteOrigin } from '../sync/remote-origin';
import { changedActions } from '../workspace/action-changes';
import { actionViewOf, deriveActions, type ActionView } from '../workspace/action-view';
import { authorOf } from '../workspace/authors';
import { actionsMap } from '../workspace/schema';
import { auditEntries, type AuditEntry } from './audit';
import type { AuditRecorder } from './audit-recorder';
import { fieldWriter } from './attribution';
import { docNames } from './doc-names';
import { isNewIn } from './item-chain';

export interface AuditWatchOptions {
  /** Origins whose transactions are not changes to record. */
  readonly ignore: ReadonlySet<unknown>;
  /** Who is working here, for local edits made before the document names them. */
  readonly localIdentity: () => Identity | null;
  readonly now?: () => number;
}

export function watchAudit(doc: Y.Doc, recorder: Pick<AuditRecorder, 'record'>, options: AuditWatchOptions): () => void {
  const views = new Map<string, ActionView>(deriveActions(doc).map((view) => [view.id, view]));
  const now = options.now ?? (() => Date.now());
  const handler = (transaction: Y.Transaction) => {
    const changed = changedActions(doc, transaction);
    const ids = changed === 'all' ? new Set([...actionsMap(doc).keys()]) : changed;
    if (ids.size === 0) return;
    const record = !options.ignore.has(transaction.origin);
    const origin: unknown = transaction.origin;
    const remote = isRemoteOrigin(origin) ? origin : null;
    const entries: AuditEntry[] = [];
    let names: ReturnType<typeof docNames> | null = null;
    const at = now();
    for (const id of ids) {
      const after = actionViewOf(doc, id);
      const before = views.get(id);
      if (!after) continue;
      views.set(id, after);
      if (!record || before === after) continue;
      names ??= docNames(doc);
      entries.push(...auditEntries(before, after, {
        at, names,
        source: remote ? remote.kind : 'local',
        sourceLabel: remote ? remote.label : '',
        whoFor: (field) => (remote ? fieldWriter(doc, id, field, (item) => isNewIn(transaction, item)).who : authorOf(doc, doc.clientID) ?? options.localIdentity()),
      }));
    }
    if (entries.length > 0) recorder.record(entries);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

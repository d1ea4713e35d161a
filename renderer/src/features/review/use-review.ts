import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AuditRow } from '../../../../shared/review/audit';
import { attributeChanges, diffSnapshots, snapshotOf, type AttributedChange } from '../../../../shared/review/review-diff';
import { useTandemStore } from '../../state/store';
import { useRuntime } from '../../ui/runtime-context';
import type { ReviewMark } from '../../../../shared/review/review-marks';

export type MarkState = { readonly kind: 'loading' } | { readonly kind: 'none' } | { readonly kind: 'marked'; readonly mark: ReviewMark };

/**
 * The last mark, the changes since it (with who, when and how), and "Mark reviewed". The diff is
 * recomputed as the actions change; the audit rows that say how each change arrived are read
 * again after each change (flushed first, so a change just made is in them).
 */
export function useReview() {
  const actions = useTandemStore((state) => state.actions);
  const identity = useTandemStore((state) => state.identity);
  const runtime = useRuntime();
  const watch = runtime.review;
  const { doc } = runtime.session;
  const [mark, setMark] = useState<MarkState>({ kind: 'loading' });
  const [audit, setAudit] = useState<readonly AuditRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    watch.marks.latest().then(
      (latest) => live && setMark(latest ? { kind: 'marked', mark: latest } : { kind: 'none' }),
      (reason: unknown) => live && setError(`The last review mark could not be read: ${String(reason)}`),
    );
    return () => { live = false; };
  }, [watch]);

  // Before any mark, the review covers everything since the laptop was set up (review-watch.ts).
  const since = mark.kind === 'marked' ? mark.mark.at : mark.kind === 'none' ? 0 : null;
  useEffect(() => {
    let live = true;
    if (since === null) return;
    watch.flush().then(() => watch.audit.since(since)).then(
      (rows) => live && setAudit(rows),
      (reason: unknown) => live && setError(`The audit trail could not be read: ${String(reason)}`),
    );
    return () => { live = false; };
  }, [since, actions, watch]);

  const changes = useMemo((): readonly AttributedChange[] => {
    if (mark.kind === 'loading') return [];
    const from = mark.kind === 'marked' ? mark.mark.snapshot : watch.baseline();
    return attributeChanges(doc, diffSnapshots(from, snapshotOf(actions, doc)), audit, from);
  }, [mark, actions, audit, doc, watch]);

  const markReviewed = useCallback(async () => {
    if (!identity) return;
    const next: ReviewMark = { at: Date.now(), reviewer: identity, snapshot: snapshotOf(actions, doc) };
    try {
      await watch.marks.save(next);
      setMark({ kind: 'marked', mark: next });
      setError(null);
    } catch (reason) {
      setError(`The review mark could not be saved: ${reason instanceof Error ? reason.message : String(reason)}`);
    }
  }, [actions, identity, watch, doc]);

  return { mark, changes, markReviewed, error };
}

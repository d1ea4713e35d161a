import { useId, useMemo } from 'react';
import type { CommentEntry } from '../../../../shared/workspace/agreement/comments';
import { mayEditComment } from '../../../../shared/workspace/agreement/comments';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { useT } from '../../ui/i18n/I18nProvider';
import { CommentItem } from './CommentItem';
import { Composer } from './Composer';
import { mentionsOf } from './thread-marks';
import { useMentionCandidates } from './use-mention-candidates';
import './discussion.css';

const NO_COMMENTS: readonly CommentEntry[] = [];

/** The thread of one item ("action:<id>", "decision:<id>"), from the store. */
export function useThread(item: string): readonly CommentEntry[] {
  return useTandemStore((state) => state.threads.get(item) ?? NO_COMMENTS);
}

/**
 * The discussion of an item: its comments oldest first, then the composer (observers read only:
 * they edit nothing). A thread that mentions the user, in someone else's comment, is marked
 * "Mentions you". Edit is offered on the comments the user wrote, from whichever session
 * (comment-rules.ts: the author entry, not the client id, decides).
 */
export function Discussion({ item, heading = true }: { readonly item: string; readonly heading?: boolean }) {
  const t = useT();
  const headingId = useId();
  const thread = useThread(item);
  const me = useTandemStore((state) => state.identity);
  const readOnly = useReadOnly();
  const mentioned = mentionsOf(thread, me);
  const candidates = useMentionCandidates();
  const names = useMemo(() => [...new Set(candidates.map((candidate) => candidate.name).concat(me ? [me.name] : []))], [candidates, me]);
  return (
    <section className="discussion" aria-labelledby={heading ? headingId : undefined} aria-label={heading ? undefined : t('discussion.heading')} data-testid="discussion">
      {heading && (
        <header className="discussion-header">
          <h3 id={headingId}>
            {t('discussion.heading')}
            {thread.length > 0 && <span className="count" title={t('discussion.count', { count: thread.length })}>{thread.length}</span>}
          </h3>
          {mentioned > 0 && <span className="mention-badge" title={t('discussion.mentionsYouTitle', { count: mentioned })}>{t('discussion.mentionsYou')}</span>}
        </header>
      )}
      {thread.length === 0 ? (readOnly ? null : <p className="discussion-empty">{t('discussion.empty')}</p>) : (
        <ol className="thread">
          {thread.map((comment) => <CommentItem key={comment.key} comment={comment} mine={!readOnly && me !== null && mayEditComment(comment, me)} names={names} />)}
        </ol>
      )}
      {readOnly ? <p className="note">{t('discussion.observer')}</p> : <Composer item={item} />}
    </section>
  );
}

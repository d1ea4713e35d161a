import { useState } from 'react';
import { dominantDirection } from '../../../../shared/text/bidi';
import { MAX_COMMENT_LENGTH, type CommentEntry } from '../../../../shared/workspace/agreement/comments';
import { useCommands } from '../../ui/runtime-context';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { MentionTextarea } from './MentionTextarea';
import { mentionRuns } from './mention-query';
import { commentFullTime, commentTime, initialsOf } from './thread-marks';

/** One comment: avatar, author and side, time, "edited", the text (its own direction, mentions marked), and Edit for its author. */
export function CommentItem({ comment, mine, names }: { readonly comment: CommentEntry; readonly mine: boolean; readonly names: readonly string[] }) {
  const t = useT();
  const { locale } = useLanguage();
  const commands = useCommands();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const side = comment.author.delegation;
  const save = () => {
    if (draft === null || draft.trim() === '' || draft.length > MAX_COMMENT_LENGTH) return;
    if (commands.editComment(comment.key, draft, setProblem)) setDraft(null);
  };
  return (
    <li className="comment" data-testid="comment" data-author={comment.author.name}>
      <span className={`avatar side-${side}`} aria-hidden="true">{initialsOf(comment.author.name)}</span>
      <div className="comment-main">
        <div className="comment-meta">
          <bdi className="comment-author">{comment.author.name}</bdi>
          <span className={`side-chip side-${side}`}>{t(`discussion.side.${side}`)}</span>
          <time className="comment-time" dateTime={comment.at} title={commentFullTime(comment.at, locale)}>{commentTime(comment.at, locale)}</time>
          {comment.editedAt && (
            <span className="comment-edited" title={t('discussion.editedTitle', { time: commentFullTime(comment.editedAt, locale) })}>{t('discussion.edited')}</span>
          )}
          {mine && draft === null && (
            <button type="button" className="comment-edit" onClick={() => setDraft(comment.text)}>{t('discussion.edit')}</button>
          )}
        </div>
        {draft === null ? (
          <p className="comment-text" dir={dominantDirection(comment.text) ?? 'auto'} data-user-text="">
            {mentionRuns(comment.text, names).map((run, index) => (run.mention ? <span key={index} className="mention">{run.text}</span> : run.text))}
          </p>
        ) : (
          <div className="comment-editing">
            <MentionTextarea value={draft} onChange={setDraft} onSubmit={save} onCancel={() => setDraft(null)} label={t('discussion.editLabel')} autoFocus
              invalid={draft.length > MAX_COMMENT_LENGTH} />
            {(problem || draft.length > MAX_COMMENT_LENGTH) && (
              <p className="composer-note error" role="alert">{problem ?? t('discussion.composer.tooLong', { count: draft.length, max: MAX_COMMENT_LENGTH })}</p>
            )}
            <div className="buttons">
              <button type="button" onClick={save} disabled={draft.trim() === '' || draft.length > MAX_COMMENT_LENGTH}>{t('discussion.save')}</button>
              <button type="button" className="secondary" onClick={() => setDraft(null)}>{t('discussion.cancel')}</button>
            </div>
          </div>
        )}
      </div>
    </li>
  );
}

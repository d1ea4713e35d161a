import { useMemo } from 'react';
import { groupByWho } from '../../../../shared/review/review-groups';
import { useT } from '../../ui/i18n/I18nProvider';
import { ReviewChange } from './ReviewChange';
import { useNames } from './use-names';
import { useReview } from './use-review';
import { useReviewWords } from './use-review-words';
import './review.css';

/**
 * Review since last look: mark the workspace reviewed, and later see what was added, changed and
 * removed since, field by field, with who changed it, when, and whether it came by sync or by file.
 * Before the first mark it shows everything since this laptop was set up (a reviewer who receives
 * a first file sees it at once). Grouped by who wrote it. Marks are kept on this laptop only.
 */
export function ReviewScreen() {
  const { mark, changes, markReviewed, error } = useReview();
  const names = useNames();
  const t = useT();
  const words = useReviewWords();
  const groups = useMemo(() => groupByWho(changes), [changes]);
  const firstLook = mark.kind === 'none';
  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title">{t('review.title')}</h2>
      <div className="review-mark">
        <p role="status" data-testid="review-status">
          {mark.kind === 'loading' && t('review.reading')}
          {firstLook && t('review.firstLook')}
          {mark.kind === 'marked' && t('review.lastReviewed', { time: words.time(mark.mark.at), who: words.who(mark.mark.reviewer) })}
        </p>
        <button type="button" onClick={() => void markReviewed()} disabled={mark.kind === 'loading'}>{t('review.markReviewed')}</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {mark.kind !== 'loading' && (
        <>
          <h3 className="review-heading">{t(firstLook ? 'review.sinceSetup' : 'review.sinceReview', { count: changes.length })}</h3>
          {changes.length === 0
            ? <p className="empty">{t(firstLook ? 'review.nothingSinceSetup' : 'review.nothingSinceReview')}</p>
            : groups.map((group) => (
                <section key={group.key} className="review-group" aria-label={t('review.by', { who: words.who(group.who) })} data-testid="review-group">
                  <h4 className="review-who">
                    <span className={`who-dot who-${group.who?.delegation ?? 'unknown'}`} aria-hidden="true" />
                    {t('review.by', { who: words.who(group.who) })} <span className="review-count">{t('review.actionCount', { count: group.changes.length })}</span>
                  </h4>
                  <ul className="review-changes" aria-label={t('review.changesBy', { who: words.who(group.who) })}>
                    {group.changes.map((change) => <ReviewChange key={change.id} change={change} names={names} />)}
                  </ul>
                </section>
              ))}
        </>
      )}
    </section>
  );
}

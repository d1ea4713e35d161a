import { useMemo } from 'react';
import { groupByWho } from '../../../../shared/review/review-groups';
import { describeTime, describeWho } from './describe';
import { ReviewChange } from './ReviewChange';
import { useNames } from './use-names';
import { useReview } from './use-review';
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
  const groups = useMemo(() => groupByWho(changes), [changes]);
  const firstLook = mark.kind === 'none';
  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title">Review since last look</h2>
      <div className="review-mark">
        <p role="status" data-testid="review-status">
          {mark.kind === 'loading' && 'Reading the last review…'}
          {firstLook && 'Not reviewed on this laptop yet: below is everything since this laptop was set up.'}
          {mark.kind === 'marked' && <>Last reviewed {describeTime(mark.mark.at)} by {describeWho(mark.mark.reviewer)}.</>}
        </p>
        <button type="button" onClick={() => void markReviewed()} disabled={mark.kind === 'loading'}>Mark reviewed</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {mark.kind !== 'loading' && (
        <>
          <h3 className="review-heading">{firstLook ? `Changes since setup (${changes.length})` : `Changes since review (${changes.length})`}</h3>
          {changes.length === 0
            ? <p className="empty">{firstLook ? 'Nothing has changed since this laptop was set up.' : 'Nothing has changed since the last review.'}</p>
            : groups.map((group) => (
                <section key={group.key} className="review-group" aria-label={`By ${describeWho(group.who)}`} data-testid="review-group">
                  <h4 className="review-who">
                    <span className={`who-dot who-${group.who?.delegation ?? 'unknown'}`} aria-hidden="true" />
                    By {describeWho(group.who)} <span className="review-count">{group.changes.length === 1 ? '1 action' : `${group.changes.length} actions`}</span>
                  </h4>
                  <ul className="review-changes" aria-label={`Changes by ${describeWho(group.who)}`}>
                    {group.changes.map((change) => <ReviewChange key={change.id} change={change} names={names} />)}
                  </ul>
                </section>
              ))}
        </>
      )}
    </section>
  );
}

import { describeTime, describeWho } from './describe';
import { ReviewChange } from './ReviewChange';
import { useNames } from './use-names';
import { useReview } from './use-review';
import './review.css';

/**
 * Review since last look: mark the workspace reviewed, and later see what was added, changed and
 * removed since, field by field, with who changed it, when, and whether it came by sync or by file.
 * Marks are kept on this laptop only.
 */
export function ReviewScreen() {
  const { mark, changes, markReviewed, error } = useReview();
  const names = useNames();
  return (
    <section aria-labelledby="review-title" className="review">
      <h2 id="review-title">Review since last look</h2>
      <div className="review-mark">
        <p role="status" data-testid="review-status">
          {mark.kind === 'loading' && 'Reading the last review…'}
          {mark.kind === 'none' && 'Not reviewed on this laptop yet.'}
          {mark.kind === 'marked' && <>Last reviewed {describeTime(mark.mark.at)} by {describeWho(mark.mark.reviewer)}.</>}
        </p>
        <button type="button" onClick={() => void markReviewed()} disabled={mark.kind === 'loading'}>Mark reviewed</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {mark.kind === 'marked' && (
        <>
          <h3 className="review-heading">Changes since review ({changes.length})</h3>
          {changes.length === 0
            ? <p className="empty">Nothing has changed since the last review.</p>
            : <ul className="review-changes" aria-label="Changes since review">{changes.map((change) => <ReviewChange key={change.id} change={change} names={names} />)}</ul>}
        </>
      )}
    </section>
  );
}

import { useId } from 'react';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import type { AttributedChange } from '../../../../shared/review/review-diff';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useReviewWords } from './use-review-words';

/** One action's changes since the mark: each field before → after, who, when and how it came. */
export function ReviewChange({ change, names }: { readonly change: AttributedChange; readonly names: Names }) {
  const heading = useId();
  const t = useT();
  const words = useReviewWords();
  return (
    <li className="review-change" data-testid="review-change" data-action-id={change.id}>
      <h5 id={heading}><span className={`badge review-${change.kind}`}>{t(`review.kind.${change.kind}`)}</span> <UserText text={change.title || change.id} /></h5>
      {change.created && (
        <p className="attribution">
          {t('review.created', { who: words.who(change.created.who), time: words.time(change.created.at), via: words.via(change.created.via, change.created.viaLabel) })}
        </p>
      )}
      {change.fields.length > 0 && (
        <table className="review-fields" aria-labelledby={heading}>
          <thead>
            <tr>{(['field', 'before', 'after', 'who', 'when', 'how'] as const).map((column) => <th scope="col" key={column}>{t(`review.col.${column}`)}</th>)}</tr>
          </thead>
          <tbody>
            {change.fields.map((field) => (
              <tr key={field.field}>
                <th scope="row">{words.field(field.field)}</th>
                <td><UserText text={formatValue(field.field, field.before, names)} /></td>
                <td><UserText text={formatValue(field.field, field.after, names)} /></td>
                <td>{words.who(field.who)}</td>
                <td>{words.time(field.at)}</td>
                <td>{words.via(field.via, field.viaLabel)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

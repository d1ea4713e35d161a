import { useId } from 'react';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import { FIELD_LABELS } from '../../../../shared/review/fields';
import type { AttributedChange } from '../../../../shared/review/review-diff';
import { describeTime, describeVia, describeWho } from './describe';
import { UserText } from '../../ui/UserText';

const KIND_LABELS = { added: 'Added', changed: 'Changed', removed: 'Removed' } as const;

/** One action's changes since the mark: each field before → after, who, when and how it came. */
export function ReviewChange({ change, names }: { readonly change: AttributedChange; readonly names: Names }) {
  const heading = useId();
  return (
    <li className="review-change" data-testid="review-change" data-action-id={change.id}>
      <h5 id={heading}><span className={`badge review-${change.kind}`}>{KIND_LABELS[change.kind]}</span> <UserText text={change.title || change.id} /></h5>
      {change.created && (
        <p className="attribution">
          Created by {describeWho(change.created.who)}, {describeTime(change.created.at)} · {describeVia(change.created.via, change.created.viaLabel)}
        </p>
      )}
      {change.fields.length > 0 && (
        <table className="review-fields" aria-labelledby={heading}>
          <thead>
            <tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Who</th><th scope="col">When</th><th scope="col">How</th></tr>
          </thead>
          <tbody>
            {change.fields.map((field) => (
              <tr key={field.field}>
                <th scope="row">{FIELD_LABELS[field.field]}</th>
                <td><UserText text={formatValue(field.field, field.before, names)} /></td>
                <td><UserText text={formatValue(field.field, field.after, names)} /></td>
                <td>{describeWho(field.who)}</td>
                <td>{describeTime(field.at)}</td>
                <td>{describeVia(field.via, field.viaLabel)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

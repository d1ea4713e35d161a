import { useId } from 'react';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import type { InboxGroup } from '../../../../shared/review/inbox';
import { useCommands } from '../../ui/runtime-context';
import { ConflictValue } from './ConflictValue';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useReviewWords } from '../review/use-review-words';

/**
 * One field that needs a decision. Keep current closes its entries as they are; Use other writes
 * that value to the field as an ordinary edit. Observers see the card without the buttons.
 */
export function ConflictCard({ group, label, names, readOnly }: {
  readonly group: InboxGroup; readonly label: string; readonly names: Names; readonly readOnly: boolean;
}) {
  const commands = useCommands();
  const heading = useId();
  const keys = group.items.map((item) => item.key);
  const t = useT();
  const field = useReviewWords().field(group.field);
  return (
    <li className="conflict" data-testid="conflict">
      <div role="group" aria-labelledby={heading}>
        <h3 id={heading}><UserText text={label} /> — {field}</h3>
        <dl className="conflict-values">
          <div className="conflict-value current">
            <dt>{t('review.conflicts.current')}</dt>
            <dd><ConflictValue field={group.field} side={group.current} names={names} /></dd>
          </div>
          {group.others.map((other, index) => (
            <div className="conflict-value other" key={index}>
              <dt>{t('review.conflicts.other')}</dt>
              <dd>
                <ConflictValue field={group.field} side={other} names={names} />
                {!readOnly && (
                  <button
                    type="button"
                    aria-label={t('review.conflicts.useOtherLabel', { value: formatValue(group.field, other.value, names) })}
                    onClick={() => commands.resolveConflict(keys, other.value)}
                  >
                    {t('review.conflicts.useOther')}
                  </button>
                )}
              </dd>
            </div>
          ))}
        </dl>
        {!readOnly && (
          <button type="button" onClick={() => commands.resolveConflict(keys, undefined)}>{t('review.conflicts.keep')}</button>
        )}
      </div>
    </li>
  );
}

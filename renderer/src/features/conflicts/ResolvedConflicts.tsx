import { formatValue, type Names } from '../../../../shared/review/field-format';
import type { InboxItem } from '../../../../shared/review/inbox';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { recordLabel } from './record-label';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useReviewWords } from '../review/use-review-words';

/** Decisions already taken, newest detection first: what was chosen, by whom, when. */
export function ResolvedConflicts({ items, actions, names }: {
  readonly items: readonly InboxItem[]; readonly actions: readonly ActionView[]; readonly names: Names;
}) {
  const meetings = useTandemStore((state) => state.meetings);
  const t = useT();
  const intl = useIntl();
  const words = useReviewWords();
  if (items.length === 0) return null;
  return (
    <details className="resolved-conflicts">
      <summary>{t('review.conflicts.resolved', { count: items.length })}</summary>
      <ul>
        {items.map(({ key, entry, resolution }) => {
          const chosen = resolution?.choice === 'other' ? entry.other.value : entry.current.value;
          return (
            <li key={key} data-testid="resolved-conflict">
              {intl.formatMessage({ id: resolution?.choice === 'other' ? 'review.conflicts.usedOther' : 'review.conflicts.keptCurrent' }, {
                record: <UserText key="record" text={recordLabel(entry.record, t, actions, meetings)} />,
                field: words.field(entry.field),
                value: <UserText key="value" text={formatValue(entry.field, chosen, names)} />,
                who: words.who(resolution?.by ?? null),
                time: words.time(resolution?.at ?? null),
              })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

import { formatValue, type Names } from '../../../../shared/review/field-format';
import { FIELD_LABELS } from '../../../../shared/review/fields';
import type { InboxItem } from '../../../../shared/review/inbox';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { describeTime, describeWho } from '../review/describe';
import { recordLabel } from './record-label';
import { UserText } from '../../ui/UserText';

/** Decisions already taken, newest detection first: what was chosen, by whom, when. */
export function ResolvedConflicts({ items, actions, names }: {
  readonly items: readonly InboxItem[]; readonly actions: readonly ActionView[]; readonly names: Names;
}) {
  const meetings = useTandemStore((state) => state.meetings);
  if (items.length === 0) return null;
  return (
    <details className="resolved-conflicts">
      <summary>Resolved ({items.length})</summary>
      <ul>
        {items.map(({ key, entry, resolution }) => {
          const chosen = resolution?.choice === 'other' ? entry.other.value : entry.current.value;
          return (
            <li key={key} data-testid="resolved-conflict">
              <UserText text={recordLabel(entry.record, actions, meetings)} /> — {FIELD_LABELS[entry.field]}:{' '}
              {resolution?.choice === 'other' ? 'used the other value' : 'kept the current value'}{' '}
              “<UserText text={formatValue(entry.field, chosen, names)} />”, by {describeWho(resolution?.by ?? null)},{' '}
              {describeTime(resolution?.at ?? null)}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

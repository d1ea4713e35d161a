import type { TimelineItem } from '../../../../shared/plan/timeline';
import { useTandemStore } from '../../state/store';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { DisputedBadge } from '../compact/DisputedBadge';
import { IsolatedText } from '../../ui/IsolatedText';
import { useFormatDay } from '../../ui/locale';
import { UserText } from '../../ui/UserText';
import { usePlanWords } from '../actions/use-plan-words';
import { flagsOf, statusLabel, windowText } from './timeline-text';

interface Props {
  readonly item: TimelineItem;
  readonly path: readonly string[];
  readonly eventName: (id: string) => string;
  /** The group column's text, for a table that mixes groups (the undated); undefined: no such column. */
  readonly group: string | undefined;
  readonly showWindow: boolean;
  /** The Details button's accessible name, unique on the page (detailsNames). */
  readonly detailsName: string;
}

/**
 * One action in words. Its Details button opens the action's detail panel (any user: observers
 * see it read-only); the panel gives focus back to this button when it closes.
 */
export function TimelineRow({ item, path, eventName, group, showWindow, detailsName }: Props) {
  const openDetail = useTandemStore((state) => state.openDetail);
  const { action } = item;
  const day = useFormatDay();
  const words = usePlanWords();
  const { t } = words;
  const flags = flagsOf(words, item, path, eventName, day);
  return (
    <tr data-testid="timeline-row" data-action-id={action.id}
      className={[item.critical && 'critical', item.schedule.overdue && 'overdue'].filter(Boolean).join(' ') || undefined}>
      <th scope="row">
        {action.initiative && <><span className="code">{action.initiative}</span>{' '}</>}
        <UserText text={words.title(action)} />
        {action.disputedBy.length > 0 && <>{' '}<DisputedBadge ids={action.disputedBy} /></>}
      </th>
      {group !== undefined && <td>{group}</td>}
      <td>{action.due ? <DeadlineLabel deadline={action.due} /> : <span className="deadline undated">{t('plan.meta.noDeadline')}</span>}</td>
      <td>{statusLabel(words, action)}</td>
      {showWindow && <td>{windowText(words, item, eventName)}</td>}
      <td>
        {flags.length === 0 ? <span className="no-flags">{t('plan.timeline.noFlags')}</span> : (
          <ul className="flags">
            {flags.map((flag) => <li key={flag.text} className={`flag ${flag.kind}`}><IsolatedText text={flag.text} /></li>)}
          </ul>
        )}
      </td>
      <td className="details-cell">
        <button type="button" className="secondary" data-control="details" aria-label={detailsName} onClick={() => openDetail(action.id)}>
          {t('plan.timeline.details')}
        </button>
      </td>
    </tr>
  );
}

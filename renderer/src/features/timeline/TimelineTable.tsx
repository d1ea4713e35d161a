import type { TimelineItem } from '../../../../shared/plan/timeline';
import { useEventNames } from '../../compact/use-compact';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { WINDOW_LABELS, flagsOf, statusLabel, titleOf } from './timeline-text';

interface Props {
  readonly caption: string;
  readonly items: readonly TimelineItem[];
  /** The critical path (ids, dependencies first), to number its steps. */
  readonly path: readonly string[];
  /** For a table that mixes groups (the undated): the column's heading and each item's group. */
  readonly group?: { readonly heading: string; readonly of: (item: TimelineItem) => string };
  /** False for the undated, where the 90-day window column would say "not yet dated" on every row. */
  readonly showWindow?: boolean;
}

/** The timeline as a table: what the chart shows, in words, for screen readers and the keyboard. */
export function TimelineTable({ caption, items, path, group, showWindow = true }: Props) {
  const eventName = useEventNames();
  return (
    <table className={group ? 'timeline-table grouped' : 'timeline-table'}>
      <caption>{caption}</caption>
      <colgroup>
        <col className="col-action" />
        {group && <col className="col-group" />}
        <col className="col-due" />
        <col className="col-status" />
        {showWindow && <col className="col-window" />}
        <col className="col-flags" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Action</th>
          {group && <th scope="col">{group.heading}</th>}
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          {showWindow && <th scope="col">90-day window</th>}
          <th scope="col">Flags</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const { action } = item;
          const flags = flagsOf(item, path, eventName);
          return (
            <tr key={action.id} data-testid="timeline-row" data-action-id={action.id}
              className={[item.critical && 'critical', item.schedule.overdue && 'overdue'].filter(Boolean).join(' ') || undefined}>
              <th scope="row">
                {action.initiative && <><span className="code">{action.initiative}</span>{' '}</>}
                <span dir="auto">{titleOf(action)}</span>
              </th>
              {group && <td>{group.of(item)}</td>}
              <td>{action.due ? <DeadlineLabel deadline={action.due} /> : <span className="deadline undated">No deadline</span>}</td>
              <td>{statusLabel(action)}</td>
              {showWindow && <td>{WINDOW_LABELS[item.schedule.window]}</td>}
              <td>
                {flags.length === 0 ? <span className="no-flags">None</span> : (
                  <ul className="flags">
                    {flags.map((flag) => <li key={flag.text} className={`flag ${flag.kind}`}>{flag.text}</li>)}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

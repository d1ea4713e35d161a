import { useLayoutEffect, useRef } from 'react';
import type { TimelineItem } from '../../../../shared/plan/timeline';
import { useEventNames } from '../../state/use-compact';
import { showMoreText, type Page } from './timeline-paging';
import { TimelineRow } from './TimelineRow';
import { usePlanWords } from '../actions/use-plan-words';


interface Props {
  readonly caption: string;
  /** The table's items: those rendered, and how many are not (timeline-paging.ts). */
  readonly page: Page<TimelineItem>;
  /** Where the items are, for "Show … more in <where>". */
  readonly where: string;
  readonly onShowMore: () => void;
  /** The critical path (ids, dependencies first), to number its steps. */
  readonly path: readonly string[];
  /** Each action's Details button name, unique on the page. */
  readonly detailsNames: ReadonlyMap<string, string>;
  /** For a table that mixes groups (the undated): the column's heading and each item's group. */
  readonly group?: { readonly heading: string; readonly of: (item: TimelineItem) => string };
  /** False for the undated, where the 90-day window column would say "not yet dated" on every row. */
  readonly showWindow?: boolean;
}

/**
 * The timeline as a table: what the chart shows, in words, for screen readers and the keyboard.
 * "Show more" renders the next page and moves focus to the first row it added (its Details
 * button), so a keyboard user goes on reading where the page ended.
 */
export function TimelineTable({ caption, page, where, onShowMore, path, detailsNames, group, showWindow = true }: Props) {
  const eventName = useEventNames();
  const words = usePlanWords();
  const { t } = words;
  const body = useRef<HTMLTableSectionElement>(null);
  const focusRow = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusRow.current;
    if (index === null) return;
    focusRow.current = null;
    body.current?.rows[index]?.querySelector<HTMLElement>('[data-control="details"]')?.focus();
  });
  const showMore = () => {
    focusRow.current = page.shown.length;
    onShowMore();
  };
  return (
    <>
      <table className={group ? 'timeline-table grouped' : 'timeline-table'}>
        <caption>{caption}</caption>
        <colgroup>
          <col className="col-action" />
          {group && <col className="col-group" />}
          <col className="col-due" />
          <col className="col-status" />
          {showWindow && <col className="col-window" />}
          <col className="col-flags" />
          <col className="col-details" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('plan.timeline.colAction')}</th>
            {group && <th scope="col">{group.heading}</th>}
            <th scope="col">{t('plan.timeline.colDue')}</th>
            <th scope="col">{t('plan.timeline.colStatus')}</th>
            {showWindow && <th scope="col">{t('plan.timeline.colWindow')}</th>}
            <th scope="col">{t('plan.timeline.colFlags')}</th>
            <th scope="col">{t('plan.timeline.colDetails')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {page.shown.map((item) => (
            <TimelineRow key={item.action.id} item={item} path={path} eventName={eventName} group={group?.of(item)}
              showWindow={showWindow} detailsName={detailsNames.get(item.action.id) ?? t('plan.timeline.detailsFor', { title: item.action.id })} />
          ))}
        </tbody>
      </table>
      {page.hidden > 0 && (
        <button type="button" className="secondary show-more" data-testid="timeline-show-more" onClick={showMore}>
          {showMoreText(words, page, where)}
        </button>
      )}
    </>
  );
}

import { useMemo, useState } from 'react';
import { deriveTimeline, type TimelineGrouping, type TimelineItem } from '../../../../shared/plan/timeline';
import { axisRange } from '../../../../shared/plan/timeline-axis';
import { useTandemStore } from '../../app/store';
import { useCompact } from '../../compact/use-compact';
import { todayIso } from '../../plan/today';
import { useVisibleActions } from '../../plan/use-plan';
import { isFiltering } from '../filter/filter-options';
import { GroupingToggle } from './GroupingToggle';
import { PathSummary } from './PathSummary';
import { TimelineChart } from './TimelineChart';
import { TimelineTable } from './TimelineTable';
import { groupLabel, itemsOf, titleOf } from './timeline-text';
import './timeline.css';

/**
 * The plan in time: the actions the filter shows, grouped by domain or tier, from the signing
 * date on. The chart is for the eye; the tables below say the same in words (due date, status,
 * the 90-day window, flags), so nothing is only visual.
 */
export function TimelineScreen() {
  const [grouping, setGrouping] = useState<TimelineGrouping>('domain');
  const actions = useVisibleActions();
  const compact = useCompact();
  const dates = useTandemStore((state) => state.eventDates.dates);
  const filtering = useTandemStore((state) => isFiltering(state.filter));
  const today = todayIso();
  const timeline = useMemo(() => deriveTimeline(actions, compact, dates, today, grouping), [actions, compact, dates, today, grouping]);
  const range = useMemo(() => axisRange(timeline), [timeline]);
  const items = itemsOf(timeline);
  const titles = new Map(items.map((item) => [item.action.id, titleOf(item.action)]));
  const path = timeline.analysis.criticalPath;
  const undated = items.filter((item) => item.schedule.due === null);
  const groupOf = new Map(timeline.groups.flatMap((group) => group.items.map((item) => [item.action.id, groupLabel(group.key, grouping, compact)])));

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">Timeline</h2>
        <GroupingToggle value={grouping} onChange={setGrouping} />
      </div>
      {!timeline.start && (
        <p className="timeline-unsigned" data-testid="no-signing-date">
          The date of Compact signing is not set, so the deadlines counted from it are not dates yet and the timeline
          has no axis. Set it under Key dates. Until then, the deadlines are listed below as the compact states them.
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{filtering ? 'No actions match the filters.' : 'There are no actions yet.'}</p>
      ) : (
        <>
          <PathSummary timeline={timeline} titles={titles} filtering={filtering} />
          {range && <TimelineChart timeline={timeline} range={range} today={today} grouping={grouping} />}
          {undated.length < items.length && (
            <section aria-labelledby="timeline-dated">
              <h3 id="timeline-dated">Dated ({items.length - undated.length})</h3>
              {timeline.groups.map((group) => {
                const dated = group.items.filter((item) => item.schedule.due !== null);
                return dated.length === 0 ? null : (
                  <TimelineTable key={group.key} caption={`${groupLabel(group.key, grouping, compact)} (${dated.length})`} items={dated} path={path} />
                );
              })}
            </section>
          )}
          {undated.length > 0 && (
            <section aria-labelledby="timeline-undated">
              <h3 id="timeline-undated">Not yet dated ({undated.length})</h3>
              <TimelineTable caption="Actions without a date" items={undated} path={path} showWindow={false}
                group={{ heading: grouping === 'tier' ? 'Tier' : 'Domain', of: (item: TimelineItem) => groupOf.get(item.action.id) ?? '' }} />
            </section>
          )}
        </>
      )}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { type TimelineGroup, type TimelineGrouping, type TimelineItem } from '../../../../shared/plan/timeline';
import { axisRange } from '../../../../shared/plan/timeline-axis';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { todayIso } from '../../state/today';
import { useVisibleActions } from '../../state/use-plan';
import { isFiltering } from '../filter/filter-options';
import { GroupingToggle } from './GroupingToggle';
import { PathSummary } from './PathSummary';
import { TimelineChart } from './TimelineChart';
import { TimelineTable } from './TimelineTable';
import { rememberedTimeline } from './timeline-memo';
import { UNDATED_KEY, datedGroups, detailsNames, listKey, nextLimit, pageOf, type Limits, type Page } from './timeline-paging';
import { groupLabel, itemsOf, titleOf } from './timeline-text';
import { usePlanWords } from '../actions/use-plan-words';
import './timeline.css';

/**
 * The plan in time: the actions the filter shows, grouped by domain or tier, from the signing
 * date on. The chart is for the eye; the tables below say the same in words (due date, status,
 * the 90-day window, flags), so nothing is only visual. Each group, in the chart and its table,
 * and the undated list render a page at a time (timeline-paging.ts); everything the timeline
 * works out (axis, critical path, cycles, warnings) is worked out over all the actions.
 */
export function TimelineScreen() {
  const words = usePlanWords();
  const { t } = words;
  const [grouping, setGrouping] = useState<TimelineGrouping>('domain');
  const shown = useVisibleActions();
  const actions = useTandemStore((state) => state.actions);
  const compact = useCompact();
  const dates = useTandemStore((state) => state.eventDates.dates);
  const filtering = useTandemStore((state) => isFiltering(state.filter));
  const today = todayIso();
  const timeline = useMemo(
    () => rememberedTimeline(actions, compact, dates, today, grouping, shown),
    [actions, compact, dates, today, grouping, shown],
  );
  const range = useMemo(() => axisRange(timeline), [timeline]);
  const { items, titles, undated, groupOf, names } = useMemo(() => {
    const all = itemsOf(timeline);
    return {
      items: all,
      // Every live action: the critical path and cycles may run through actions the filter hides.
      titles: new Map(actions.map((action) => [action.id, titleOf(words, action)])),
      undated: all.filter((item) => item.schedule.due === null),
      groupOf: new Map(timeline.groups.flatMap((group) => {
        const name = groupLabel(words, group.key, grouping, compact);
        return group.items.map((item) => [item.action.id, name] as const);
      })),
      names: detailsNames(words, all),
    };
  }, [timeline, grouping, compact, actions, words]);
  const [limits, setLimits] = useState<Limits>({});
  const dated = useMemo(() => datedGroups(timeline.groups, grouping, limits), [timeline, grouping, limits]);
  const undatedPage = pageOf(undated, limits[UNDATED_KEY]);
  const showMore = (key: string, page: Page<unknown>) => () => setLimits((before) => ({ ...before, [key]: nextLimit(page) }));
  const path = timeline.analysis.criticalPath;
  const label = (key: TimelineGroup['key']) => groupLabel(words, key, grouping, compact);

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">{t('plan.timeline.title')}</h2>
        <GroupingToggle value={grouping} onChange={setGrouping} />
      </div>
      {!timeline.start && (
        <p className="timeline-unsigned" data-testid="no-signing-date">
          {t('plan.timeline.unsigned')}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t(filtering ? 'plan.timeline.emptyFilter' : 'plan.timeline.empty')}</p>
      ) : (
        <>
          <PathSummary timeline={timeline} titles={titles} filtering={filtering} />
          {range && <TimelineChart timeline={timeline} groups={dated} range={range} today={today} grouping={grouping} />}
          {undated.length < items.length && (
            <section aria-labelledby="timeline-dated">
              <h3 id="timeline-dated">{t('plan.timeline.dated', { count: items.length - undated.length })}</h3>
              {dated.map((group) => (
                <TimelineTable key={group.key} caption={t('plan.timeline.caption', { group: label(group.key), count: group.total })} page={group} where={label(group.key)}
                  onShowMore={showMore(listKey(grouping, group.key), group)} path={path} detailsNames={names} />
              ))}
            </section>
          )}
          {undated.length > 0 && (
            <section aria-labelledby="timeline-undated">
              <h3 id="timeline-undated">{t('plan.timeline.undated', { count: undated.length })}</h3>
              <TimelineTable caption={t('plan.timeline.undatedCaption')} page={undatedPage} where={t('plan.timeline.undatedWhere')}
                onShowMore={showMore(UNDATED_KEY, undatedPage)} path={path} detailsNames={names} showWindow={false}
                group={{ heading: t(grouping === 'tier' ? 'plan.timeline.colTier' : 'plan.timeline.colDomain'), of: (item: TimelineItem) => groupOf.get(item.action.id) ?? '' }} />
            </section>
          )}
        </>
      )}
    </section>
  );
}

import { useMemo } from 'react';
import type { Timeline, TimelineGrouping } from '../../../../shared/plan/timeline';
import { asPercent, fractionOf, monthTicks, onAxis, type AxisRange } from '../../../../shared/plan/timeline-axis';
import { useCompact } from '../../state/use-compact';
import { ChartBackdrop, ChartTrack, type Backdrop } from './ChartTrack';
import { ChartLegend } from './ChartLegend';
import type { DatedGroup } from './timeline-paging';
import { groupLabel } from './timeline-text';
import { useFormatDay } from '../../ui/locale';
import { usePlanWords } from '../actions/use-plan-words';


interface Props {
  readonly timeline: Timeline;
  /** Each group's dated items, paged as its table is: the chart draws what the table lists. */
  readonly groups: readonly DatedGroup[];
  readonly range: AxisRange;
  readonly today: string;
  readonly grouping: TimelineGrouping;
}

/**
 * The visual timeline: a month axis from the signing date, the 90-day window shaded, today's
 * line, and a row per group with each dated action at its due day. Positions are SVG attributes
 * (percentages of the track), since the CSP allows no inline styles. It is aria-hidden: the
 * tables below carry the same items for screen readers and the keyboard. A group's row draws the
 * items its table renders and says how many more there are; the axis spans every dated action.
 */
export function TimelineChart({ timeline, groups, range, today, grouping }: Props) {
  const compact = useCompact();
  const words = usePlanWords();
  const day = useFormatDay();
  const backdrop = useMemo((): Backdrop => ({
    window: timeline.start && timeline.windowEnd
      ? { from: fractionOf(range, timeline.start)!, to: fractionOf(range, timeline.windowEnd)! } : null,
    today: onAxis(range, today) ? fractionOf(range, today) : null,
    ticks: monthTicks(range),
  }), [timeline, range, today]);
  return (
    <div className="timeline-chart" aria-hidden="true" data-testid="timeline-chart">
      <div className="chart-row chart-axis">
        <span className="chart-label">{words.t('plan.timeline.range', { from: day(range.from), to: day(range.to) })}</span>
        <svg className="chart-track" height={40}>
          <ChartBackdrop backdrop={backdrop} />
          {backdrop.ticks.filter((tick) => tick.label !== null).map((tick) => (
            <text key={tick.date} className="chart-tick" x={asPercent(tick.fraction)} dx={tick.fraction > 0.93 ? -3 : 3} y={14}
              textAnchor={tick.fraction > 0.93 ? 'end' : 'start'}>
              {tick.label}
            </text>
          ))}
          {backdrop.today !== null && (
            <text data-testid="timeline-today" className="chart-today-label" x={asPercent(backdrop.today)} dx={backdrop.today > 0.9 ? -3 : 3} y={32}
              textAnchor={backdrop.today > 0.9 ? 'end' : 'start'}>
              {words.t('plan.timeline.today')}
            </text>
          )}
        </svg>
      </div>
      {groups.map((group) => (
        <div key={group.key} className="chart-row" data-testid="timeline-chart-row">
          <span className="chart-label">
            {groupLabel(words, group.key, grouping, compact)}
            {group.hidden > 0 && <span className="chart-hidden" data-testid="chart-hidden">{words.t('plan.timeline.notDrawn', { count: group.hidden })}</span>}
          </span>
          <ChartTrack items={group.shown} range={range} backdrop={backdrop} />
        </div>
      ))}
      <ChartLegend />
    </div>
  );
}

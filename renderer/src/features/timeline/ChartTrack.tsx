import { packRows, asPercent, type AxisRange, type MonthTick } from '../../../../shared/plan/timeline-axis';
import type { TimelineItem } from '../../../../shared/plan/timeline';
import { ChartMarker, spanOf } from './ChartMarker';

export const ROW_HEIGHT = 18;
const PADDING = 8;
/** Markers closer than this (a fraction of the axis, about a dot's width) go on separate rows. */
const MARKER_GAP = 0.018;

export interface Backdrop {
  readonly window: { readonly from: number; readonly to: number } | null;
  readonly today: number | null;
  readonly ticks: readonly MonthTick[];
}

/** The shaded 90-day window, month grid lines and today's line, behind every row alike. */
export function ChartBackdrop({ backdrop }: { readonly backdrop: Backdrop }) {
  return (
    <>
      {backdrop.window && (
        <rect data-testid="timeline-window" className="chart-window" x={asPercent(backdrop.window.from)}
          width={asPercent(backdrop.window.to - backdrop.window.from)} y={0} height="100%" />
      )}
      {backdrop.ticks.map((tick) => (
        <line key={tick.date} className="chart-grid" x1={asPercent(tick.fraction)} x2={asPercent(tick.fraction)} y1={0} y2="100%" />
      ))}
      {backdrop.today !== null && (
        <line className="chart-today" x1={asPercent(backdrop.today)} x2={asPercent(backdrop.today)} y1={0} y2="100%" />
      )}
    </>
  );
}

/** One group's row of the chart: its dated items, stacked so none hides another. */
export function ChartTrack({ items, range, backdrop }: { readonly items: readonly TimelineItem[]; readonly range: AxisRange; readonly backdrop: Backdrop }) {
  const spans = items.flatMap((item) => {
    const span = spanOf(item, range);
    return span ? [{ id: item.action.id, ...span }] : [];
  });
  const { rows, count } = packRows(spans, MARKER_GAP);
  return (
    <svg className="chart-track" height={Math.max(1, count) * ROW_HEIGHT + PADDING}>
      <ChartBackdrop backdrop={backdrop} />
      {items.map((item) => (
        <ChartMarker key={item.action.id} item={item} range={range} y={PADDING / 2 + ((rows.get(item.action.id) ?? 0) + 0.5) * ROW_HEIGHT} />
      ))}
    </svg>
  );
}

import type { AxisRange } from '../../../../shared/plan/timeline-axis';
import { asPercent, fractionOf } from '../../../../shared/plan/timeline-axis';
import type { TimelineItem } from '../../../../shared/plan/timeline';
import { CLOSED_STATUSES } from '../../../../shared/workspace/action-status';
import { isolate } from '../../../../shared/text/bidi';
import { useFormatDay, useLocale } from '../../ui/locale';
import { usePlanWords } from '../actions/use-plan-words';


/** The narrowest a window bar is drawn, so a short window stays visible. */
const MIN_BAR = 0.006;

/** Where an item sits on the axis: [from, to] as fractions (equal for a due day). */
export function spanOf(item: TimelineItem, range: AxisRange): { from: number; to: number } | null {
  const resolved = item.schedule.resolved;
  if (resolved?.state === 'dated-window') {
    return { from: fractionOf(range, resolved.from)!, to: fractionOf(range, resolved.to)! };
  }
  const at = item.schedule.due === null ? null : fractionOf(range, item.schedule.due);
  return at === null ? null : { from: at, to: at };
}

/**
 * One action on its group's row: a dot at its due day, or a bar across a dated window. Classes
 * carry its state (the stylesheet colours them); the <title> is the pointer's tooltip. The whole
 * chart is hidden from assistive technology, which reads the table instead.
 */
export function ChartMarker({ item, range, y }: { readonly item: TimelineItem; readonly range: AxisRange; readonly y: number }) {
  const day = useFormatDay();
  const locale = useLocale();
  const words = usePlanWords();
  const { t } = words;
  const span = spanOf(item, range);
  if (!span) return null;
  const { action, schedule } = item;
  const closed = action.status !== null && CLOSED_STATUSES.has(action.status);
  const warn = item.inCycle || item.dueBeforeDependencies.length > 0 || schedule.window === 'before-start';
  const className = ['marker', schedule.overdue && 'overdue', item.critical && 'critical', warn && 'warn', closed && 'closed']
    .filter(Boolean).join(' ');
  // The title isolated (FSI … PDI): a tooltip is plain text, with no element to give it its own direction.
  const title = isolate(words.title(action));
  const when = schedule.resolved?.state === 'dated-window'
    ? t('plan.timeline.tipWindow', { title, from: day(schedule.resolved.from), to: day(schedule.resolved.to) })
    : t('plan.timeline.tipDue', { title, date: day(schedule.due ?? '') });
  const notes = [schedule.window === 'before-start' && words.windowShort('before-start'), schedule.overdue && t('plan.timing.overdue'), item.critical && t('plan.timeline.legend.critical')]
    .filter((note): note is string => typeof note === 'string');
  // The notes as the locale lists them ("overdue, critical path"), after the title and dates.
  const tip = notes.length === 0 ? when : t('plan.timeline.tipNoted', { when, notes: new Intl.ListFormat(locale, { type: 'unit' }).format(notes) });
  const data = { 'data-testid': 'timeline-marker', 'data-action-id': action.id };
  if (schedule.resolved?.state === 'dated-window') {
    return (
      <rect {...data} className={`${className} bar`} x={asPercent(span.from)} width={asPercent(Math.max(MIN_BAR, span.to - span.from))}
        y={y - 5} height={10} rx={3}>
        <title>{tip}</title>
      </rect>
    );
  }
  return (
    <circle {...data} className={className} cx={asPercent(span.from)} cy={y} r={6}>
      <title>{tip}</title>
    </circle>
  );
}

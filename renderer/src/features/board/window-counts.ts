/**
 * How a lane stands against the 90-day window the Fifth First Step sets from signing: how many
 * of its actions fall inside, after, or have no date yet. Pure, over shared/plan/schedule.
 */
import type { EventDates } from '../../../../shared/compact/deadlines';
import { scheduleOf, type WindowPlacement } from '../../../../shared/plan/schedule';
import type { ActionView } from '../../../../shared/workspace/action-view';
import type { Translate } from '../../ui/i18n/I18nProvider';

export interface WindowCounts {
  readonly inside: number;
  readonly after: number;
  readonly undated: number;
  /** Dated, but the signing date that the window counts from is not set. */
  readonly awaitingSigning: number;
  /** Due before the day they count from (their anchor event, or signing): a date to fix. */
  readonly beforeStart: number;
  readonly overdue: number;
}

const FIELD: Record<WindowPlacement, keyof Omit<WindowCounts, 'overdue'>> = {
  'before-start': 'beforeStart',
  inside: 'inside',
  after: 'after',
  undated: 'undated',
  'no-signing-date': 'awaitingSigning',
};

export function windowCounts(actions: readonly ActionView[], dates: EventDates, today: string): WindowCounts {
  const counts = { inside: 0, after: 0, undated: 0, awaitingSigning: 0, beforeStart: 0, overdue: 0 };
  for (const action of actions) {
    const schedule = scheduleOf(action, dates, today);
    counts[FIELD[schedule.window]] += 1;
    if (schedule.overdue) counts.overdue += 1;
  }
  return counts;
}

/** "3 in the 90 days · 2 after · 5 undated", plus what needs attention: short, under a lane's name; one message. */
export function describeCounts(t: Translate, counts: WindowCounts): string {
  return t('plan.board.counts', {
    inside: counts.inside, after: counts.after, undated: counts.undated,
    before: counts.beforeStart, signing: counts.awaitingSigning, overdue: counts.overdue,
  });
}

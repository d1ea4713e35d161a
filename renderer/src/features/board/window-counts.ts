/**
 * How a lane stands against the 90-day window the Fifth First Step sets from signing: how many
 * of its actions fall inside, after, or have no date yet. Pure, over shared/plan/schedule.
 */
import type { EventDates } from '../../../../shared/compact/deadlines';
import { scheduleOf, TIMING_LABELS, type WindowPlacement } from '../../../../shared/plan/schedule';
import type { ActionView } from '../../../../shared/workspace/action-view';

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

/** The markers' words are shared/plan/schedule.ts's, so every view says the same. */
export const WINDOW_LABELS = TIMING_LABELS;

/** "3 in the 90 days · 2 after · 5 undated", plus what needs attention: short, under a lane's name. */
export function describeCounts(counts: WindowCounts): string {
  const parts = [`${counts.inside} in the 90 days`, `${counts.after} after`, `${counts.undated} undated`];
  if (counts.beforeStart > 0) parts.push(`${counts.beforeStart} due before the date they count from`);
  if (counts.awaitingSigning > 0) parts.push(`${counts.awaitingSigning} awaiting the signing date`);
  if (counts.overdue > 0) parts.push(`${counts.overdue} overdue`);
  return parts.join(' · ');
}

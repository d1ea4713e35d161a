/** A due date as the row's chip says it: the day once it is known, else the rule, shortly. */
import { describeOffset, resolveDeadline, type EventDates } from '../../../../shared/compact/deadlines';
import type { Deadline } from '../../../../shared/compact/deadline-types';

export function dueChip(deadline: Deadline | null, dates: EventDates): string {
  if (!deadline) return 'No date';
  const resolved = resolveDeadline(deadline, dates);
  if (resolved.state === 'dated') return resolved.date;
  if (resolved.state === 'dated-window') return `by ${resolved.to}`;
  if (deadline.kind === 'within') return `+${describeOffset(deadline.offset)}`;
  if (deadline.kind === 'window') return `+${describeOffset(deadline.to)}`;
  return deadline.phrase;
}

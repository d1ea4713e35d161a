import { isOneOf } from '../validation/one-of';

/** Where an action stands. Values arriving from peers outside this list are shown as invalid. */
export const ACTION_STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'blocked', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  dropped: 'Dropped',
};

/** Statuses that no longer count as open work: never overdue, never on the critical path. */
export const CLOSED_STATUSES: ReadonlySet<ActionStatus> = new Set(['done', 'dropped']);

export const DEFAULT_ACTION_STATUS: ActionStatus = 'proposed';

export function isActionStatus(value: unknown): value is ActionStatus {
  return isOneOf(ACTION_STATUSES, value);
}

import { describeIdentity } from '../../../../shared/identity/identity';
import { buildPlanRecord, type PlanRecord, type RecordScope } from '../../../../shared/records/plan-record';
import type { TandemState } from '../../state/store';
import { todayIso } from '../../state/today';

/**
 * The plan record from the store's views, as they are at `now`. Exports call it at the moment of
 * the click; the print layout once per opening and again whenever the plan changes meanwhile.
 */
export type RecordSource = Pick<TandemState, 'actions' | 'institutions' | 'people' | 'eventDates' | 'compact' | 'identity'>;

export function planRecordOf(state: RecordSource, scope: RecordScope, now: Date): PlanRecord {
  const names = new Map(state.compact?.events.map((event) => [event.id, event.name]) ?? []);
  const subjects = new Map(state.compact?.discrepancies.map((entry) => [entry.id, entry.subject]) ?? []);
  return buildPlanRecord({
    scope,
    actions: state.actions,
    institutions: state.institutions,
    people: state.people,
    eventDates: state.eventDates.dates,
    eventName: (id) => names.get(id) ?? id,
    generatedAt: now,
    today: todayIso(now),
    preparedBy: state.identity ? describeIdentity(state.identity) : null,
    discrepancySubject: (id) => subjects.get(id),
  });
}

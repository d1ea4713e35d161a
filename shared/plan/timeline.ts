/**
 * The timeline: every live action on a time axis that starts at the signing date, grouped by the
 * domain of its initiative or by tier; overdue and undated marked; a warning where an action is due
 * before something it depends on; the critical path through the dependencies marked.
 */
import type { EventDates } from '../compact/deadlines';
import type { CompactData, DomainId, Tier } from '../compact/types';
import type { ActionView } from '../workspace/action-view';
import { CLOSED_STATUSES } from '../workspace/action-status';
import { analyseDependencies, type GraphAnalysis } from '../workspace/dependency-graph';
import { SIGNING_EVENT, scheduleOf, windowEnd, type Schedule } from './schedule';

export type TimelineGrouping = 'domain' | 'tier';

export interface TimelineItem {
  readonly action: ActionView;
  readonly schedule: Schedule;
  readonly critical: boolean;
  readonly inCycle: boolean;
  /** Titles of dependencies due after this action. */
  readonly dueBeforeDependencies: readonly string[];
}

export interface TimelineGroup {
  /** Domain id, tier, or 'none'. */
  readonly key: DomainId | Tier | 'none';
  readonly items: readonly TimelineItem[];
}

export interface Timeline {
  readonly start: string | null;
  readonly windowEnd: string | null;
  /** The latest due day: the axis runs from start to here. */
  readonly end: string | null;
  readonly groups: readonly TimelineGroup[];
  readonly analysis: GraphAnalysis;
}

function groupKey(action: ActionView, grouping: TimelineGrouping, domains: ReadonlyMap<string, DomainId>): TimelineGroup['key'] {
  if (grouping === 'tier') return action.tier ?? 'none';
  if (!action.initiative) return 'none';
  if (action.initiative.startsWith('F-')) return 'funding';
  return domains.get(action.initiative) ?? 'none';
}

/**
 * `shown` (the actions a filter lets through, when one is active) decides which items are listed;
 * the dependency analysis always runs over every live action, so a filter never hides a cycle, a
 * warning or a step of the critical path that runs through actions it leaves out.
 */
export function deriveTimeline(
  actions: readonly ActionView[], compact: CompactData, dates: EventDates, today: string, grouping: TimelineGrouping,
  shown?: readonly ActionView[],
): Timeline {
  const live = actions.filter((action) => !action.deleted);
  const listed = shown && shown !== actions ? new Set(shown.map((action) => action.id)) : null;
  const domains = new Map(compact.recommendations.map((rec) => [rec.code, rec.domain]));
  const schedules = new Map(live.map((action) => [action.id, scheduleOf(action, dates, today)]));
  const analysis = analyseDependencies(live.map((action) => ({
    id: action.id,
    dependsOn: action.dependsOn,
    due: schedules.get(action.id)!.due,
    open: action.status === null || !CLOSED_STATUSES.has(action.status),
  })));
  const critical = new Set(analysis.criticalPath);
  const titles = new Map(live.map((action) => [action.id, action.title]));
  const items = live.filter((action) => !listed || listed.has(action.id)).map((action): TimelineItem => ({
    action,
    schedule: schedules.get(action.id)!,
    critical: critical.has(action.id),
    inCycle: analysis.inCycle.has(action.id),
    dueBeforeDependencies: (analysis.dueBeforeDependency.get(action.id) ?? []).map((id) => titles.get(id) ?? id),
  }));
  const byDue = (a: TimelineItem, b: TimelineItem) =>
    (a.schedule.due ?? '\uffff') < (b.schedule.due ?? '\uffff') ? -1 : (a.schedule.due ?? '\uffff') > (b.schedule.due ?? '\uffff') ? 1 : a.action.id < b.action.id ? -1 : 1;
  const order: TimelineGroup['key'][] = grouping === 'tier'
    ? ['existing-authority', 'appropriations', 'feasibility-review', 'none']
    : [...compact.domains.map((domain) => domain.id), 'none'];
  const groups = order
    .map((key) => ({ key, items: items.filter((item) => groupKey(item.action, grouping, domains) === key).sort(byDue) }))
    .filter((group) => group.items.length > 0);
  const dues = items.map((item) => item.schedule.due).filter((due): due is string => due !== null).sort();
  return {
    start: dates.get(SIGNING_EVENT) ?? null,
    windowEnd: windowEnd(dates),
    end: dues.at(-1) ?? null,
    groups,
    analysis,
  };
}

/**
 * The timeline's words, as plain functions of the derived timeline (no React), so what a screen
 * reader hears in the table is tested without a browser.
 */
import { TIER_LABELS } from '../../../../shared/compact/tiers';
import type { CompactData } from '../../../../shared/compact/types';
import type { Timeline, TimelineGroup, TimelineGrouping, TimelineItem } from '../../../../shared/plan/timeline';
import { timingLabel } from '../../../../shared/plan/schedule';
import { isolate } from '../../../../shared/text/bidi';
import { ACTION_STATUS_LABELS } from '../../../../shared/workspace/action-status';
import type { ActionView } from '../../../../shared/workspace/action-view';

export function groupLabel(key: TimelineGroup['key'], grouping: TimelineGrouping, compact: CompactData): string {
  if (key === 'none') return grouping === 'tier' ? 'Not yet sequenced' : 'No initiative';
  if (grouping === 'tier') return TIER_LABELS[key as keyof typeof TIER_LABELS] ?? key;
  return compact.domains.find((domain) => domain.id === key)?.name ?? key;
}

export function titleOf(action: ActionView): string {
  return action.title.trim() === '' ? 'Untitled action' : action.title;
}

export function statusLabel(action: ActionView): string {
  return action.status ? ACTION_STATUS_LABELS[action.status] : `Invalid status (${action.rawStatus || 'none'})`;
}

/** The window column: the one timing marker every view shows (shared/plan/schedule.ts timingOf). */
export function windowText(item: TimelineItem, eventName: (id: string) => string): string {
  return timingLabel(item.schedule, eventName);
}

export type FlagKind = 'before-start' | 'overdue' | 'undated' | 'critical' | 'due-before' | 'cycle' | 'invalid';

export interface Flag {
  readonly kind: FlagKind;
  readonly text: string;
}

/**
 * What a row must call out, most urgent first. `eventName` names the anchor event an undated
 * deadline waits for; `path` is the critical path (ids, dependencies first); `day` writes a date
 * in the reader's locale (shared/text/dates.ts formatDay). Titles quoted in a flag are isolated
 * (FSI … PDI): render the text with IsolatedText.
 */
export function flagsOf(item: TimelineItem, path: readonly string[], eventName: (id: string) => string,
  day: (iso: string) => string = (iso) => iso): Flag[] {
  const flags: Flag[] = [];
  const { schedule, action } = item;
  if (schedule.window === 'before-start' && schedule.due) {
    flags.push({ kind: 'before-start', text: `${timingLabel(schedule, eventName)} (due ${day(schedule.due)}): check the date` });
  }
  if (schedule.overdue && schedule.due) flags.push({ kind: 'overdue', text: `Overdue (due ${day(schedule.due)})` });
  if (schedule.due === null) {
    flags.push({
      kind: 'undated',
      text: schedule.resolved?.state === 'relative' ? `Undated: waits for ${eventName(schedule.resolved.event)}` : 'Undated: no deadline',
    });
  }
  if (item.critical) flags.push({ kind: 'critical', text: `Critical path, step ${path.indexOf(action.id) + 1} of ${path.length}` });
  for (const title of item.dueBeforeDependencies) flags.push({ kind: 'due-before', text: `Due before “${isolate(title)}”, which it depends on` });
  if (item.inCycle) flags.push({ kind: 'cycle', text: 'In a dependency cycle' });
  if (action.problems.length > 0) flags.push({ kind: 'invalid', text: `Invalid record: ${action.problems.join(' ')}` });
  return flags;
}

/** "Critical path: A → B → C", or why there is none. */
export function criticalPathText(timeline: Timeline, titles: ReadonlyMap<string, string>): string {
  const path = timeline.analysis.criticalPath;
  if (path.length === 0) return 'No critical path yet: no open action waits for another.';
  return `Critical path: ${path.map((id) => isolate(titles.get(id) ?? id)).join(' → ')}`;
}

/** One sentence per cycle: the actions that wait on each other, so none of them can start (titles isolated). */
export function cycleTexts(timeline: Timeline, titles: ReadonlyMap<string, string>): string[] {
  return timeline.analysis.cycles.map((members) => {
    const names = members.map((id) => `“${isolate(titles.get(id) ?? id)}”`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    return names.length === 1
      ? `Dependency cycle: ${list} depends on itself.`
      : `Dependency cycle: ${list} wait for each other, so none of them can start. Remove one of the dependencies.`;
  });
}

export function itemsOf(timeline: Timeline): TimelineItem[] {
  return timeline.groups.flatMap((group) => group.items);
}

/**
 * The timeline's words, as plain functions of the derived timeline and the interface's words
 * (actions/use-plan-words.ts; no React), so what a screen reader hears in the table is tested
 * without a browser, in each language.
 */
import type { CompactData } from '../../../../shared/compact/types';
import type { Timeline, TimelineGroup, TimelineGrouping, TimelineItem } from '../../../../shared/plan/timeline';
import { isolate } from '../../../../shared/text/bidi';
import type { ActionView } from '../../../../shared/workspace/action-view';
import type { PlanWords } from '../actions/use-plan-words';

export function groupLabel(words: PlanWords, key: TimelineGroup['key'], grouping: TimelineGrouping, compact: CompactData): string {
  if (key === 'none') return grouping === 'tier' ? words.tier(null) : words.t('plan.noInitiative');
  if (grouping === 'tier') return key === 'existing-authority' || key === 'appropriations' || key === 'feasibility-review' ? words.tier(key) : key;
  return compact.domains.find((domain) => domain.id === key)?.name ?? key;
}

export function titleOf(words: PlanWords, action: ActionView): string {
  return words.title(action);
}

export function statusLabel(words: PlanWords, action: ActionView): string {
  return action.status ? words.status(action.status) : words.t('plan.timeline.invalidStatus', { raw: action.rawStatus || '—' });
}

/** The window column: the one timing marker every view shows (shared/plan/schedule.ts timingOf). */
export function windowText(words: PlanWords, item: TimelineItem, eventName: (id: string) => string): string {
  return words.timing(item.schedule, eventName);
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
export function flagsOf(words: PlanWords, item: TimelineItem, path: readonly string[], eventName: (id: string) => string,
  day: (iso: string) => string = (iso) => iso): Flag[] {
  const { t } = words;
  const flags: Flag[] = [];
  const { schedule, action } = item;
  if (schedule.window === 'before-start' && schedule.due) {
    flags.push({ kind: 'before-start', text: t('plan.timeline.flag.beforeStart', { timing: words.timing(schedule, eventName), date: day(schedule.due) }) });
  }
  if (schedule.overdue && schedule.due) flags.push({ kind: 'overdue', text: t('plan.timeline.flag.overdue', { date: day(schedule.due) }) });
  if (schedule.due === null) {
    flags.push({
      kind: 'undated',
      text: schedule.resolved?.state === 'relative' ? t('plan.timeline.flag.waits', { event: eventName(schedule.resolved.event) }) : t('plan.timeline.flag.undated'),
    });
  }
  if (item.critical) flags.push({ kind: 'critical', text: t('plan.timeline.flag.critical', { step: path.indexOf(action.id) + 1, count: path.length }) });
  for (const title of item.dueBeforeDependencies) flags.push({ kind: 'due-before', text: t('plan.timeline.flag.dueBefore', { title: isolate(title) }) });
  if (item.inCycle) flags.push({ kind: 'cycle', text: t('plan.timeline.flag.cycle') });
  if (action.problems.length > 0) flags.push({ kind: 'invalid', text: t('plan.timeline.flag.invalid', { problems: action.problems.join(' ') }) });
  return flags;
}

/** "Critical path: A → B → C", or why there is none. */
export function criticalPathText(words: PlanWords, timeline: Timeline, titles: ReadonlyMap<string, string>): string {
  const path = timeline.analysis.criticalPath;
  if (path.length === 0) return words.t('plan.timeline.noPath');
  return words.t('plan.timeline.path', { path: path.map((id) => isolate(titles.get(id) ?? id)).join(' → ') });
}

/** One sentence per cycle: the actions that wait on each other, so none of them can start (titles isolated). */
export function cycleTexts(words: PlanWords, locale: string, timeline: Timeline, titles: ReadonlyMap<string, string>): string[] {
  return timeline.analysis.cycles.map((members) => {
    const names = members.map((id) => `“${isolate(titles.get(id) ?? id)}”`);
    return names.length === 1
      ? words.t('plan.timeline.cycleSelf', { names: names[0]! })
      : words.t('plan.timeline.cycle', { names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) });
  });
}

export function itemsOf(timeline: Timeline): TimelineItem[] {
  return timeline.groups.flatMap((group) => group.items);
}

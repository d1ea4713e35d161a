/**
 * What the timeline renders. At 5,000 actions, a marker and a table row for every action took
 * over a second to draw (tests/bench/plan-ui.bench.ts), so each group renders its first
 * TIMELINE_PAGE dated actions (earliest due first, in the chart and its table alike) and the
 * undated list its first TIMELINE_PAGE, "Show more" adding the next page. Only rendering is paged:
 * the axis, the critical path, cycles and each row's warnings come from the whole timeline.
 */
import type { TimelineGroup, TimelineGrouping, TimelineItem } from '../../../../shared/plan/timeline';
import type { PlanWords } from '../actions/use-plan-words';

/** Rows a group's table (and markers its chart row) renders before "Show more", and each press adds. */
export const TIMELINE_PAGE = 25;

/** How many of each list the user has asked to see, by list key (listKey); absent: one page. */
export type Limits = Readonly<Record<string, number>>;

export const UNDATED_KEY = 'undated';

/** A group's key in Limits: per grouping, since "none" is a group of both. */
export const listKey = (grouping: TimelineGrouping, key: TimelineGroup['key']): string => `${grouping}:${key}`;

export interface Page<T> {
  readonly shown: readonly T[];
  /** In the list, rendered or not. */
  readonly total: number;
  readonly hidden: number;
}

/** The first `limit` items (one page when there is no limit yet). */
export function pageOf<T>(items: readonly T[], limit: number | undefined): Page<T> {
  const count = Math.min(items.length, Math.max(0, limit ?? TIMELINE_PAGE));
  return { shown: count === items.length ? items : items.slice(0, count), total: items.length, hidden: items.length - count };
}

/** The limit that renders one more page of `page`. */
export const nextLimit = (page: Page<unknown>): number => page.shown.length + TIMELINE_PAGE;

export interface DatedGroup extends Page<TimelineItem> {
  readonly key: TimelineGroup['key'];
}

/** Each group's dated items, paged; groups with no dated item are left out. */
export function datedGroups(groups: readonly TimelineGroup[], grouping: TimelineGrouping, limits: Limits): DatedGroup[] {
  return groups.flatMap((group) => {
    const dated = group.items.filter((item) => item.schedule.due !== null);
    return dated.length === 0 ? [] : [{ key: group.key, ...pageOf(dated, limits[listKey(grouping, group.key)]) }];
  });
}

/** The words of a list's "Show more": how many it adds and how many are not shown. */
export function showMoreText(words: PlanWords, page: Page<unknown>, where: string): string {
  return words.t('plan.timeline.showMore', { count: Math.min(TIMELINE_PAGE, page.hidden), where, hidden: page.hidden });
}

/**
 * Each action's Details button name, "Details for <title>", unique on the page: titles can repeat
 * (two "Untitled action"s, a title typed twice), and then each says which it is, "(2 of 3)", in
 * the timeline's order. Computed over every item, so a name never changes with paging.
 */
export function detailsNames(words: PlanWords, items: readonly TimelineItem[]): ReadonlyMap<string, string> {
  const byTitle = new Map<string, string[]>();
  for (const item of items) {
    const title = words.title(item.action);
    const ids = byTitle.get(title);
    if (ids) ids.push(item.action.id);
    else byTitle.set(title, [item.action.id]);
  }
  const names = new Map<string, string>();
  for (const [title, ids] of byTitle) {
    ids.forEach((id, index) => names.set(id, ids.length === 1 ? words.t('plan.timeline.detailsFor', { title }) : words.t('plan.timeline.detailsForNth', { title, index: index + 1, count: ids.length })));
  }
  return names;
}

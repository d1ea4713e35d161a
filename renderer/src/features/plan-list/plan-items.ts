/**
 * The plan list as one flat sequence for the virtualizer: a heading for each tier that has
 * actions (Not yet sequenced first, then the Fifth First Step's three tiers), each followed by
 * its actions in sequence order. Pure: no React, no store.
 */
import type { Tier } from '../../../../shared/compact/types';
import { deriveBoard } from '../../../../shared/plan/board-view';
import type { ActionView } from '../../../../shared/workspace/action-view';

export interface PlanGroup {
  readonly tier: Tier | null;
  /** Index of the group's heading in `items`. */
  readonly start: number;
  readonly size: number;
}

export type PlanItem =
  | { readonly kind: 'group'; readonly group: number }
  | { readonly kind: 'row'; readonly group: number; readonly action: ActionView; /** 0-based among rows. */ readonly row: number };

export interface PlanItems {
  readonly items: readonly PlanItem[];
  readonly groups: readonly PlanGroup[];
  /** Live actions in list order. */
  readonly rows: readonly ActionView[];
  /** Action id → index in `items`. */
  readonly indexOf: ReadonlyMap<string, number>;
}

export function planItems(actions: readonly ActionView[]): PlanItems {
  const items: PlanItem[] = [];
  const groups: PlanGroup[] = [];
  const rows: ActionView[] = [];
  const indexOf = new Map<string, number>();
  for (const lane of deriveBoard(actions).lanes) {
    if (lane.actions.length === 0) continue;
    const group = groups.length;
    groups.push({ tier: lane.tier, start: items.length, size: lane.actions.length });
    items.push({ kind: 'group', group });
    for (const action of lane.actions) {
      indexOf.set(action.id, items.length);
      items.push({ kind: 'row', group, action, row: rows.length });
      rows.push(action);
    }
  }
  return { items, groups, rows, indexOf };
}

/** The ids from `anchor` to `to` inclusive, in list order (Shift+click); just `to` without an anchor in the list. */
export function rangeIds(rows: readonly ActionView[], anchor: string | null, to: string): string[] {
  const from = anchor === null ? -1 : rows.findIndex((action) => action.id === anchor);
  const end = rows.findIndex((action) => action.id === to);
  if (end < 0) return [];
  if (from < 0) return [to];
  const [low, high] = from <= end ? [from, end] : [end, from];
  return rows.slice(low, high + 1).map((action) => action.id);
}

/** The selection that is shown: the selected ids still in the list, in list order. */
export function shownSelection(rows: readonly ActionView[], selected: ReadonlySet<string>): string[] {
  if (selected.size === 0) return [];
  return rows.filter((action) => selected.has(action.id)).map((action) => action.id);
}

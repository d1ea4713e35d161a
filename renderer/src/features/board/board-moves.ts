/**
 * The arithmetic of moving rows on a board that may show only some of each lane's actions (an
 * active filter hides the rest). Positions the user points at are slots between VISIBLE rows;
 * the document's moveAction takes an index in the WHOLE lane, counted without the moving action.
 * Pure: no React, no store, so it is tested on its own.
 */
import type { Tier } from '../../../../shared/compact/types';
import type { PlanWords } from '../actions/use-plan-words';

/**
 * The index in `lane` (all its action ids, in order) that puts `moving` at visible `slot`
 * (0 = before the first visible row, visible.length = after the last), counted without `moving`.
 * A drop before a visible row lands just before it in the whole lane; a drop after the last
 * visible row lands just after that row, so hidden rows keep their places relative to shown ones.
 */
export function laneIndexFor(lane: readonly string[], visible: readonly string[], moving: string, slot: number): number {
  const from = visible.indexOf(moving);
  const at = from >= 0 && from < slot ? slot - 1 : slot;
  const whole = lane.filter((id) => id !== moving);
  const shown = visible.filter((id) => id !== moving);
  if (shown.length === 0) return whole.length;
  const bounded = Math.max(0, Math.min(at, shown.length));
  if (bounded < shown.length) return Math.max(0, whole.indexOf(shown[bounded]!));
  return whole.indexOf(shown[shown.length - 1]!) + 1;
}

/** The visible slot one step up or down from `moving`, or null at the lane's edge. */
export function stepSlot(visible: readonly string[], moving: string, delta: -1 | 1): number | null {
  const at = visible.indexOf(moving);
  if (at < 0) return null;
  if (delta < 0) return at === 0 ? null : at - 1;
  return at === visible.length - 1 ? null : at + 2;
}

export function movedMessage(words: PlanWords, title: string, tier: Tier | null, index: number, laneSize: number): string {
  return words.t('plan.board.moved', { title: words.title({ title }), lane: words.tier(tier), position: index + 1, size: laneSize });
}

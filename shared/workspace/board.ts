/**
 * Moving actions on the sequencing board: within a lane, or to another tier (or back to
 * unsequenced). One transaction: the tier and the order key(s) change together.
 */
import * as Y from 'yjs';
import { TIERS, type Tier } from '../compact/types';
import { OperationError, applyPlanned, requireAction, stampEdit, type PlannedEdit } from './actions';
import { laneEntries, tierOf } from './lanes';
import { keysForMove } from './ordering';
import { ACTION_FIELDS as F, actionsMap } from './schema';

/** Puts action `id` at `index` of `tier`'s lane (counted without the action itself). */
export function moveAction(doc: Y.Doc, id: string, tier: Tier | null, index: number, now: Date = new Date()): void {
  applyPlanned(doc, [planMove(doc, id, tier, index, now)]);
}

/** The move, checked; its order keys are computed from the lanes as they stand now. */
export function planMove(doc: Y.Doc, id: string, tier: Tier | null, index: number, now: Date = new Date()): PlannedEdit {
  if (tier !== null && !TIERS.includes(tier)) throw new OperationError(`Unknown tier "${String(tier)}".`);
  if (!Number.isInteger(index) || index < 0) throw new OperationError(`Position ${String(index)} is not a place in a lane.`);
  const record = requireAction(doc, id);
  if (record.get(F.deleted) === true) throw new OperationError('A deleted action cannot be moved; restore it first.', { id: 'deletedNotMoved' });
  const lane = laneEntries(doc, tier, id);
  const keys = keysForMove(lane, index, id);
  return () => {
    if (tierOf(record) !== tier) {
      // Back to "not yet sequenced" is written as null (see owners.ts): a concurrent move stays visible.
      record.set(F.tier, tier);
    }
    for (const [key, order] of keys) {
      const target = key === id ? record : actionsMap(doc).get(key);
      // A malformed neighbour from a peer keeps its place; it cannot hold a key.
      if (target instanceof Y.Map && target.get(F.order) !== order) target.set(F.order, order);
    }
    stampEdit(doc, record, now);
  };
}

/** Keyboard moves: one place up or down in the lane. */
export function moveActionBy(doc: Y.Doc, id: string, delta: -1 | 1, now: Date = new Date()): void {
  const record = requireAction(doc, id);
  const tier = tierOf(record);
  const lane = laneEntries(doc, tier);
  const at = lane.findIndex((entry) => entry.id === id);
  const target = at + delta;
  if (at < 0 || target < 0 || target >= lane.length) return;
  moveAction(doc, id, tier, target, now);
}

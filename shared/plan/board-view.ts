/**
 * The sequencing board: live actions in lanes (unsequenced first, then the three tiers), each lane
 * in fractional-key order with id breaking ties; deleted actions apart, for restoring.
 * Invariant (tested by the convergence property): every live action is in exactly one lane, once.
 */
import { TIERS, type Tier } from '../compact/types';
import type { ActionView } from '../workspace/action-view';
import { compareOrdered } from '../workspace/ordering';

export interface Lane {
  readonly tier: Tier | null;
  readonly actions: readonly ActionView[];
}

export interface Board {
  readonly lanes: readonly Lane[];
  readonly deleted: readonly ActionView[];
}

export const LANE_TIERS: readonly (Tier | null)[] = [null, ...TIERS];

export function deriveBoard(actions: readonly ActionView[]): Board {
  const live = actions.filter((action) => !action.deleted);
  return {
    lanes: LANE_TIERS.map((tier) => ({
      tier,
      actions: live.filter((action) => action.tier === tier).sort(compareOrdered),
    })),
    deleted: actions.filter((action) => action.deleted).sort(compareOrdered),
  };
}

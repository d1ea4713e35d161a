/** The tier headings' words, as the board says them (one wording in every view). */
import type { Tier } from '../../../../shared/compact/types';
import { TIER_LABELS } from '../../../../shared/compact/tiers';

export const UNSEQUENCED_LABEL = 'Not yet sequenced';

export function groupLabel(tier: Tier | null): string {
  return tier === null ? UNSEQUENCED_LABEL : TIER_LABELS[tier];
}

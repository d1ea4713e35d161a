import type { Tier } from './types';

/** The Fifth First Step's three sequencing tiers, in the words the lanes show. */
export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  'existing-authority': 'Available now under existing authority',
  appropriations: 'Requires appropriations or legislative support',
  'feasibility-review': 'Special projects requiring separate feasibility review',
};

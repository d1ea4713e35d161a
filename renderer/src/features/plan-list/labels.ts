/** Short words for the list's chips; the full words are in each chip's title and accessible name. */
import type { Tier } from '../../../../shared/compact/types';
import type { WindowPlacement } from '../../../../shared/plan/schedule';

export const TIER_SHORT: Readonly<Record<Tier | 'none', string>> = {
  none: 'Not sequenced',
  'existing-authority': 'Existing authority',
  appropriations: 'Appropriations',
  'feasibility-review': 'Feasibility review',
};

export const WINDOW_SHORT: Readonly<Record<WindowPlacement, string>> = {
  inside: 'First 90 days',
  after: 'After 90 days',
  undated: 'Undated',
  'no-signing-date': 'No signing date',
  'before-start': 'Before start',
};

export function tierKey(tier: Tier | null): Tier | 'none' {
  return tier ?? 'none';
}

/** The board's words for the same placements (features/board/window-counts.ts), for titles and names. */
export const WINDOW_LONG: Readonly<Record<WindowPlacement, string>> = {
  inside: 'Within the first 90 days',
  after: 'After the 90-day window',
  undated: 'Undated',
  'no-signing-date': 'Set the signing date',
  'before-start': 'Due before the date it counts from (its event, or the signing): a date to fix',
};

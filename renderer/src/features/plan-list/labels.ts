/** A tier's key in the list's chips and menus (the words are messages: actions/use-plan-words.ts). */
import type { Tier } from '../../../../shared/compact/types';

export function tierKey(tier: Tier | null): Tier | 'none' {
  return tier ?? 'none';
}

/**
 * The sequencing board's lanes read straight from the document (for operations; the UI reads the
 * derived views). A lane is the live actions of one tier, or the unsequenced ones, in board order.
 */
import * as Y from 'yjs';
import { TIERS, type Tier } from '../compact/types';
import { isOneOf } from '../validation/one-of';
import { compareOrdered, isOrderKey, type Ordered } from './ordering';
import { ACTION_FIELDS as F, actionsMap } from './schema';

export function isTier(value: unknown): value is Tier {
  return isOneOf(TIERS, value);
}

/** The tier an action record is in; null for none, or a value that is not a tier. */
export function tierOf(record: Y.Map<unknown>): Tier | null {
  const tier = record.get(F.tier);
  return isTier(tier) ? tier : null;
}

export function laneEntries(doc: Y.Doc, tier: Tier | null, except?: string): Ordered[] {
  const entries: Ordered[] = [];
  actionsMap(doc).forEach((value, id) => {
    if (id === except) return;
    // A value that is not a record is shown in the unsequenced lane (action-view.ts), first: it
    // counts here too, so positions the user sees and positions moved to agree.
    if (!(value instanceof Y.Map)) {
      if (tier === null) entries.push({ id, order: '' });
      return;
    }
    if (value.get(F.deleted) === true || tierOf(value) !== tier) return;
    const order = value.get(F.order);
    entries.push({ id, order: isOrderKey(order) ? order : '' });
  });
  return entries.sort(compareOrdered);
}

/**
 * Order within a tier: each action holds a fractional-index key (David Greenspan's scheme, the
 * `fractional-indexing` package), and the lane sorts by key with the action id breaking ties.
 * Why not positions in a Y.Array: two laptops moving items concurrently would duplicate or lose
 * them. With keys, a move is one field write; concurrent moves each land somewhere, every item
 * stays exactly once, and every replica sorts identically. Two laptops inserting at the same spot
 * may pick the same key; the id tie-break still gives one order everywhere, and the next move into
 * such a tie re-keys the tied items so a position between them exists again.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ordered {
  readonly id: string;
  /** '' when the stored key is missing or unreadable: such items sort first, by id. */
  readonly order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * New keys to write so that `moving` sits at `index` of `lane` (the lane in display order, without
 * the moving item). Usually one key; when the neighbours tie or a key is unreadable, the tied or
 * unreadable neighbours are re-keyed too. Returns id → key.
 */
export function keysForMove(lane: readonly Ordered[], index: number, moving: string): Map<string, string> {
  const at = Math.max(0, Math.min(index, lane.length));
  const before = lane[at - 1];
  const after = lane[at];
  const lower = before && isOrderKey(before.order) ? before.order : null;
  if (!before || lower !== null) {
    const upper = after && isOrderKey(after.order) ? after.order : null;
    if (!after || (upper !== null && (lower === null || lower < upper))) {
      return new Map([[moving, generateKeyBetween(lower, upper)]]);
    }
  }
  // Ties or unreadable keys around the spot: re-key the whole lane in its current order.
  const ids = [...lane.slice(0, at).map((item) => item.id), moving, ...lane.slice(at).map((item) => item.id)];
  const keys = generateNKeysBetween(null, null, ids.length);
  return new Map(ids.map((id, position) => [id, keys[position]!]));
}

/** A key after every readable key in the lane. */
export function keyAtEnd(lane: readonly Ordered[]): string {
  const last = [...lane].reverse().find((item) => isOrderKey(item.order));
  return generateKeyBetween(last ? last.order : null, null);
}

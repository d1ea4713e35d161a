/**
 * Order within a tier: each action holds a fractional-index key (David Greenspan's scheme, the
 * `fractional-indexing` package), and the lane sorts by key with the action id breaking ties.
 * Why not positions in a Y.Array: two laptops moving items concurrently would duplicate or lose
 * them. With keys, a move is one field write; concurrent moves each land somewhere, every item
 * stays exactly once, and every replica sorts identically. Two laptops inserting at the same spot
 * may pick the same key; the id tie-break still gives one order everywhere.
 *
 * A move into such a tie (or next to an unreadable key) rewrites as few keys as possible: those
 * outside the longest strictly increasing run of readable keys. Every key rewritten is a field
 * write that could overwrite a colleague's concurrent move of that item, so the rest keep theirs.
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
 * Indices (into `keys`) of a longest non-decreasing subsequence of the non-null keys. Equal keys
 * may stay (the id tie-break orders them); a gap that must hold new keys between equal ones is
 * widened in keysForMove.
 */
function keptIndices(keys: readonly (string | null)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === null) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[tails[middle]!]! <= key) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]!) kept.add(at);
  return kept;
}

/**
 * New keys to write so that `moving` sits at `index` of `lane` (the lane in display order, without
 * the moving item). Usually one key: the moving item's. Returns id → key for every item to write.
 */
export function keysForMove(lane: readonly Ordered[], index: number, moving: string): Map<string, string> {
  const at = Math.max(0, Math.min(index, lane.length));
  const ids = [...lane.slice(0, at).map((item) => item.id), moving, ...lane.slice(at).map((item) => item.id)];
  const keys = [...lane.slice(0, at).map((item) => item.order), null, ...lane.slice(at).map((item) => item.order)]
    .map((key) => (key !== null && isOrderKey(key) ? key : null));
  const kept = keptIndices(keys);
  const result = new Map<string, string>();
  let runStart = 0;
  let lower: string | null = null;
  for (let position = 0; position <= ids.length; position++) {
    if (position < ids.length && !kept.has(position)) continue;
    const upper = position < ids.length ? keys[position]! : null;
    // New keys need room: a kept key equal to the one below the run joins the run instead.
    if (position - runStart > 0 && upper !== null && lower !== null && upper <= lower) continue;
    const count = position - runStart;
    if (count > 0) {
      const fresh = generateNKeysBetween(lower, upper, count);
      fresh.forEach((key, offset) => result.set(ids[runStart + offset]!, key));
    }
    lower = upper;
    runStart = position + 1;
  }
  return result;
}

/** A key after every readable key in the lane. */
export function keyAtEnd(lane: readonly Ordered[]): string {
  const last = [...lane].reverse().find((item) => isOrderKey(item.order));
  return generateKeyBetween(last ? last.order : null, null);
}

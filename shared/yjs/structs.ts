import * as Y from 'yjs';

/**
 * YJS INTERNALS, in one place. The semantic gate (semantic-gate.ts) needs facts that Yjs's public
 * API does not give: the structs an update carries with their ids, origins and content, the
 * struct store of a document, and where a shared type sits in the document (its item's parent and
 * key). Every access to an underscore field or to `doc.store` made for the gate is here, so that
 * a Yjs upgrade is checked in one file (another engineer is gathering all Yjs internals into one
 * module later; this one is meant to move there whole). Written against yjs 13.6.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type, whatever its event type
export type AnyType = Y.AbstractType<any>;

/** The structs a V1 update carries, decoded once for every check below. */
export type UpdateStructs = ReturnType<typeof Y.decodeUpdate>['structs'];

export function structsOf(update: Uint8Array): UpdateStructs {
  return Y.decodeUpdate(update).structs;
}

/** The clock range [from, to) each client writes in an update (Skip structs carry nothing). */
export function writtenRanges(structs: UpdateStructs): Map<number, { from: number; to: number }> {
  const ranges = new Map<number, { from: number; to: number }>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const range = ranges.get(client);
    const end = clock + struct.length;
    if (!range) ranges.set(client, { from: clock, to: end });
    else {
      range.from = Math.min(range.from, clock);
      range.to = Math.max(range.to, end);
    }
  }
  return ranges;
}

/** One place where an update and the document disagree about the same id. */
export interface Contradiction {
  readonly client: number;
  readonly clock: number;
  readonly detail: string;
}

/**
 * Yjs keeps the first struct it sees for an id and silently drops any later one with the same
 * client and clock. So for every struct of `update` whose id range `doc` already holds, the
 * incoming content must be what `doc` holds: same content unit by unit, same left and right
 * origin, same parent and key where the update states them. The first difference is returned.
 *
 * Not comparable, and skipped: ranges `doc` has garbage-collected (deleted content is gone), and
 * ranges the update sends as GC or deleted content. Yjs replaces a surrogate half it splits with
 * U+FFFD, so U+FFFD on either side matches a surrogate on the other.
 */
export function firstContradiction(doc: Y.Doc, structs: UpdateStructs): Contradiction | null {
  for (const incoming of structs) {
    if (!(incoming instanceof Y.Item)) continue;
    const { client, clock } = incoming.id;
    const held = Y.getState(doc.store, client);
    const end = Math.min(clock + incoming.length, held);
    const local = doc.store.clients.get(client);
    if (!local) continue;
    for (let at = clock; at < end; ) {
      const struct = local[Y.findIndexSS(local, at)]!;
      const segmentEnd = Math.min(end, struct.id.clock + struct.length);
      if (struct instanceof Y.Item) {
        const detail = compareSegment(doc, incoming, struct, at, segmentEnd - at);
        if (detail) return { client, clock: at, detail };
      }
      at = segmentEnd;
    }
  }
  return null;
}

function compareSegment(doc: Y.Doc, incoming: Y.Item, local: Y.Item, at: number, length: number): string | null {
  const incomingOrigin = at === incoming.id.clock ? incoming.origin : Y.createID(incoming.id.client, at - 1);
  const localOrigin = at === local.id.clock ? local.origin : Y.createID(local.id.client, at - 1);
  if (!sameId(incomingOrigin, localOrigin)) return 'its position (left neighbour) differs';
  if (!sameId(incoming.rightOrigin, local.rightOrigin)) return 'its position (right neighbour) differs';
  if (incoming.parent !== null && at === incoming.id.clock) {
    if (!sameParent(doc, incoming.parent as unknown, local.parent as unknown)) return 'it is placed in another container';
    if ((incoming.parentSub ?? null) !== (local.parentSub ?? null)) return `it is written under key “${incoming.parentSub ?? ''}” instead of “${local.parentSub ?? ''}”`;
  }
  const a = incoming.content;
  const b = local.content;
  if (a instanceof Y.ContentDeleted || b instanceof Y.ContentDeleted) return null;
  if (a.constructor !== b.constructor) return 'its kind of content differs';
  if (a instanceof Y.ContentType && b instanceof Y.ContentType) {
    return a.type.constructor === b.type.constructor ? null : 'its kind of shared type differs';
  }
  if (a instanceof Y.ContentString && b instanceof Y.ContentString) {
    const x = a.str.slice(at - incoming.id.clock, at - incoming.id.clock + length);
    const y = b.str.slice(at - local.id.clock, at - local.id.clock + length);
    return sameText(x, y) ? null : 'its text differs';
  }
  const x = a.getContent().slice(at - incoming.id.clock, at - incoming.id.clock + length);
  const y = b.getContent().slice(at - local.id.clock, at - local.id.clock + length);
  return deepEqual(x, y) ? null : 'its value differs';
}

function sameId(a: Y.ID | null, b: Y.ID | null): boolean {
  return a === null || b === null ? a === b : a.client === b.client && a.clock === b.clock;
}

/** An update states a parent as a root name or the id of the item holding the type. */
function sameParent(doc: Y.Doc, incoming: unknown, local: unknown): boolean {
  if (!(local instanceof Y.AbstractType)) return true;
  const item = local._item;
  if (typeof incoming === 'string') return item === null && doc.share.get(incoming) === local;
  if (incoming instanceof Y.ID) return item !== null && sameId(incoming, item.id);
  return true;
}

function sameText(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a === b) continue;
    const lenient = (a === 0xfffd && isSurrogate(b)) || (b === 0xfffd && isSurrogate(a));
    if (!lenient) return false;
  }
  return true;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((byte, i) => byte === b[i]);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

/**
 * Where a shared type sits: the root's name and the map keys leading to it ("actions", [id,
 * "title"]). Null for a type that is not reachable through map keys (inside a list or text).
 */
export function pathOf(doc: Y.Doc, type: AnyType): { root: string; keys: string[] } | null {
  const keys: string[] = [];
  let current: AnyType = type;
  while (current._item !== null) {
    const item: Y.Item = current._item;
    if (item.parentSub === null || !(item.parent instanceof Y.AbstractType)) return null;
    keys.unshift(item.parentSub);
    current = item.parent;
  }
  for (const [name, root] of doc.share) if (root === current) return { root: name, keys };
  return null;
}

/** The id of the item holding a nested shared type; two values are the same record iff equal. */
export function sameTypeItem(a: AnyType, b: AnyType): boolean {
  return a._item !== null && b._item !== null && sameId(a._item.id, b._item.id);
}

/** The client that wrote the current value under `key` in `map`, or null (see authors.ts writerOf). */
export function keyWriter(map: Y.Map<unknown>, key: string): number | null {
  const item = map._map.get(key);
  return item && !item.deleted ? item.id.client : null;
}

/** The changes a transaction made, as Yjs records them: each changed type and its changed keys (null: list or text content). */
export function changedTypes(transaction: Y.Transaction): ReadonlyMap<AnyType, Set<string | null>> {
  return transaction.changed;
}

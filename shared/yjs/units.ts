import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * YJS INTERNALS for verified authorship (shared/authorship/): the canonical bytes of one *unit*,
 * the content a client wrote at one clock, read from a document's struct store. Written against
 * yjs 13.6, beside structs.ts (the gate's internals) for the same reason: one place to check on an
 * upgrade.
 *
 * Why per unit and not per struct: struct boundaries are not stable. Yjs splits an item when
 * something is inserted inside it and merges neighbours again, differently on every laptop, and
 * an update re-encoded by a relay or by compaction carries other boundaries than the writer's.
 * What is stable is each clock's unit: its id, its left and right origin, its parent and key,
 * and its content (one character of a text, one value of a list or map, one type).
 *
 *   origin       the item's origin for its first unit; (client, clock − 1) for every later one,
 *                exactly as Yjs sets it when it splits an item
 *   rightOrigin  the item's, for every unit
 *   parent       a root's name, or the id of the item holding the parent type
 *   content      one code unit of text (a surrogate is written as U+FFFD: Yjs itself replaces a
 *                surrogate half it splits, so two honest copies may differ there), one value
 *                (lib0 writeAny, in the key order the writer's update carries), a type's kind and
 *                node name, a format's key and value, an embed, bytes, a sub-document's guid
 *
 * A unit is *gone* when its content is (ContentDeleted, after Yjs's garbage collection of a
 * deletion, or a GC struct when its parent went too): unitBytes returns null and its digest must
 * come from elsewhere (shared/authorship/client-tree.ts). Units directly under a root named in
 * `skeletonRoots` are encoded without their content, which is therefore never gone: those roots
 * hold signatures (self-certifying), and their entries are overwritten all the time.
 */
export type UnitSink = (clock: number, bytes: Uint8Array | null) => void;

const TEXT = 1;
const ANY = 2;
const TYPE = 3;
const FORMAT = 4;
const EMBED = 5;
const BINARY = 6;
const JSON_UNIT = 7;
const DOC = 8;
const SKELETON = 9;

/** Calls `sink` for every clock of `client` in [from, to) that `doc` holds, in clock order. */
export function forEachUnit(doc: Y.Doc, client: number, from: number, to: number, skeletonRoots: ReadonlySet<string>, sink: UnitSink): void {
  const structs = doc.store.clients.get(client);
  if (!structs || from >= to) return;
  const end = Math.min(to, Y.getState(doc.store, client));
  if (from >= end) return;
  const names = rootNames(doc);
  for (let index = Y.findIndexSS(structs, from); index < structs.length; index++) {
    const struct = structs[index]!;
    const first = Math.max(from, struct.id.clock);
    const last = Math.min(end, struct.id.clock + struct.length);
    if (first >= end) break;
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) {
      const skeleton = struct instanceof Y.Item && isUnder(struct, names, skeletonRoots);
      for (let clock = first; clock < last; clock++) sink(clock, skeleton ? unitOf(struct as Y.Item, clock, names, true) : null);
      continue;
    }
    const skeleton = isUnder(struct, names, skeletonRoots);
    for (let clock = first; clock < last; clock++) sink(clock, unitOf(struct, clock, names, skeleton));
  }
}

function isUnder(item: Y.Item, names: ReadonlyMap<unknown, string>, roots: ReadonlySet<string>): boolean {
  const name = names.get(item.parent);
  return name !== undefined && roots.has(name);
}

function rootNames(doc: Y.Doc): Map<unknown, string> {
  const names = new Map<unknown, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  return names;
}

function writeId(encoder: encoding.Encoder, id: Y.ID | null): void {
  if (id === null) {
    encoding.writeUint8(encoder, 0);
    return;
  }
  encoding.writeUint8(encoder, 1);
  encoding.writeVarUint(encoder, id.client);
  encoding.writeVarUint(encoder, id.clock);
}

function unitOf(item: Y.Item, clock: number, names: ReadonlyMap<unknown, string>, skeleton: boolean): Uint8Array {
  const encoder = encoding.createEncoder();
  const offset = clock - item.id.clock;
  encoding.writeVarUint(encoder, item.id.client);
  encoding.writeVarUint(encoder, clock);
  writeId(encoder, offset === 0 ? item.origin : Y.createID(item.id.client, clock - 1));
  writeId(encoder, item.rightOrigin);
  const parent = item.parent as unknown;
  const root = names.get(parent);
  if (root !== undefined) {
    encoding.writeUint8(encoder, 0);
    encoding.writeVarString(encoder, root);
  } else if (parent instanceof Y.AbstractType && parent._item !== null) {
    encoding.writeUint8(encoder, 1);
    writeId(encoder, parent._item.id);
  } else {
    encoding.writeUint8(encoder, 2);
  }
  encoding.writeVarString(encoder, item.parentSub ?? '');
  encoding.writeUint8(encoder, item.parentSub === null ? 0 : 1);
  if (skeleton) {
    encoding.writeUint8(encoder, SKELETON);
    return encoding.toUint8Array(encoder);
  }
  writeContent(encoder, item.content, offset);
  return encoding.toUint8Array(encoder);
}

function writeContent(encoder: encoding.Encoder, content: Y.Item["content"], offset: number): void {
  if (content instanceof Y.ContentString) {
    const code = content.str.charCodeAt(offset);
    encoding.writeUint8(encoder, TEXT);
    encoding.writeVarUint(encoder, code >= 0xd800 && code <= 0xdfff ? 0xfffd : code);
  } else if (content instanceof Y.ContentAny) {
    encoding.writeUint8(encoder, ANY);
    encoding.writeAny(encoder, content.arr[offset] as never);
  } else if (content instanceof Y.ContentType) {
    encoding.writeUint8(encoder, TYPE);
    const type = content.type;
    encoding.writeUint8(encoder, typeKind(type));
    encoding.writeVarString(encoder, type instanceof Y.XmlElement ? type.nodeName : type instanceof Y.XmlHook ? type.hookName : '');
  } else if (content instanceof Y.ContentFormat) {
    encoding.writeUint8(encoder, FORMAT);
    encoding.writeVarString(encoder, content.key);
    encoding.writeAny(encoder, content.value as never);
  } else if (content instanceof Y.ContentEmbed) {
    encoding.writeUint8(encoder, EMBED);
    encoding.writeAny(encoder, content.embed as never);
  } else if (content instanceof Y.ContentBinary) {
    encoding.writeUint8(encoder, BINARY);
    encoding.writeVarUint8Array(encoder, content.content);
  } else if (content instanceof Y.ContentJSON) {
    encoding.writeUint8(encoder, JSON_UNIT);
    encoding.writeVarString(encoder, JSON.stringify(content.arr[offset]) ?? 'undefined');
  } else if (content instanceof Y.ContentDoc) {
    encoding.writeUint8(encoder, DOC);
    encoding.writeVarString(encoder, content.doc?.guid ?? '');
  } else {
    encoding.writeUint8(encoder, 0);
  }
}

/** A type's kind as a fixed number (class names do not survive minification). Subclasses first. */
function typeKind(type: Y.AbstractType<unknown>): number {
  if (type instanceof Y.XmlHook) return 1;
  if (type instanceof Y.Map) return 2;
  if (type instanceof Y.XmlText) return 3;
  if (type instanceof Y.Text) return 4;
  if (type instanceof Y.XmlElement) return 5;
  if (type instanceof Y.XmlFragment) return 6;
  if (type instanceof Y.Array) return 7;
  return 0;
}

/**
 * What a transaction deleted, as [client, from, to) ranges of items outside `skeletonRoots`
 * (read in 'afterTransaction', while the deleted content is still there).
 */
export function deletedItemRanges(transaction: Y.Transaction, skeletonRoots: ReadonlySet<string>): [number, number, number][] {
  const doc = transaction.doc;
  const names = rootNames(doc);
  const found: [number, number, number][] = [];
  for (const [client, ranges] of transaction.deleteSet.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index]!;
        if (struct.id.clock >= clock + len) break;
        if (!(struct instanceof Y.Item) || isUnder(struct, names, skeletonRoots)) continue;
        const start = Math.max(clock, struct.id.clock);
        const end = Math.min(clock + len, struct.id.clock + struct.length);
        const last = found[found.length - 1];
        if (last && last[0] === client && last[2] === start) last[2] = end;
        else found.push([client, start, end]);
      }
    }
  }
  return found;
}

/** Whether `client` has, within `ranges`, an item that is shown: not deleted, outside `skeletonRoots`. */
export function showsItemIn(doc: Y.Doc, client: number, ranges: readonly (readonly [number, number])[], skeletonRoots: ReadonlySet<string>): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || ranges.length === 0) return false;
  const names = rootNames(doc);
  const state = Y.getState(doc.store, client);
  for (const [from, to] of ranges) {
    if (from >= state) continue;
    for (let index = Y.findIndexSS(structs, from); index < structs.length; index++) {
      const struct = structs[index]!;
      if (struct.id.clock >= to) break;
      if (struct instanceof Y.Item && !struct.deleted && !isUnder(struct, names, skeletonRoots)) return true;
    }
  }
  return false;
}

/** Whether everything `client` wrote is an entry directly under `roots` (a GC struct, whose place is gone, counts as elsewhere). */
export function writesOnlyUnder(doc: Y.Doc, client: number, roots: ReadonlySet<string>): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs) return false;
  const names = rootNames(doc);
  return structs.every((struct) => struct instanceof Y.Item && isUnder(struct, names, roots));
}

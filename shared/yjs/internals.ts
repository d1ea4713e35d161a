/**
 * Every read of Yjs internals, in one place. Conflict detection, attribution and undo need what
 * Yjs's public API does not show: the items written under a map key (their ids, origins and
 * whether they were deleted), the items of a text, where a nested type sits in its parent, and
 * whether updates wait for missing dependencies. Those live on undocumented fields (`_map`,
 * `_start`, `_item`, `item.left`, `store.pendingStructs`…) that a Yjs release may change without
 * notice, which is why `yjs` is pinned exactly in package.json.
 *
 * The rest of the code sees only the small API below: plain snapshots (`ItemRun`), read at call
 * time. What each function assumes of Yjs is stated on it, and tests/unit/yjs/internals.test.ts
 * checks each assumption against the installed Yjs, naming the version when one fails. Lint
 * forbids these fields outside this file (eslint.config.js, YJS_INTERNALS).
 *
 * Upgrading Yjs: bump the pinned version, run that test, and only then change VERIFIED_YJS_VERSION.
 */
import * as Y from 'yjs';

/** The Yjs release this module's assumptions were checked against (the test compares it with the installed one). */
export const VERIFIED_YJS_VERSION = '13.6.33';

/** A struct id: the writing client and its clock. Ids never change once written. */
export type StructId = Y.ID;

export function structId(client: number, clock: number): StructId {
  return Y.createID(client, clock);
}

/** What an item holds, if Yjs still has it. */
export type RunContent =
  /** Plain values (map values, array entries): one per clock of the run. */
  | { readonly kind: 'values'; readonly values: readonly unknown[] }
  /** A nested shared type (a record's Y.Map, a Y.Text). */
  | { readonly kind: 'type'; readonly type: Y.AbstractType<unknown> }
  /** Characters of a Y.Text, one per clock. */
  | { readonly kind: 'text'; readonly text: string }
  /** Garbage-collected (deleted and collected after its transaction), or content the app never writes. */
  | { readonly kind: 'gone' };

/**
 * One Yjs item: a run of `length` consecutive clocks of one client (Yjs merges consecutive writes
 * of a client into one item), so value i of the run has id (client, clock + i).
 */
export interface ItemRun {
  readonly id: StructId;
  readonly length: number;
  /**
   * The id to the writer's left when it wrote the run. For a map key that is the value the writer
   * saw as current (null for the key's first write): two writes with the same origin did not see
   * each other. For text, the character after which it was typed.
   */
  readonly origin: StructId | null;
  /** For text: the character before which it was typed (null: the end). */
  readonly rightOrigin: StructId | null;
  readonly deleted: boolean;
  readonly content: RunContent;
}

function contentOf(item: Y.Item): RunContent {
  const content = item.content;
  if (content instanceof Y.ContentAny) return { kind: 'values', values: content.getContent() };
  if (content instanceof Y.ContentType) return { kind: 'type', type: content.type };
  if (content instanceof Y.ContentString) return { kind: 'text', text: content.str };
  return { kind: 'gone' };
}

function runOf(item: Y.Item): ItemRun {
  return { id: item.id, length: item.length, origin: item.origin, rightOrigin: item.rightOrigin, deleted: item.deleted, content: contentOf(item) };
}

/**
 * Every item ever written under `key` of `map`, left to right, deleted ones included.
 * Assumes: `map._map.get(key)` is the rightmost item written under the key (the live value when
 * not deleted) and `item.left` walks the earlier ones; Yjs lays the key's items out so that each
 * lies right of its origin.
 */
export function keyHistory(map: Y.Map<unknown>, key: string): ItemRun[] {
  const runs: ItemRun[] = [];
  for (let item: Y.AbstractStruct | null = map._map.get(key) ?? null; item instanceof Y.Item; item = item.left) runs.push(runOf(item));
  return runs.reverse();
}

/** The items of a text, left to right, deleted ones included. Assumes `text._start` / `item.right`. */
export function textRuns(text: Y.Text): ItemRun[] {
  const runs: ItemRun[] = [];
  for (let item: Y.AbstractStruct | null = text._start; item instanceof Y.Item; item = item.right) runs.push(runOf(item));
  return runs;
}

/** Each key of `map` with its latest item (deleted when the key was deleted or its record replaced). */
export interface KeySlot {
  readonly key: string;
  readonly id: StructId;
  readonly deleted: boolean;
}

/** Every key `map` ever held, live or deleted. Assumes `map._map` keeps deleted keys' last items. */
export function keySlots(map: Y.Map<unknown>): KeySlot[] {
  const slots: KeySlot[] = [];
  map._map.forEach((item, key) => slots.push({ key, id: item.id, deleted: item.deleted }));
  return slots;
}

/** The client that wrote the live value of `key` (null when there is none): Yjs ids cannot be claimed by another client. */
export function currentWriter(map: Y.Map<unknown>, key: string): number | null {
  const item = map._map.get(key);
  return item && !item.deleted ? item.id.client : null;
}

/** Where a nested shared type sits: its parent type and its key there (null inside a list or text). */
export interface Placement {
  readonly parent: Y.AbstractType<unknown>;
  readonly key: string | null;
  readonly deleted: boolean;
}

/**
 * The placement of `type` in its parent; null for a root type (or anything not a shared type).
 * Assumes `type._item` is the item holding it, with `parent` and `parentSub` (its map key).
 */
export function placementOf(type: unknown): Placement | null {
  if (!(type instanceof Y.AbstractType)) return null;
  const item = type._item;
  if (!item || !(item.parent instanceof Y.AbstractType)) return null;
  return { parent: item.parent, key: typeof item.parentSub === 'string' ? item.parentSub : null, deleted: item.deleted };
}

/** Whether the struct `id` was integrated by `transaction`, i.e. is new to this document. Assumes `beforeState`. */
export function isNewIn(transaction: Y.Transaction, id: StructId): boolean {
  return id.clock >= (transaction.beforeState.get(id.client) ?? 0);
}

/** Deleted by `transaction` itself (its content is still readable in afterTransaction). */
export function deletedIn(transaction: Y.Transaction, id: StructId): boolean {
  return Y.isDeleted(transaction.deleteSet, id);
}

/**
 * Structs received whose dependencies (earlier clocks of some client) have not arrived: Yjs holds
 * them back, unapplied. Assumes `doc.store.pendingStructs` is null exactly when none wait.
 */
export function hasPendingStructs(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null;
}

/** Pending structs or deletions (`store.pendingDs`) waiting for updates this document lacks. */
export function isWaitingForMissing(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * Defines on `target` every root type `source` has, with the same class (an untyped root Yjs made
 * while integrating stays untyped), so that an update integrates on `target` through the same code
 * as on `source`. Assumes `doc.share` lists the roots and `doc.get(name, constructor)` defines one.
 */
export function copyRootTypes(source: Y.Doc, target: Y.Doc): void {
  for (const [name, type] of source.share) target.get(name, type.constructor as typeof Y.AbstractType<unknown>);
}

/**
 * An undo step as plain data: the id ranges Yjs's StackItem holds (what the step inserted and what
 * it deleted), per client as [clock, length] pairs. These ids never change (compaction included),
 * so a step taken in one page can be undone in the next one on the same document.
 */
export interface StoredUndoStep {
  readonly insertions: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, number]>]>;
  readonly deletions: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, number]>]>;
}

interface DeleteSetLike {
  readonly clients: Map<number, Array<{ clock: number; len: number }>>;
}

interface StackItemLike {
  readonly insertions: DeleteSetLike;
  readonly deletions: DeleteSetLike;
  readonly meta: Map<unknown, unknown>;
}

function rangesOut(set: DeleteSetLike): StoredUndoStep['insertions'] {
  return [...set.clients].map(([client, items]) => [client, items.map((item) => [item.clock, item.len] as const)] as const);
}

/** The undo manager's stack as plain data (see StoredUndoStep). */
export function undoStepsOut(stack: readonly unknown[]): StoredUndoStep[] {
  return (stack as readonly StackItemLike[]).map((item) => ({ insertions: rangesOut(item.insertions), deletions: rangesOut(item.deletions) }));
}

/**
 * Stack items for `doc` from stored steps, or null when any step names content the document does
 * not hold (a restore replaced it, say): a step that cannot be undone whole is never half-undone.
 * Shaped as Yjs's StackItem, which UndoManager reads by its fields only (checked against 13.6.33).
 */
export function undoStepsIn(doc: Y.Doc, steps: readonly StoredUndoStep[]): unknown[] | null {
  const state = Y.decodeStateVector(Y.encodeStateVector(doc));
  const setIn = (ranges: StoredUndoStep['insertions']): DeleteSetLike | null => {
    const set = Y.createDeleteSet() as unknown as DeleteSetLike;
    for (const [client, items] of ranges) {
      const held = state.get(client) ?? 0;
      if (items.some(([clock, len]) => clock + len > held)) return null;
      set.clients.set(client, items.map(([clock, len]) => ({ clock, len })));
    }
    return set;
  };
  const items: StackItemLike[] = [];
  for (const step of steps) {
    const insertions = setIn(step.insertions);
    const deletions = setIn(step.deletions);
    if (!insertions || !deletions || !contentKept(doc, deletions)) return null;
    items.push({ insertions, deletions, meta: new Map() });
  }
  return items;
}

/**
 * Whether every struct a step deleted still holds its content: undoing a deletion re-creates the
 * content, which garbage collection replaces by a bare length (a GC struct or ContentDeleted).
 * Walking the ranges splits items at their edges inside a transaction that changes nothing.
 */
function contentKept(doc: Y.Doc, deletions: DeleteSetLike): boolean {
  let kept = true;
  doc.transact((transaction) => {
    Y.iterateDeletedStructs(transaction, deletions as never, (struct) => {
      if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) kept = false;
    });
  });
  return kept;
}

/** Yjs's `gcFilter` document option: false keeps a deleted item's content. */
export type GcFilter = (item: Y.Item) => boolean;

/** Whether `item` lies in one of the steps' deleted ranges: its content must outlive garbage collection. */
export function inDeletedRanges(steps: readonly StoredUndoStep[]): GcFilter {
  const ranges = new Map<number, [number, number][]>();
  for (const step of steps) {
    for (const [client, items] of step.deletions) {
      const list = ranges.get(client) ?? [];
      for (const [clock, len] of items) list.push([clock, clock + len]);
      ranges.set(client, list);
    }
  }
  return (item) => (ranges.get(item.id.client) ?? []).some(([from, to]) => item.id.clock < to && item.id.clock + item.length > from);
}

/** Whether the nested shared type `type` was created by `transaction` (a root never was). */
export function typeCreatedIn(transaction: Y.Transaction, type: Y.AbstractType<unknown>): boolean {
  const item = type._item;
  return item !== null && isNewIn(transaction, item.id);
}

/**
 * Reading Yjs's own causal record of a map entry. Every `map.set(key, v)` creates an Item whose
 * `origin` is the id of the item the writer saw as the key's current value (null for the first
 * write). So the items ever written under one key form a tree: a sequential edit is a child of
 * the value it replaced, and two writes that did not see each other are siblings (same origin,
 * different clients). Yjs lays the tree out as one list (`left`/`right`); the rightmost item is the
 * value it chose, every other item is deleted.
 *
 * Yjs merges consecutive items of one client into a single struct (a run of `length` ids), so the
 * chain is read as *units*, one per written value: unit i of an item has id (client, clock + i)
 * and, past the first, its predecessor as origin.
 *
 * Content: once a transaction has finished, Yjs garbage-collects what it deleted (the workspace
 * doc keeps `gc` on) and the value is gone. Values are therefore read in `afterTransaction`, which
 * Yjs calls before that collection: a value this laptop held until the merge, and every value the
 * merge brought, are still readable there (tests/unit/review/conflicts.test.ts proves it).
 */
import * as Y from 'yjs';

export interface ChainUnit {
  readonly id: Y.ID;
  readonly origin: Y.ID | null;
  readonly item: Y.Item;
  /** Index within `item` (items hold runs of several values once Yjs merges them). */
  readonly offset: number;
  /** Position in the chain, left to right. */
  readonly position: number;
}

export type ReadValue = { readonly readable: true; readonly value: unknown } | { readonly readable: false };

export function idKey(id: Y.ID | null): string {
  return id === null ? '^' : `${id.client}:${id.clock}`;
}

/** Every unit ever written under `key` of `map`, left to right. */
export function chainUnits(map: Y.Map<unknown>, key: string): ChainUnit[] {
  const items: Y.Item[] = [];
  for (let item: Y.Item | null = map._map.get(key) ?? null; item !== null; item = item.left as Y.Item | null) {
    if (item instanceof Y.Item) items.push(item);
  }
  items.reverse();
  const units: ChainUnit[] = [];
  for (const item of items) {
    for (let offset = 0; offset < item.length; offset++) {
      const id = Y.createID(item.id.client, item.id.clock + offset);
      const origin = offset === 0 ? item.origin : Y.createID(item.id.client, item.id.clock + offset - 1);
      units.push({ id, origin, item, offset, position: units.length });
    }
  }
  return units;
}

/** Whether the struct with this id was integrated by `transaction` (it is new to this laptop). */
export function isNewIn(transaction: Y.Transaction, id: Y.ID): boolean {
  return id.clock >= (transaction.beforeState.get(id.client) ?? 0);
}

/** Deleted by `transaction` itself (its content is still there in afterTransaction). */
export function deletedIn(transaction: Y.Transaction, id: Y.ID): boolean {
  return Y.isDeleted(transaction.deleteSet, id);
}

/** The value a unit holds, if its content has not been garbage-collected. */
export function unitValue(unit: ChainUnit): ReadValue {
  const content = unit.item.content;
  if (content instanceof Y.ContentAny) return { readable: true, value: content.getContent()[unit.offset] };
  if (content instanceof Y.ContentType) return { readable: true, value: content.type };
  return { readable: false };
}

/** The keys of a nested set map, counting those `transaction` deleted (they were members until it). */
export function setMembers(map: { readonly _map: Map<string, Y.Item> }, transaction: Y.Transaction | null): string[] {
  const members: string[] = [];
  map._map.forEach((item, key) => {
    if (!item.deleted || (transaction !== null && deletedIn(transaction, item.id))) members.push(key);
  });
  return members.sort();
}

/**
 * The time a client stamped on a record (`editedAt`), read from the stamp it wrote itself: the
 * newest readable stamp item by that client. Stamps are coalesced per writer to the minute
 * (actions.ts stampEdit), so this is "edited at, to the minute".
 */
export function stampBy(record: Y.Map<unknown>, field: string, client: number): string | null {
  const units = chainUnits(record, field);
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (unit.id.client !== client) continue;
    const read = unitValue(unit);
    if (read.readable && typeof read.value === 'string' && !Number.isNaN(Date.parse(read.value))) return read.value;
  }
  return null;
}

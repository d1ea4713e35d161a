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
import type * as Y from 'yjs';
import { deletedIn, isNewIn, keyHistory, keySlots, structId, type ItemRun, type StructId } from '../yjs/internals';

export { deletedIn, isNewIn };

export interface ChainUnit {
  readonly id: StructId;
  readonly origin: StructId | null;
  /** The item (run) holding this unit, as read when the chain was read. */
  readonly run: ItemRun;
  /** Index within `run` (items hold runs of several values once Yjs merges them). */
  readonly offset: number;
  /** Position in the chain, left to right. */
  readonly position: number;
}

export type ReadValue = { readonly readable: true; readonly value: unknown } | { readonly readable: false };

export function idKey(id: StructId | null): string {
  return id === null ? '^' : `${id.client}:${id.clock}`;
}

/** Every unit ever written under `key` of `map`, left to right. */
export function chainUnits(map: Y.Map<unknown>, key: string): ChainUnit[] {
  const units: ChainUnit[] = [];
  for (const run of keyHistory(map, key)) {
    for (let offset = 0; offset < run.length; offset++) {
      const id = structId(run.id.client, run.id.clock + offset);
      const origin = offset === 0 ? run.origin : structId(run.id.client, run.id.clock + offset - 1);
      units.push({ id, origin, run, offset, position: units.length });
    }
  }
  return units;
}

/** The value a unit holds, if its content has not been garbage-collected. */
export function unitValue(unit: ChainUnit): ReadValue {
  const content = unit.run.content;
  if (content.kind === 'values') return { readable: true, value: content.values[unit.offset] };
  if (content.kind === 'type') return { readable: true, value: content.type };
  return { readable: false };
}

/** The keys of a nested set map, counting those `transaction` deleted (they were members until it). */
export function setMembers(map: Y.Map<unknown>, transaction: Y.Transaction | null): string[] {
  return keySlots(map)
    .filter((slot) => !slot.deleted || (transaction !== null && deletedIn(transaction, slot.id)))
    .map((slot) => slot.key)
    .sort();
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

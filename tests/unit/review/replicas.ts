import * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { watchConflicts } from '../../../shared/review/conflicts';
import { parseConflictEntry, type ConflictEntry } from '../../../shared/review/conflict-entry';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { recordAuthor } from '../../../shared/workspace/authors';
import { conflictsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';

/** Laptops for conflict tests: each watches its merges as the app does, and merges with a RemoteOrigin. */
export const DANA: Identity = { name: 'Dana Levi', delegation: 'israel', role: 'delegate' };
export const SAM: Identity = { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' };
export const NOA: Identity = { name: 'Noa Bar', delegation: 'israel', role: 'note-taker' };

export interface Laptop {
  readonly doc: Y.Doc;
  readonly errors: unknown[];
  stop(): void;
}

export function laptop(identity: Identity, base?: Y.Doc): Laptop {
  const doc = createWorkspaceDoc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  recordAuthor(doc, identity);
  const errors: unknown[] = [];
  const stop = watchConflicts(doc, (error) => errors.push(error), () => new Date('2026-03-01T10:00:00Z'));
  return { doc, errors, stop };
}

/** Sends `to` what it lacks from `from`, as a peer (or a file) would: one merge transaction. */
export function send(from: Laptop, to: Laptop, kind: 'peer' | 'file' = 'peer'): void {
  const update = Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc));
  Y.applyUpdate(to.doc, update, new RemoteOrigin(kind, 'test'));
}

/** Exchanges until nothing is left to send (detections write entries, which travel too). */
export function exchange(laptops: readonly Laptop[]): void {
  for (let round = 0; round < 4; round++) {
    for (const from of laptops) for (const to of laptops) if (from !== to) send(from, to);
  }
}

export function entries(doc: Y.Doc): Map<string, ConflictEntry> {
  const result = new Map<string, ConflictEntry>();
  conflictsMap(doc).forEach((value, key) => {
    const parsed = parseConflictEntry(key, value);
    if (!parsed.ok) throw new Error(`Unreadable entry ${key}`);
    result.set(key, parsed.value);
  });
  return result;
}

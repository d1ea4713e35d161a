import { afterEach, expect } from 'vitest';
import type * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap } from '../../../shared/workspace/schema';
import { Connection, content, flush, Laptop, stateVector, type End } from './peer-harness';

/** What the PeerSession tests share: people, laptops destroyed after each test, edits, checks. */
export const dana: Identity = { name: 'Dana', delegation: 'us', role: 'delegate' };
export const yael: Identity = { name: 'Yael', delegation: 'israel', role: 'note-taker' };
export const avi: Identity = { name: 'Avi', delegation: 'israel', role: 'observer' };

let laptops: Laptop[] = [];
export function laptop(identity: Identity): Laptop {
  const created = new Laptop(identity);
  laptops.push(created);
  return created;
}
afterEach(() => {
  for (const each of laptops) each.destroy();
  laptops = [];
});

export const titleOf = (doc: Y.Doc, id: string) => String((actionsMap(doc).get(id) as Y.Map<unknown> | undefined)?.get('title') ?? '');

/**
 * `edits` edits on one laptop: every tenth adds an action, the rest retitle one of the laptop's
 * actions or, every third, one of `shared` (actions both laptops hold: concurrent edits there).
 */
export function edit(on: Laptop, edits: number, tag: string, shared: readonly string[] = [], titleLength = 0): string[] {
  recordAuthor(on.doc, on.identity);
  const own: string[] = [];
  const pad = 'x'.repeat(titleLength);
  for (let i = 0; i < edits; i++) {
    if (i % 10 === 0) own.push(addAction(on.doc, { title: `${tag} ${i} ${pad}` }));
    else if (i % 3 === 0 && shared.length > 0) editActionTitle(on.doc, shared[i % shared.length] as string, `${tag} says ${i}`);
    else editActionTitle(on.doc, own[i % own.length] as string, `${tag} ${i} ${pad}`);
  }
  return own;
}

export function expectConverged(...all: Laptop[]): void {
  const [first, ...rest] = all as [Laptop, ...Laptop[]];
  for (const other of rest) {
    expect(stateVector(other.doc)).toBe(stateVector(first.doc));
    expect(content(other.doc)).toEqual(content(first.doc));
  }
}

export function expectCleanEnds(...ends: End[]): void {
  for (const end of ends) {
    expect(end.rejected).toEqual([]);
    expect(end.frameRejections).toEqual([]);
    expect(end.hellos).toHaveLength(1);
    expect(end.syncedEvents).toBe(1);
    expect(end.session.synced).toBe(true);
  }
}

/** Two laptops that share `count` actions, synced, then offline (the connection closed). */
export function sharedStart(a: Laptop, b: Laptop, count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => addAction(a.doc, { title: `shared ${i}` }));
  const first = new Connection(a, b).start();
  flush(first);
  first.close();
  return ids;
}


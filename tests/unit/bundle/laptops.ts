/** Laptops for sync-file tests: seeded workspaces, edits under a person, and the real merge gate. */
import * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import type { ImportTarget } from '../../../shared/bundle/import-bundle';
import type { BundleSender } from '../../../shared/bundle/format';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { recordAuthor } from '../../../shared/workspace/authors';
import { createWorkspaceDoc, LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

export const SEED_UPDATE = buildSeedUpdate(loadSeeds());

export const AVI: Identity = { name: 'Avi Cohen', delegation: 'israel', role: 'delegate' };
export const SAM: Identity = { name: 'Sam Ortiz', delegation: 'us', role: 'note-taker' };

export interface Laptop extends ImportTarget {
  readonly identity: Identity;
  readonly sender: BundleSender;
  /** Runs `change` as this person's local edit (their authors entry written with it). */
  edit<T>(change: (doc: Y.Doc) => T): T;
}

export function laptop(identity: Identity): Laptop {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED_UPDATE);
  // The app merges through the session's ShadowGate (WorkspaceSession.mergeRemote); so do tests.
  const gate = new ShadowGate(doc);
  return {
    doc,
    identity,
    sender: { ...identity, clientId: doc.clientID },
    merge: (update, origin) => gate.apply(update, origin),
    edit: (change) =>
      doc.transact(() => {
        const result = change(doc);
        recordAuthor(doc, identity);
        return result;
      }, LOCAL_ORIGIN),
  };
}

/** The whole state, for "unchanged" assertions: Yjs state only grows, so equal bytes mean nothing merged. */
export function stateOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

/** The seed's own state vector: what a laptop that has merged nothing holds. */
export function seedStateVector(): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, SEED_UPDATE);
  const vector = Y.encodeStateVector(doc);
  doc.destroy();
  return vector;
}

import * as Y from 'yjs';
import { SKELETON_ROOTS } from '../../../shared/authorship/authorship-root';
import { ClientTrees } from '../../../shared/authorship/client-tree';
import { fingerprintOf, generateKeyPair, signingKeyOf, type SigningKey } from '../../../shared/authorship/keys';
import { AuthorshipSigner } from '../../../shared/authorship/signer';
import { verifyClient, type KnownKey, type KnownKeys } from '../../../shared/authorship/verify';
import type { Identity } from '../../../shared/identity/identity';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { recordAuthor } from '../../../shared/workspace/authors';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { SEED_UPDATE } from '../bundle/laptops';

/** A laptop for authorship tests: a seeded workspace, its key, its digest cache and its signer. */
export interface SigningLaptop {
  readonly doc: Y.Doc;
  readonly trees: ClientTrees;
  readonly key: SigningKey;
  readonly identity: Identity;
  readonly signer: AuthorshipSigner;
  /** Keys this laptop knows (its own included). */
  readonly known: Map<string, KnownKey>;
  learn(other: SigningLaptop): void;
  verdictOf(client: number): ReturnType<typeof verifyClient>;
  close(): void;
}

export const DANA: Identity = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' };
export const SAM: Identity = { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' };
export const RELAY: Identity = { name: 'Rina Shapiro', delegation: 'israel', role: 'observer' };
export const MALLORY: Identity = { name: 'Mallory', delegation: 'us', role: 'delegate' };

export function seededDoc(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED_UPDATE);
  return doc;
}

/** A document's digest cache, observing it from now on (what a laptop builds when it opens one). */
export function treesOf(doc: Y.Doc): ClientTrees {
  const trees = new ClientTrees(SKELETON_ROOTS);
  trees.observe(doc);
  return trees;
}

export async function signingLaptop(identity: Identity, doc: Y.Doc = seededDoc()): Promise<SigningLaptop> {
  const trees = treesOf(doc);
  const key = await signingKeyOf(await generateKeyPair());
  const signer = new AuthorshipSigner(doc, trees, key, () => identity, { delayMs: 3_600_000 });
  const known = new Map<string, KnownKey>([[fingerprintOf(key.publicKey), { person: identity, via: 'self' }]]);
  recordAuthor(doc, identity);
  const laptop: SigningLaptop = {
    doc, trees, key, identity, signer, known,
    learn(other) {
      known.set(fingerprintOf(other.key.publicKey), { person: other.identity, via: 'lan' });
    },
    verdictOf: (client) => verifyClient(doc, client, trees, knownKeys(known)),
    close() {
      signer.dispose();
      doc.destroy();
    },
  };
  return laptop;
}

export function knownKeys(map: ReadonlyMap<string, KnownKey>): KnownKeys {
  return { get: (fingerprint) => map.get(fingerprint) };
}

/** What `from` holds that `to` lacks, merged into `to` as a peer's update. */
export function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), new RemoteOrigin('peer', 'test'));
}

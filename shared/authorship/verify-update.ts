import * as Y from 'yjs';
import { scratchOf } from '../sync/remote-update';
import { FIXED_CLIENT_IDS } from '../sync/semantic-gate';
import { structsOf, writtenRanges } from '../yjs/structs';
import { writesOnlyUnder } from '../yjs/units';
import { SKELETON_ROOTS } from './authorship-root';
import { ClientTrees } from './client-tree';
import type { SignatureSubtle } from './keys';
import { verifyClient, type AuthorVerdict, type KnownKeys } from './verify';

export interface WriterVerdict {
  readonly client: number;
  readonly verdict: AuthorVerdict;
}

/**
 * Who wrote what an update brings, as far as this laptop can prove it: each client the update
 * writes for (the seed's aside), verified on a scratch copy of `base` with the update merged, as
 * it would stand after the merge. For the import preview; `update` must already have passed the
 * gate (it is merged here without one, into a copy that is thrown away).
 *
 * A client that wrote nothing but authorship proofs (statements it carries, pruned digests of what
 * a merge deleted: signer.ts) is no writer of content and is left out: statements prove themselves
 * and pruned digests are untrusted wherever they are used. A laptop that only reviews, or only
 * relays, writes such entries without ever stating anything of its own.
 */
export async function verifyWriters(base: Y.Doc, update: Uint8Array, known: KnownKeys, subtle?: SignatureSubtle): Promise<WriterVerdict[]> {
  const clients = [...writtenRanges(structsOf(update)).keys()].filter((client) => !FIXED_CLIENT_IDS.has(client));
  if (clients.length === 0) return [];
  const scratch = scratchOf(base);
  try {
    // Only the writers' units are hashed: the rest of the workspace is not in question here.
    const trees = new ClientTrees(SKELETON_ROOTS, FIXED_CLIENT_IDS, new Set(clients));
    const stop = trees.observe(scratch);
    Y.applyUpdate(scratch, update);
    stop();
    const verdicts: WriterVerdict[] = [];
    for (const client of clients) if (!writesOnlyUnder(scratch, client, SKELETON_ROOTS)) verdicts.push({ client, verdict: await verifyClient(scratch, client, trees, known, subtle) });
    return verdicts;
  } finally {
    scratch.destroy();
  }
}

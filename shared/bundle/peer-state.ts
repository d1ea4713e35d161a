import * as Y from 'yjs';

/**
 * What we know a peer holds, for "changes for a peer" (everything it lacks since it was last seen).
 * The rule is to never overestimate: a state vector that claims too much would leave out changes the
 * peer lacks, and the merge on its side would wait for them (and be refused). Too little only makes
 * the file larger.
 *
 * A person's own laptop only ever grows its state, so a newer report covers the older one and
 * replaces it. When it does not (two laptops under one name, a reinstalled laptop), what we keep is
 * what both reports hold: for each client the smaller clock, and nothing for a client only one names.
 */
export function nextPeerState(known: Uint8Array | null, reported: Uint8Array): Uint8Array {
  const next = Y.decodeStateVector(reported);
  if (!known) return Y.encodeStateVector(next);
  const old = Y.decodeStateVector(known);
  if ([...old].every(([client, clock]) => (next.get(client) ?? 0) >= clock)) return Y.encodeStateVector(next);
  const both = new Map<number, number>();
  for (const [client, clock] of next) {
    const other = old.get(client);
    if (other !== undefined) both.set(client, Math.min(clock, other));
  }
  return Y.encodeStateVector(both);
}

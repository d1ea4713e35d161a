import * as Y from 'yjs';
import { FIXED_CLIENT_IDS } from '../sync/semantic-gate';
import { structsOf, writtenRanges } from '../yjs/structs';
import type { BundleEnvelope } from './format';

/**
 * A file's header says who made it (a Yjs client id) and what state it was cut from and up to
 * (`since`, `stateVector`). Whoever made the file chose those words, so they are checked against
 * the payload: bundleContentOf (write-bundle.ts) carries, for every client, exactly the clocks
 * from `since` (0 for a whole-workspace file) up to the state vector. A payload that writes past
 * what the header claims, or claims content it does not carry, is refused; so is a sender that
 * claims the seed's reserved client id.
 */
export type ClaimCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function checkHeaderClaims(envelope: BundleEnvelope, payload: Uint8Array): ClaimCheck {
  const sender = envelope.sender.clientId;
  if (FIXED_CLIENT_IDS.has(sender)) {
    return { ok: false, reason: `The file’s header claims it was made under Yjs client ${sender}, which is reserved for the compact’s seed.` };
  }
  const claimed = Y.decodeStateVector(envelope.stateVector);
  const since = envelope.since ? Y.decodeStateVector(envelope.since) : new Map<number, number>();
  const carried = writtenRanges(structsOf(payload));
  for (const [client, range] of carried) {
    const upTo = claimed.get(client) ?? 0;
    if (range.to > upTo) {
      return { ok: false, reason: `The file’s header says it holds Yjs client ${client} up to clock ${upTo}, but its content goes on to clock ${range.to}.` };
    }
  }
  for (const [client, upTo] of claimed) {
    if (upTo <= (since.get(client) ?? 0)) continue;
    const to = carried.get(client)?.to ?? 0;
    if (to !== upTo) {
      return { ok: false, reason: `The file’s header says it holds Yjs client ${client} up to clock ${upTo}, but its content stops at clock ${to}.` };
    }
  }
  return { ok: true };
}

import * as Y from 'yjs';
import { parseIdentity, type Identity } from '../identity/identity';
import { LOCAL_ORIGIN, authorKey, authorsMap } from './schema';

/**
 * Attribution. Yjs stamps every item it creates with the writing document's client id; the
 * `authors` map records which person (name, delegation, role) wrote under each client id. So any
 * change in the document, or in an update received from a peer or a file, can be traced to a
 * person and a delegation without storing a name on every field.
 *
 * A client id is random per Y.Doc instance, so one person accumulates several entries over time
 * (one per session); that is expected.
 */
export function recordAuthor(doc: Y.Doc, identity: Identity): void {
  const key = authorKey(doc.clientID);
  const existing = parseIdentity(authorsMap(doc).get(key));
  if (existing.ok && sameIdentity(existing.identity, identity)) return;
  doc.transact(() => {
    authorsMap(doc).set(key, { name: identity.name, delegation: identity.delegation, role: identity.role });
  }, LOCAL_ORIGIN);
}

/** The person behind a client id, or null when unknown or malformed (a peer's data is untrusted). */
export function authorOf(doc: Y.Doc, key: string | number): Identity | null {
  const parsed = parseIdentity(authorsMap(doc).get(String(key)));
  return parsed.ok ? parsed.identity : null;
}

/**
 * Who wrote the items a V1 update carries, resolved against `doc`'s authors. A delete set names
 * the clients of the deleted items, not of the deleter, so deletions are attributed through the
 * `editedBy` stamp the operations write alongside them, not here.
 */
export function authorsOfUpdate(doc: Y.Doc, update: Uint8Array): Map<number, Identity | null> {
  const { structs } = Y.decodeUpdate(update);
  const clients = new Set<number>(structs.map((struct) => struct.id.client));
  const result = new Map<number, Identity | null>();
  for (const client of clients) result.set(client, authorOf(doc, client));
  return result;
}

function sameIdentity(a: Identity, b: Identity): boolean {
  return a.name === b.name && a.delegation === b.delegation && a.role === b.role;
}

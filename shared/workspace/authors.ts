import * as Y from 'yjs';
import { currentWriter } from '../yjs/internals';
import { parseIdentity, sameIdentity, type Identity } from '../identity/identity';
import { LOCAL_ORIGIN, authorKey, authorsMap } from './schema';

/**
 * Attribution. Yjs stamps every item it creates with the writing document's client id; the
 * `authors` map records which person (name, delegation, role) wrote under each client id. So any
 * change in the document, or in an update received from a peer or a file, can be traced to a
 * person and a delegation without storing a name on every field.
 *
 * Claims are checked against who actually wrote them: an authors entry counts only if the item
 * holding it was written by that same client id, and a `createdBy`/`editedBy` stamp only if its
 * item was written by the client it names. A peer therefore cannot re-attribute someone else's
 * change by overwriting an entry or a stamp.
 *
 * A client id is random per Y.Doc instance, so one person accumulates several entries over time
 * (one per session that edited); that is expected.
 */
export function recordAuthor(doc: Y.Doc, identity: Identity): void {
  const key = authorKey(doc.clientID);
  const existing = authorOf(doc, key);
  if (existing && sameIdentity(existing, identity)) return;
  doc.transact(() => {
    authorsMap(doc).set(key, { name: identity.name, delegation: identity.delegation, role: identity.role });
  }, LOCAL_ORIGIN);
}

/** The person behind a client id, or null when unknown, malformed or claimed by another client. */
export function authorOf(doc: Y.Doc, key: string | number): Identity | null {
  const entryKey = String(key);
  if (writerOf(authorsMap(doc), entryKey) !== Number(entryKey)) return null;
  const parsed = parseIdentity(authorsMap(doc).get(entryKey));
  return parsed.ok ? parsed.identity : null;
}

/**
 * The person a stamp field (`createdBy`, `editedBy`) names, provided the stamp was written by the
 * client it names; null otherwise.
 */
export function stampedAuthor(doc: Y.Doc, record: Y.Map<unknown>, field: string): Identity | null {
  const value = record.get(field);
  if (typeof value !== 'string' || writerOf(record, field) !== Number(value)) return null;
  return authorOf(doc, value);
}

/** The client id that wrote the current value of `key` in `map`, from Yjs's own item id. */
export function writerOf(map: Y.Map<unknown>, key: string): number | null {
  return currentWriter(map, key);
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

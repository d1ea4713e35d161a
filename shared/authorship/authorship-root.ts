import type * as Y from 'yjs';
import { ROOT } from '../workspace/schema';
import { keyWriter } from '../yjs/structs';
import type { Digest, PrunedDigests } from './client-tree';
import { decodeStatement, type Statement } from './statement';

/**
 * Where authorship proofs travel: a root of the workspace document, `authorship`, so that they go
 * wherever content goes (LAN, sync files, other windows, a relay, the stored log, compaction,
 * backups and restore) with no side channel to keep in step in each of those places.
 *
 *   s:<client>                  the latest signed statement of that client (statement.ts), written
 *                               by that client only (the gate refuses any other writer)
 *   s:<client>:<by>             a statement of that client carried by client `by`, which writes it
 *                               (the gate refuses any other writer): a later session of the same
 *                               laptop signs, with the laptop's key, what an earlier session wrote
 *                               and could not sign before it closed (signer.ts). Its own slot, so
 *                               that nobody's carried statement can displace the client's own
 *   p:<client>:<level>:<index>  a pruned digest (client-tree.ts): a node over content that was
 *                               deleted, written by the laptop that deleted it; untrusted
 *
 * Entries under this root are digested without their content (yjs/units.ts skeletonRoots): a
 * statement proves itself, a pruned digest is checked by the root it completes, and the statement
 * entry is overwritten with every new statement, so its old content is garbage-collected at once.
 */
export const SKELETON_ROOTS: ReadonlySet<string> = new Set([ROOT.authorship]);

export function authorshipMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.authorship);
}

export const statementKey = (client: number) => `s:${client}`;
export const carriedStatementKey = (client: number, by: number) => `s:${client}:${by}`;
export const prunedKey = (client: number, level: number, index: number) => `p:${client}:${level}:${index}`;

const STATEMENT_KEY = /^s:(0|[1-9]\d{0,15})$/;
const CARRIED_KEY = /^s:(0|[1-9]\d{0,15}):(0|[1-9]\d{0,15})$/;
const PRUNED_KEY = /^p:(0|[1-9]\d{0,15}):(\d|[1-4]\d|5[0-3]):(0|[1-9]\d{0,15})$/;

/** The statement `client` wrote, decoded (its signature unchecked), or null. */
export function statementOf(doc: Y.Doc, client: number): Statement | null {
  const map = authorshipMap(doc);
  const key = statementKey(client);
  if (keyWriter(map, key) !== client) return null;
  const statement = decodeStatement(map.get(key));
  return statement && statement.client === client ? statement : null;
}

/**
 * Every statement of `client` the document holds, decoded (signatures unchecked): its own first,
 * then those other clients carry for it (`s:<client>:<by>`, each written by its `by`).
 */
export function statementsOf(doc: Y.Doc, client: number): Statement[] {
  const found: Statement[] = [];
  const own = statementOf(doc, client);
  if (own) found.push(own);
  const map = authorshipMap(doc);
  const prefix = `s:${client}:`;
  for (const key of map.keys()) {
    if (!key.startsWith(prefix)) continue;
    const carried = CARRIED_KEY.exec(key);
    if (!carried || String(keyWriter(map, key)) !== carried[2]) continue;
    const statement = decodeStatement(map.get(key));
    if (statement && statement.client === client) found.push(statement);
  }
  return found;
}

/** The pruned digests in the document; with `writers`, only those written by one of them. */
export function prunedOf(doc: Y.Doc, writers?: { has(client: number): boolean }): PrunedDigests {
  const map = authorshipMap(doc);
  return {
    get(client, level, index) {
      const key = prunedKey(client, level, index);
      if (writers) {
        const writer = keyWriter(map, key);
        if (writer === null || !writers.has(writer)) return undefined;
      }
      const value = map.get(key);
      return value instanceof Uint8Array && value.length === 32 ? (value as Digest) : undefined;
    },
  };
}

/** The gate's rule for an entry of the authorship root (semantic-gate.ts); null when it is valid. */
export function authorshipEntryProblem(key: string, value: unknown, writer: number | null): string | null {
  const statement = STATEMENT_KEY.exec(key);
  if (statement) {
    if (String(writer) !== statement[1]) return `the statement of Yjs client ${statement[1]} was written by client ${String(writer)}; only a client states what it wrote`;
    const decoded = decodeStatement(value);
    if (!decoded || String(decoded.client) !== statement[1]) return `the statement of Yjs client ${statement[1]} is malformed`;
    return null;
  }
  const carried = CARRIED_KEY.exec(key);
  if (carried) {
    if (String(writer) !== carried[2]) return `the statement of Yjs client ${carried[1]} carried by client ${carried[2]} was written by client ${String(writer)}; only the carrier writes its slot`;
    const decoded = decodeStatement(value);
    if (!decoded || String(decoded.client) !== carried[1]) return `the statement of Yjs client ${carried[1]} carried by client ${carried[2]} is malformed`;
    return null;
  }
  if (PRUNED_KEY.test(key)) return value instanceof Uint8Array && value.length === 32 ? null : `the digest ${key} is not 32 bytes`;
  return `“${key.slice(0, 60)}” is not an authorship entry`;
}

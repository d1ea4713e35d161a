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
export const prunedKey = (client: number, level: number, index: number) => `p:${client}:${level}:${index}`;

const STATEMENT_KEY = /^s:(0|[1-9]\d{0,15})$/;
const PRUNED_KEY = /^p:(0|[1-9]\d{0,15}):(\d|[1-4]\d|5[0-3]):(0|[1-9]\d{0,15})$/;

/** The statement `client` wrote, decoded (its signature unchecked), or null. */
export function statementOf(doc: Y.Doc, client: number): Statement | null {
  const map = authorshipMap(doc);
  const key = statementKey(client);
  if (keyWriter(map, key) !== client) return null;
  const statement = decodeStatement(map.get(key));
  return statement && statement.client === client ? statement : null;
}

export function prunedOf(doc: Y.Doc): PrunedDigests {
  const map = authorshipMap(doc);
  return {
    get(client, level, index) {
      const value = map.get(prunedKey(client, level, index));
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
  if (PRUNED_KEY.test(key)) return value instanceof Uint8Array && value.length === 32 ? null : `the digest ${key} is not 32 bytes`;
  return `“${key.slice(0, 60)}” is not an authorship entry`;
}

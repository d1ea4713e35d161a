import * as Y from 'yjs';
import { sameIdentity, type Identity } from '../identity/identity';
import { authorOf } from '../workspace/authors';
import { RESERVED_CLIENT_IDS } from '../workspace/schema';
import { RELEASED_SEEDS } from '../workspace/seed-update';
import { prunedOf, SKELETON_ROOTS, statementsOf } from './authorship-root';
import { showsItemIn } from '../yjs/units';
import type { ClientTrees } from './client-tree';
import { fingerprintOf, type SignatureSubtle } from './keys';
import { sameBytes, verifyStatement, type Statement } from './statement';

/**
 * Who wrote a client's content, as far as this laptop can prove it (see AUTHORSHIP.md):
 *
 *   verified    a statement signed by a key this laptop knows for that person covers every unit of
 *               the client that is visible, the root recomputed here from this laptop's own copy
 *   unverified  anything else, with why: no statement, a key this laptop does not know, a key
 *               known for someone else, a root that does not match (altered content or a forged
 *               statement), content this laptop cannot check, content beyond the signed clock
 *
 * The seed's ids are verified by definition (their content is the canonical seed, byte for byte).
 */
export type KeySource = 'self' | 'lan' | 'file';

export interface KnownKey {
  readonly person: Identity;
  readonly via: KeySource;
}

/** The keys this laptop has learned, by fingerprint (keys.ts fingerprintOf). */
export interface KnownKeys {
  get(fingerprint: string): KnownKey | undefined;
}

export type UnverifiedReason = 'unsigned' | 'unknown-key' | 'other-key' | 'altered' | 'other-person' | 'unchecked' | 'beyond-signed';

export type AuthorVerdict =
  | { readonly verified: true; readonly person: Identity | null; readonly via: KeySource | 'seed'; readonly fingerprint: string | null }
  | { readonly verified: false; readonly reason: UnverifiedReason; readonly claimed: Identity | null; readonly fingerprint: string | null };

const SEED_IDS: ReadonlySet<number> = new Set([...RESERVED_CLIENT_IDS, ...RELEASED_SEEDS.keys()]);

export async function verifyClient(doc: Y.Doc, client: number, trees: ClientTrees, known: KnownKeys, subtle?: SignatureSubtle): Promise<AuthorVerdict> {
  const claimed = authorOf(doc, client);
  if (SEED_IDS.has(client)) return { verified: true, person: null, via: 'seed', fingerprint: null };
  // The client's own statement, then those carried for it (authorship-root.ts): the first that
  // proves the content wins; otherwise the own statement's verdict is the one told.
  let told: AuthorVerdict | null = null;
  for (const statement of statementsOf(doc, client)) {
    const verdict = await judgeStatement(doc, client, statement, claimed, trees, known, subtle);
    if (verdict.verified) return verdict;
    told ??= verdict;
  }
  return told ?? unverified('unsigned', claimed, null);
}

async function judgeStatement(doc: Y.Doc, client: number, statement: Statement, claimed: Identity | null, trees: ClientTrees, known: KnownKeys, subtle?: SignatureSubtle): Promise<AuthorVerdict> {
  const fingerprint = fingerprintOf(statement.publicKey);
  if (!(await verifyStatement(statement, subtle))) return unverified('altered', claimed, fingerprint);
  if (statement.clock > Y.getState(doc.store, client)) return unverified('unchecked', claimed, fingerprint);
  const result = trees.root(client, statement.clock, prunedOf(doc));
  if (!result) return unverified('unchecked', claimed, fingerprint);
  if (!sameBytes(result.root, statement.root)) return unverified('altered', claimed, fingerprint);
  if (showsItemIn(doc, client, result.unchecked, SKELETON_ROOTS)) return unverified('unchecked', claimed, fingerprint);
  if (showsItemIn(doc, client, [[statement.clock, Infinity]], SKELETON_ROOTS)) return unverified('beyond-signed', claimed, fingerprint);
  const key = known.get(fingerprint);
  if (!key) return unverified('unknown-key', claimed ?? statement.person, fingerprint);
  if (!sameIdentity(key.person, statement.person)) return unverified('other-key', claimed ?? statement.person, fingerprint);
  if (claimed && !sameIdentity(claimed, statement.person)) return unverified('other-person', claimed, fingerprint);
  return { verified: true, person: statement.person, via: key.via, fingerprint };
}

/** Every client that wrote content `doc` shows, with its verdict. */
export async function verifyAuthors(doc: Y.Doc, trees: ClientTrees, known: KnownKeys, subtle?: SignatureSubtle): Promise<Map<number, AuthorVerdict>> {
  const verdicts = new Map<number, AuthorVerdict>();
  for (const client of doc.store.clients.keys()) verdicts.set(client, await verifyClient(doc, client, trees, known, subtle));
  return verdicts;
}

function unverified(reason: UnverifiedReason, claimed: Identity | null, fingerprint: string | null): AuthorVerdict {
  return { verified: false, reason, claimed, fingerprint };
}

/** The words shown for a client's author: "Dana Levi (verified)", "unverified: claims to be Dana Levi". */
export function describeVerdict(verdict: AuthorVerdict): string {
  if (verdict.verified) return verdict.person ? `${verdict.person.name} (verified)` : 'the compact’s seed (verified)';
  const claim = verdict.claimed ? `claims to be ${verdict.claimed.name}` : 'names nobody';
  return `unverified: ${claim} (${REASONS[verdict.reason]})`;
}

const REASONS: Readonly<Record<UnverifiedReason, string>> = {
  unsigned: 'not signed',
  'unknown-key': 'signed by a key this laptop has not learned',
  'other-key': 'signed by a key this laptop knows for someone else',
  altered: 'the content does not match its signature',
  'other-person': 'the signature is someone else’s',
  unchecked: 'this laptop cannot check all of it',
  'beyond-signed': 'the latest changes are not signed yet',
};

import * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { originKind, PROOF_ORIGIN } from '../workspace/origins';
import { authorOf } from '../workspace/authors';
import { deletedItemRanges, showsItemIn } from '../yjs/units';
import { authorshipMap, carriedStatementKey, prunedKey, prunedOf, SKELETON_ROOTS, statementKey, statementsOf } from './authorship-root';
import { ClientTrees, tiling } from './client-tree';
import type { SigningKey } from './keys';
import { sameBytes, signStatement, verifyStatement, type Statement } from './statement';

/**
 * This laptop's side of verified authorship, on one open document:
 *
 * - after each of its own transactions that wrote content, a statement over everything its client
 *   wrote so far is signed (at most one signature in flight; a burst of keystrokes is signed once
 *   it pauses for `delayMs`) and written as `s:<client>`;
 * - after each of its own transactions that deleted content (of any client), the digests of the
 *   deleted ranges are written as pruned nodes, so that laptops receiving the content already gone
 *   can still complete the writer's root. Computed in 'afterTransaction', before Yjs
 *   garbage-collects what was deleted;
 * - after a merge from a peer or a file that deleted content with no pruned digest in the document,
 *   the same digests are computed (while the content is still there) and held: a merge deletes
 *   content nobody deleted in an edit, the losing value of a concurrent overwrite, which Yjs drops
 *   on each laptop as the two writes meet, so no deleter prunes it. What is held is written once
 *   the edits pause (`delayMs`, by which time a LAN peer's own pruned digests for what it deleted
 *   have arrived and are not written twice), before a statement or a sync file (`flush`), and at
 *   `dispose`. Without it, every later copy holds that value as deleted with nothing to complete
 *   its writer's root, and the writer is `unchecked` everywhere (review-conflicts.spec).
 *
 * - what an earlier session of this laptop wrote and did not sign (a page goes without waiting for
 *   the signer's pause, so its last edits are stored but unsigned, and no later session can write
 *   under its client id) is signed by this session with the laptop's key, as a statement *carried*
 *   for that client (`s:<client>:<this client>`, authorship-root.ts), naming the person that
 *   client's author entry names. Only the earlier ids `pastClients` gives (own-writers.ts: ids this
 *   laptop wrote under and still holds whole), only past their last statement by this key, and
 *   over what this laptop can check: their content as it holds it, and where that is gone, pruned
 *   digests this laptop's own ids wrote (never someone else's, which would have this key vouch for
 *   a digest it never computed). Checked once the signer first pauses and before every sync file.
 *
 * Loaded and mirrored transactions are left alone: the log holds what this laptop pruned when it
 * merged, and another window prunes what it merges itself.
 */
export interface SignerOptions {
  readonly delayMs?: number;
  /** This laptop's earlier client ids, whose unsigned content this session signs (see above). */
  readonly pastClients?: () => Iterable<number>;
  readonly onError?: (error: unknown) => void;
}

const OWN_KINDS: ReadonlySet<string> = new Set(['local', 'undo', 'decision', 'conflict', 'unknown']);
const MERGE_KINDS: ReadonlySet<string> = new Set(['peer', 'file']);

export class AuthorshipSigner {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private signing: Promise<void> | null = null;
  private signedClock = 0;
  /** Whether the earlier sessions were checked once (then again before each file). */
  private carried = false;
  private disposed = false;
  /** Pruned digests of what merges deleted, not yet in the document. */
  private readonly held = new Map<string, Uint8Array>();
  private readonly delayMs: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly trees: ClientTrees,
    private readonly key: SigningKey,
    private readonly person: () => Identity,
    private readonly options: SignerOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    doc.on('afterTransaction', this.onTransaction);
    if (options.pastClients) this.schedule();
  }

  /** Signs now what this client wrote, and resolves once the statement is in the document. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.signing) await this.signing;
    this.writeHeld();
    if (this.ownClock() > this.signedClock) await this.sign();
    await this.carryPast();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.doc.off('afterTransaction', this.onTransaction);
    this.writeHeld();
    this.disposed = true;
  }

  private ownClock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    const kind = originKind(transaction.origin);
    if (MERGE_KINDS.has(kind)) {
      for (const [key, digest] of this.prunedFor(transaction)) this.held.set(key, digest);
      if (this.held.size > 0) this.schedule();
      return;
    }
    if (!OWN_KINDS.has(kind)) return;
    const pruned = this.prunedFor(transaction);
    if (pruned.length > 0) {
      // A write of its own, after this transaction (Yjs runs it once this one is cleaned up).
      this.doc.transact(() => {
        const map = authorshipMap(this.doc);
        for (const [key, digest] of pruned) map.set(key, digest);
      }, PROOF_ORIGIN);
    }
    if ((transaction.afterState.get(this.doc.clientID) ?? 0) > (transaction.beforeState.get(this.doc.clientID) ?? 0)) this.schedule();
  };

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writeHeld();
      if (this.ownClock() > this.signedClock) void this.sign();
      if (!this.carried) void this.carryPast();
    }, this.delayMs);
  }

  /** Signs, as carried statements, what earlier sessions of this laptop wrote past their last statement. */
  private async carryPast(): Promise<void> {
    this.carried = true;
    const past = [...(this.options.pastClients?.() ?? [])].filter((client) => client !== this.doc.clientID);
    if (past.length === 0) return;
    const own = new Set([...past, this.doc.clientID]);
    try {
      for (const client of past) {
        const clock = Y.getState(this.doc.store, client);
        const signed = clock === 0 ? [] : await this.signedByThisKey(client);
        if (clock === 0 || signed.some((statement) => statement.clock >= clock)) continue;
        const person = authorOf(this.doc, client);
        if (!person) continue;
        const trees = new ClientTrees(SKELETON_ROOTS, new Set(), new Set([client]));
        trees.add(this.doc, client, 0, clock);
        const pruned = prunedOf(this.doc, own);
        const result = trees.root(client, clock, pruned);
        // Nothing this laptop cannot check: every unit from its content, or deleted and pruned by itself.
        if (!result || showsItemIn(this.doc, client, result.unchecked, SKELETON_ROOTS)) continue;
        // And what the earlier session signed is still what it holds (after a restore, peers echo
        // an id's content back: what came back must be what this key stated).
        const latest = signed.reduce<Statement | null>((best, statement) => (best && best.clock >= statement.clock ? best : statement), null);
        const prefix = latest && trees.root(client, latest.clock, pruned);
        if (latest && !(prefix && sameBytes(prefix.root, latest.root))) continue;
        const statement = await signStatement(this.key, client, clock, result.root, person);
        if (this.disposed || this.doc.isDestroyed) return;
        this.doc.transact(() => authorshipMap(this.doc).set(carriedStatementKey(client, this.doc.clientID), statement), PROOF_ORIGIN);
      }
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** The statements of `client` this laptop's key signed (checked: another could copy the key's bytes). */
  private async signedByThisKey(client: number): Promise<Statement[]> {
    const signed: Statement[] = [];
    for (const statement of statementsOf(this.doc, client)) {
      if (sameBytes(statement.publicKey, this.key.publicKey) && (await verifyStatement(statement))) signed.push(statement);
    }
    return signed;
  }

  /** Writes the held digests the document still lacks (another laptop may have sent them since). */
  private writeHeld(): void {
    if (this.held.size === 0) return;
    const map = authorshipMap(this.doc);
    const missing = [...this.held].filter(([key]) => !map.has(key));
    this.held.clear();
    if (missing.length === 0) return;
    this.doc.transact(() => {
      for (const [key, digest] of missing) map.set(key, digest);
    }, PROOF_ORIGIN);
  }

  private sign(): Promise<void> {
    if (this.signing) return this.signing;
    const client = this.doc.clientID;
    const clock = this.ownClock();
    const result = this.trees.root(client, clock, prunedOf(this.doc));
    if (!result) return Promise.resolve();
    this.signing = signStatement(this.key, client, clock, result.root, this.person())
      .then((statement) => {
        this.signedClock = clock;
        this.doc.transact(() => authorshipMap(this.doc).set(statementKey(client), statement), PROOF_ORIGIN);
      })
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.signing = null;
      });
    return this.signing;
  }

  /** The pruned digests for what the transaction deleted, outside the authorship root, that are not in the document yet. */
  private prunedFor(transaction: Y.Transaction): [string, Uint8Array][] {
    const found: [string, Uint8Array][] = [];
    const map = authorshipMap(this.doc);
    for (const [client, from, to] of deletedItemRanges(transaction, SKELETON_ROOTS)) {
      for (const [level, index] of tiling(from, to)) {
        const key = prunedKey(client, level, index);
        if (map.has(key)) continue;
        const digest = this.trees.nodeOf(this.doc, client, level, index);
        // A plain Uint8Array: Yjs stores no subclass (lib0's sha256 gives a Buffer in Node).
        if (digest) found.push([key, Uint8Array.from(digest)]);
      }
    }
    return found;
  }
}

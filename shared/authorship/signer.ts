import * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { originKind, PROOF_ORIGIN } from '../workspace/origins';
import { deletedItemRanges } from '../yjs/units';
import { authorshipMap, prunedKey, prunedOf, SKELETON_ROOTS, statementKey } from './authorship-root';
import { tiling, type ClientTrees } from './client-tree';
import type { SigningKey } from './keys';
import { signStatement } from './statement';

/**
 * This laptop's side of verified authorship, on one open document:
 *
 * - after each of its own transactions that wrote content, a statement over everything its client
 *   wrote so far is signed (at most one signature in flight; a burst of keystrokes is signed once
 *   it pauses for `delayMs`) and written as `s:<client>`;
 * - after each of its own transactions that deleted content (of any client), the digests of the
 *   deleted ranges are written as pruned nodes, so that laptops receiving the content already gone
 *   can still complete the writer's root. Computed in 'afterTransaction', before Yjs
 *   garbage-collects what was deleted.
 *
 * Remote, loaded and mirrored transactions are left alone: their writer signs, their deleter prunes.
 */
export interface SignerOptions {
  readonly delayMs?: number;
  readonly onError?: (error: unknown) => void;
}

const OWN_KINDS: ReadonlySet<string> = new Set(['local', 'undo', 'decision', 'conflict', 'unknown']);

export class AuthorshipSigner {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private signing: Promise<void> | null = null;
  private signedClock = 0;
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
  }

  /** Signs now what this client wrote, and resolves once the statement is in the document. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.signing) await this.signing;
    if (this.ownClock() > this.signedClock) await this.sign();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.doc.off('afterTransaction', this.onTransaction);
  }

  private ownClock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (!OWN_KINDS.has(originKind(transaction.origin))) return;
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
      void this.sign();
    }, this.delayMs);
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

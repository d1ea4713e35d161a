import * as Y from 'yjs';
import { applyProven, ownBuffer, scratchOf, type RemoteApply } from './remote-update';
import { proveAndJudge, type GateContext } from './semantic-gate';
import { decodesAsV1, integrateV1 } from './v1-update';

/**
 * applyRemoteUpdate's guarantee at the cost of the update instead of the document: a shadow
 * document is kept in step with `doc` (every update `doc` emits is replayed into it), so proving a
 * peer's update costs one extra integration rather than re-encoding the whole workspace.
 *
 * Why it is as safe: Yjs's integration depends only on the document's store (structs, pending
 * structs and deletes) and its root types. The shadow starts as scratchOf(doc) and then receives
 * exactly the updates `doc` emits, in order, so its store holds the same structs. A refused
 * update may have integrated partly into the shadow, so the shadow is rebuilt from `doc` then;
 * if a mirrored update ever fails, the shadow is marked stale and rebuilt before the next use.
 * The price: a second copy of the document in memory, and each local edit integrated twice.
 *
 * The one update `doc` emits that is not replayed is the echo of a proven update: the transaction
 * apply() opens to integrate it, whose update event carries exactly that update's integration,
 * which the shadow already holds (the same bytes on the same store). Replaying it was a third
 * pass over every catch-up (decoding every struct to find it known: ~60 ms of ~450 at 30,000
 * offline edits). Anything else written meanwhile is in a transaction of its own and is mirrored:
 * an observer that writes while the update is applied, or an apply() nested in another
 * transaction (its update event comes after apply() returned). Nothing in Tandem writes from a
 * 'beforeTransaction' listener, the one place a write could join apply()'s own transaction.
 */
export class ShadowGate {
  private shadow: Y.Doc;
  private stale = false;
  /** The transaction apply() opened and is running, whose update event the shadow holds already. */
  private applying: Y.Transaction | null = null;

  /** `context` tells the semantic gate (semantic-gate.ts) this laptop's own client ids. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly context: GateContext = {},
  ) {
    this.shadow = scratchOf(doc);
    doc.on('update', this.mirror);
  }

  apply(update: Uint8Array, origin: unknown): RemoteApply {
    const decoded = decodesAsV1(update);
    if (!decoded.ok) return decoded;
    const bytes = ownBuffer(update);
    if (this.stale) this.rebuild();
    // Proven on the shadow, then judged for meaning (semantic-gate.ts): one verdict, all or nothing.
    const proven = proveAndJudge(this.shadow, this.doc, bytes, origin, this.context);
    if (!proven.ok) {
      this.rebuild();
      return proven;
    }
    return this.applyProven(bytes, origin);
  }

  destroy(): void {
    this.doc.off('update', this.mirror);
    this.shadow.destroy();
  }

  /** remote-update.ts applyProven, noting the transaction it opens (see the class comment). */
  private applyProven(bytes: Uint8Array, origin: unknown): RemoteApply {
    const outer = this.applying;
    try {
      return applyProven(this.doc, bytes, origin, (transaction) => {
        this.applying = transaction;
      });
    } finally {
      this.applying = outer;
    }
  }

  private readonly mirror = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (this.stale || transaction === this.applying) return;
    if (!integrateV1(this.shadow, update, null).ok) this.stale = true;
  };

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = scratchOf(this.doc);
    this.stale = false;
  }
}

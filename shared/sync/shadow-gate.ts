import type * as Y from 'yjs';
import { applyProven, ownBuffer, scratchOf, type RemoteApply } from './remote-update';
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
 */
export class ShadowGate {
  private shadow: Y.Doc;
  private stale = false;

  constructor(private readonly doc: Y.Doc) {
    this.shadow = scratchOf(doc);
    doc.on('update', this.mirror);
  }

  apply(update: Uint8Array, origin: unknown): RemoteApply {
    const decoded = decodesAsV1(update);
    if (!decoded.ok) return decoded;
    const bytes = ownBuffer(update);
    if (this.stale) this.rebuild();
    const proven = integrateV1(this.shadow, bytes, origin);
    if (!proven.ok) {
      this.rebuild();
      return proven;
    }
    // Everything `doc` emits meanwhile is mirrored, the echo of this update included (a no-op on
    // the shadow, which holds it already): an observer that writes while the update is applied
    // opens a nested transaction whose update must reach the shadow too.
    return applyProven(this.doc, bytes, origin);
  }

  destroy(): void {
    this.doc.off('update', this.mirror);
    this.shadow.destroy();
  }

  private readonly mirror = (update: Uint8Array): void => {
    if (this.stale) return;
    if (!integrateV1(this.shadow, update, null).ok) this.stale = true;
  };

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = scratchOf(this.doc);
    this.stale = false;
  }
}

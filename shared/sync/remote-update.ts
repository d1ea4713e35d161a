import * as Y from 'yjs';
import { copyRootTypes } from '../yjs/internals';
import { proveAndJudge, type GateContext, type GateRule } from './semantic-gate';
import { decodesAsV1 } from './v1-update';

/**
 * Applies a peer's update all-or-nothing. Yjs can throw half-way through integrating an update
 * that decodes (crafted or foreign content), and what it integrated before throwing stays. So the
 * update is proven first on a scratch document holding the current state (same root types, so
 * the same integration code runs), V1 only and to the last byte (v1-update.ts); only then does it
 * touch the real document, in one transaction.
 *
 * Cost: the scratch copy is an encodeStateAsUpdate of the whole document plus its replay, per
 * update, whatever the update's size (npm run bench -- remote-update: one keystroke into 5,000 records, 655 KiB, costs ~60 ms this way against ~0.01 ms raw and ~0.02 ms through ShadowGate).
 * For a stream of small live updates use ShadowGate (shadow-gate.ts), which keeps the scratch
 * document in step instead of rebuilding it.
 */
export type RemoteApply =
  | { readonly ok: true }
  /** `rule`: set when the semantic gate refused the content (semantic-gate.ts), absent for bytes that do not integrate. */
  | { readonly ok: false; readonly reason: string; readonly rule?: GateRule };

export function applyRemoteUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown, context: GateContext = {}): RemoteApply {
  const decoded = decodesAsV1(update);
  if (!decoded.ok) return decoded;
  const bytes = ownBuffer(update);
  const scratch = scratchOf(doc);
  try {
    const proven = proveAndJudge(scratch, doc, bytes, origin, context);
    if (!proven.ok) return proven;
  } finally {
    scratch.destroy();
  }
  return applyProven(doc, bytes, origin);
}

/** A document with `doc`'s state and root types. */
export function scratchOf(doc: Y.Doc): Y.Doc {
  const scratch = new Y.Doc({ gc: doc.gc });
  copyRootTypes(doc, scratch);
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  return scratch;
}

/**
 * The real application, after the update was proven on an equal copy; it can still throw
 * from the application's own observers, after Yjs has integrated the update; that is reported,
 * never thrown at the transport.
 */
export function applyProven(doc: Y.Doc, update: Uint8Array, origin: unknown, onTransaction?: (transaction: Y.Transaction) => void): RemoteApply {
  try {
    doc.transact((transaction) => {
      onTransaction?.(transaction);
      Y.applyUpdate(doc, update, origin);
    }, origin);
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason: `The update was valid and applied, but handling it failed: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}

/**
 * lib0 reads some fields as views on the underlying ArrayBuffer: a subarray would let a truncated
 * update read past its end into its neighbours. A standalone copy has no neighbours.
 */
export function ownBuffer(update: Uint8Array): Uint8Array {
  return update.byteOffset === 0 && update.byteLength === update.buffer.byteLength ? update : update.slice();
}

import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { RemoteOrigin } from './remote-origin';
import { scratchOf } from './remote-update';
import { proveAndJudge } from './semantic-gate';
import { decodesAsV1, integrateV1 } from './v1-update';

/**
 * The relay's own gate: every Yjs update a laptop sends a relay is judged by the same rules as any
 * peer's (semantic-gate.ts) before Hocuspocus applies it, so one laptop cannot store through the
 * relay what every other laptop's gate would refuse anyway (and be paused on). The laptops still
 * judge everything the relay sends them: the relay is a peer like any other, never trusted.
 *
 * Hocuspocus messages: varString document name · varUint type · body. Types 0 (Sync) and 4
 * (SyncReply) carry a y-protocols sync message (varUint step · varUint8Array payload); steps 1
 * (SyncStep2) and 2 (Update) carry an update. Awareness (1), Auth (2), QueryAwareness (3), Close
 * (7: the provider closing its document, which every laptop leaving sends and which carries
 * nothing) and SyncStatus (8) are passed; Stateless (5, 6) and anything else are refused: Tandem sends none,
 * and a relay that broadcast arbitrary stateless payloads would be a channel around the gate.
 *
 * The shadow is kept in step with the relay's document exactly as ShadowGate keeps it.
 */
export type RelayVerdict = { readonly ok: true; readonly update: Uint8Array | null } | { readonly ok: false; readonly rule: string; readonly reason: string };

const SYNC = 0;
const SYNC_REPLY = 4;
const PASSED = new Set([1, 2, 3, 7, 8]);
const STEP2 = 1;
const UPDATE = 2;

export class RelayGate {
  private shadow: Y.Doc;
  private stale = false;
  readonly origin = new RemoteOrigin('peer', 'a laptop through the relay');

  constructor(private readonly doc: Y.Doc) {
    this.shadow = scratchOf(doc);
    doc.on('update', this.mirror);
  }

  /** Judges one raw Hocuspocus message; on ok the shadow holds its update already. */
  judge(message: Uint8Array): RelayVerdict {
    let update: Uint8Array;
    try {
      const decoder = decoding.createDecoder(message);
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (PASSED.has(type)) return { ok: true, update: null };
      if (type !== SYNC && type !== SYNC_REPLY) return { ok: false, rule: 'message-type', reason: `message type ${type} is not relayed` };
      const step = decoding.readVarUint(decoder);
      if (step !== STEP2 && step !== UPDATE) return { ok: true, update: null };
      update = decoding.readVarUint8Array(decoder);
    } catch {
      return { ok: false, rule: 'bytes', reason: 'the message does not decode' };
    }
    const decoded = decodesAsV1(update);
    if (!decoded.ok) return { ok: false, rule: 'bytes', reason: decoded.reason };
    if (this.stale) this.rebuild();
    const verdict = proveAndJudge(this.shadow, this.doc, update, this.origin, {});
    if (!verdict.ok) {
      this.rebuild();
      return { ok: false, rule: verdict.rule ?? 'bytes', reason: verdict.reason };
    }
    return { ok: true, update };
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

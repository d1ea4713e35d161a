import type * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { FrameEncoder } from '../../../shared/sync/frame-format';
import { FrameReassembler } from '../../../shared/sync/frame-reassembler';
import { PeerSession } from '../../../shared/sync/peer-session';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { originPolicy } from '../../../shared/workspace/origins';
import { identityOf } from './workspace';

/**
 * A LAN room of N laptops, full mesh, in one process: every pair joined by one in-memory link
 * (N·(N−1)/2), each end the production PeerSession over the framing PeerLink uses (FrameEncoder →
 * FrameReassembler), merging through the ShadowGate a WorkspaceSession makes (semantic gate on).
 * Only WebRTC, the signaling server and the room crypto are left out (they carry the same bytes).
 *
 * Each laptop forwards what its document and its presence emit to every open session but the one
 * it came from, by the origin table (origins.ts: a peer's merge goes on to peers), exactly as
 * lan-sync.ts onDocUpdate / onAwarenessUpdate do. That rule lets a room whose laptops cannot all
 * reach each other still converge; in a full mesh it makes one edit (N−1)² messages: N−1 sent by its
 * author, then N−2 more by each receiver on first receipt. Duplicates are gated and found known.
 *
 * Delivery is synchronous, one frame per sending end per round until nothing is left, as
 * tests/unit/sync/peer-harness.ts does: deterministic, and the order an "all links open at once"
 * gives (every hello, then every STEP1, …). Every laptop runs on this one thread, so wall time is
 * the room's total work; `busyMs` attributes it to the laptop that received, which is what each
 * laptop would spend on its own CPU.
 */
interface End {
  readonly laptop: MeshLaptop;
  readonly session: PeerSession;
  readonly encoder: FrameEncoder;
  readonly reassembler: FrameReassembler;
  readonly outbox: Uint8Array[];
  peer: End | null;
}

export class MeshLaptop {
  readonly gate: ShadowGate;
  readonly awareness: Awareness;
  readonly ends: End[] = [];
  busyMs = 0;

  constructor(
    readonly doc: Y.Doc,
    readonly index: number,
  ) {
    this.gate = new ShadowGate(doc);
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState({ identity: identityOf(index), editing: null });
  }

  /** Starts forwarding (lan-sync.ts's rule, see the module comment): call once the links exist. */
  forward(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!originPolicy(origin).toPeers) return;
      for (const end of this.ends) if (end.session.origin !== origin) end.session.sendUpdate(update);
    });
    this.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const update = encodeAwarenessUpdate(this.awareness, [...change.added, ...change.updated, ...change.removed]);
      for (const end of this.ends) if (end.session !== origin) end.session.sendAwareness(update);
    });
  }

  /** Presence renewed, as LanSync's heartbeat does every HEARTBEAT_MS (1 s): the same state, a new clock. */
  heartbeat(): void {
    this.awareness.setLocalState(this.awareness.getLocalState());
  }

  destroy(): void {
    this.awareness.destroy();
    this.gate.destroy();
  }
}

export class Mesh {
  /** Bytes handed to the links (frames: Tandem's 18-byte header + payload; no SCTP/DTLS/IP). */
  bytes = 0;
  frames = 0;
  readonly problems: string[] = [];
  private readonly ready = new Set<End>();

  constructor(readonly laptops: readonly MeshLaptop[]) {
    for (let a = 0; a < laptops.length; a++) {
      for (let b = a + 1; b < laptops.length; b++) {
        const atA = this.end(laptops[a]!);
        const atB = this.end(laptops[b]!);
        atA.peer = atB;
        atB.peer = atA;
      }
    }
    for (const laptop of laptops) laptop.forward();
  }

  get links(): number {
    return (this.laptops.length * (this.laptops.length - 1)) / 2;
  }

  /** Every link opens at once: each session sends its hello, STEP1 and presence. */
  open(): void {
    for (const laptop of this.laptops) for (const end of laptop.ends) end.session.start();
  }

  /** Frames sent and not delivered yet. */
  get queued(): number {
    let frames = 0;
    for (const end of this.ready) frames += end.outbox.length;
    return frames;
  }

  /** Delivers until no frame is left anywhere (true), or until `deadline` (performance.now()) passes (false). */
  flush(deadline = Infinity): boolean {
    let delivered = 0;
    while (this.ready.size > 0) {
      if (performance.now() > deadline) return false;
      for (const from of [...this.ready]) {
        const frame = from.outbox.shift()!;
        if (from.outbox.length === 0) this.ready.delete(from);
        const to = from.peer!;
        const started = performance.now();
        const result = to.reassembler.accept(frame, delivered);
        if (result.kind === 'message') to.session.receive(result.message);
        else if (result.kind === 'rejected') this.problems.push(`laptop ${to.laptop.index + 1}: ${result.reason}`);
        to.laptop.busyMs += performance.now() - started;
        delivered++;
      }
    }
    return true;
  }

  destroy(): void {
    for (const laptop of this.laptops) laptop.destroy();
  }

  private end(laptop: MeshLaptop): End {
    const end: End = {
      laptop,
      encoder: new FrameEncoder(),
      reassembler: new FrameReassembler(),
      outbox: [],
      peer: null,
      session: new PeerSession(
        { doc: laptop.doc, awareness: laptop.awareness, identity: identityOf(laptop.index), merge: (update, origin) => laptop.gate.apply(update, origin) },
        (message) => {
          for (const frame of end.encoder.encode(message)) {
            this.bytes += frame.length;
            this.frames++;
            end.outbox.push(frame);
          }
          this.ready.add(end);
        },
        {
          onHello: () => undefined,
          onSynced: () => undefined,
          onRejected: (reason) => this.problems.push(`laptop ${laptop.index + 1}: ${reason}`),
          onProblem: (problem) => this.problems.push(`laptop ${laptop.index + 1}: paused with ${problem.peer}: ${problem.reason}`),
        },
      ),
    };
    laptop.ends.push(end);
    return end;
  }
}

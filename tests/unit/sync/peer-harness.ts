import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Identity } from '../../../shared/identity/identity';
import { FrameEncoder } from '../../../shared/sync/frame-format';
import { FrameReassembler } from '../../../shared/sync/frame-reassembler';
import { PeerSession, type PeerHello } from '../../../shared/sync/peer-session';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { actionsMap, authorsMap, createWorkspaceDoc, eventDatesMap, initiativesMap, institutionsMap, peopleMap } from '../../../shared/workspace/schema';

/**
 * Laptops joined by in-memory pipes, wired the way renderer/src/runtime/lan/lan-sync.ts and peer-link.ts
 * wire them, minus WebRTC: every message a PeerSession sends is cut into frames by a FrameEncoder
 * and put back together by the other side's FrameReassembler; each laptop has a real workspace
 * document, merges through ShadowGate, and forwards its document and presence updates to every
 * open session but the one they came from. Nothing moves until `flush` delivers the frames, so a
 * test controls when laptops are "offline".
 */
export class Laptop {
  readonly doc = createWorkspaceDoc();
  readonly gate = new ShadowGate(this.doc);
  readonly awareness = new Awareness(this.doc);
  readonly ends: End[] = [];
  /** The merge every session uses: ShadowGate's all-or-nothing application. */
  readonly merge = (update: Uint8Array, origin: unknown) => this.gate.apply(update, origin);

  constructor(readonly identity: Identity) {
    this.awareness.setLocalState({ identity, editing: null });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      for (const end of this.ends) if (end.open && end.session.origin !== origin) end.session.sendUpdate(update);
    });
    this.awareness.on('update', (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const update = encodeAwarenessUpdate(this.awareness, [...change.added, ...change.updated, ...change.removed]);
      for (const end of this.ends) if (end.open && end.session !== origin) end.session.sendAwareness(update);
    });
  }

  destroy(): void {
    this.gate.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** One laptop's side of one connection. */
export class End {
  readonly session: PeerSession;
  readonly hellos: PeerHello[] = [];
  syncedEvents = 0;
  readonly rejected: string[] = [];
  /** Frames the reassembler refused (none, over an honest pipe). */
  readonly frameRejections: string[] = [];
  open = false;
  /** Sizes of the whole messages this side sent, and of the frames that carried them. */
  readonly sentMessages: number[] = [];
  readonly sentFrames: number[] = [];
  readonly outbox: Uint8Array[] = [];
  other!: End;
  private readonly encoder = new FrameEncoder();
  readonly reassembler = new FrameReassembler();

  constructor(readonly laptop: Laptop) {
    this.session = new PeerSession(laptop, (bytes) => this.send(bytes), {
      onHello: (hello) => this.hellos.push(hello),
      onSynced: () => this.syncedEvents++,
      onRejected: (reason) => this.rejected.push(reason),
    });
    laptop.ends.push(this);
  }

  /** Puts a message on the wire as this side's session would; also how tests send crafted ones. */
  send(bytes: Uint8Array): void {
    const frames = this.encoder.encode(bytes);
    this.sentMessages.push(bytes.length);
    for (const frame of frames) this.sentFrames.push(frame.length);
    this.outbox.push(...frames);
  }

  start(): void {
    this.open = true;
    this.session.start();
  }

  /** Delivers one frame from the other side; whether there was one. */
  receiveOne(now: number): boolean {
    const frame = this.other.outbox.shift();
    if (!frame) return false;
    const result = this.reassembler.accept(frame, now);
    if (result.kind === 'message') this.session.receive(result.message);
    else if (result.kind === 'rejected') this.frameRejections.push(result.reason);
    return true;
  }
}

export class Connection {
  readonly a: End;
  readonly b: End;

  constructor(a: Laptop, b: Laptop) {
    this.a = new End(a);
    this.b = new End(b);
    this.a.other = this.b;
    this.b.other = this.a;
  }

  /** Both sides open (the data channel's onopen): each sends its opening messages. */
  start(): this {
    this.a.start();
    this.b.start();
    return this;
  }

  /** The connection is gone (network drop): nothing more is sent or delivered on it. */
  close(): void {
    for (const end of [this.a, this.b]) {
      end.open = false;
      end.outbox.length = 0;
      end.laptop.ends.splice(end.laptop.ends.indexOf(end), 1);
    }
  }

  /** The side of this connection on `laptop`. */
  at(laptop: Laptop): End {
    return this.a.laptop === laptop ? this.a : this.b;
  }
}

/** Delivers frames, alternating directions and connections, until no frame is left anywhere. */
export function flush(...connections: Connection[]): number {
  let delivered = 0;
  let now = 0;
  for (;;) {
    let moved = false;
    for (const connection of connections) {
      if (connection.a.receiveOne(now)) moved = true;
      if (connection.b.receiveOne(now)) moved = true;
    }
    if (!moved) return delivered;
    delivered++;
    now++;
  }
}

/** Everything a workspace holds, as plain data: equal content on two laptops means equal views. */
export function content(doc: Y.Doc): unknown {
  return {
    actions: actionsMap(doc).toJSON(),
    authors: authorsMap(doc).toJSON(),
    institutions: institutionsMap(doc).toJSON(),
    eventDates: eventDatesMap(doc).toJSON(),
    people: peopleMap(doc).toJSON(),
    initiatives: initiativesMap(doc).toJSON(),
  };
}

export const stateVector = (doc: Y.Doc): string => Buffer.from(Y.encodeStateVector(doc)).toString('hex');
export const fullState = (doc: Y.Doc): string => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('hex');

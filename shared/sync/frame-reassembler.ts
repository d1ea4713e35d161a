import { parseFrame, type ParsedFrame } from './frame-format';

/**
 * Puts one peer connection's frames (frame-format.ts) back into messages. Frames may arrive in
 * any order and more than once; a frame is never trusted:
 * - a malformed header, or a frame that contradicts what the message's other frames said
 *   (count, total length, payload size, a duplicate with different bytes) is rejected with a
 *   reason, and a contradiction drops the whole message (which of two versions is right cannot
 *   be known);
 * - memory is bounded: a message may claim at most `maxMessageBytes`, at most `maxInFlight`
 *   messages are incomplete at once, their stored payloads total at most `maxBufferedBytes`
 *   (nothing is allocated for a claimed length until its bytes arrive), and every non-last frame
 *   carries at least `minFramePayload` bytes, so a message has a bounded number of frames;
 * - a message that receives no frame for `timeoutMs` is dropped. There is no clock in here: the
 *   caller passes `now` (any monotonic milliseconds) to `accept` and `expire`.
 *
 * One reassembler per peer connection: message ids are the sender's per-connection counter, and
 * the ids of recently completed messages are remembered so that a late duplicate frame does not
 * start (or yield) the message a second time. Replace the reassembler when the connection is.
 */
export interface ReassemblerLimits {
  readonly maxMessageBytes: number;
  readonly maxInFlight: number;
  readonly maxBufferedBytes: number;
  readonly maxFramePayload: number;
  readonly minFramePayload: number;
  readonly timeoutMs: number;
}

export const DEFAULT_REASSEMBLER_LIMITS: ReassemblerLimits = {
  maxMessageBytes: 64 * 1024 * 1024,
  maxInFlight: 4,
  maxBufferedBytes: 128 * 1024 * 1024,
  // Chromium's own data-channel limit: a larger frame could not have come from a browser.
  maxFramePayload: 256 * 1024,
  minFramePayload: 1024,
  timeoutMs: 60_000,
};

export type FrameResult =
  | { readonly kind: 'message'; readonly messageId: number; readonly message: Uint8Array }
  | { readonly kind: 'partial'; readonly messageId: number }
  | { readonly kind: 'duplicate'; readonly messageId: number }
  | { readonly kind: 'rejected'; readonly reason: string; readonly dropped: number | null };

interface Incoming {
  readonly count: number;
  readonly totalLength: number;
  readonly frames: Map<number, Uint8Array>;
  /** Payload size of the non-last frames, once one of them has arrived. */
  payloadSize: number | null;
  bytes: number;
  lastSeen: number;
}

/** How many completed ids to remember against late duplicates. */
const COMPLETED_MEMORY = 64;

export class FrameReassembler {
  private readonly limits: ReassemblerLimits;
  private readonly incoming = new Map<number, Incoming>();
  private readonly completed: number[] = [];
  private buffered = 0;

  constructor(limits: Partial<ReassemblerLimits> = {}) {
    this.limits = { ...DEFAULT_REASSEMBLER_LIMITS, ...limits };
  }

  get inFlight(): number {
    return this.incoming.size;
  }

  get bufferedBytes(): number {
    return this.buffered;
  }

  /** Drops incomplete messages idle for more than `timeoutMs`; returns their ids. */
  expire(now: number): number[] {
    const dropped: number[] = [];
    for (const [id, message] of this.incoming) {
      if (now - message.lastSeen > this.limits.timeoutMs) {
        this.drop(id);
        dropped.push(id);
      }
    }
    return dropped;
  }

  accept(bytes: Uint8Array, now: number): FrameResult {
    this.expire(now);
    const parsed = parseFrame(bytes);
    if (!parsed.ok) return { kind: 'rejected', reason: parsed.reason, dropped: null };
    const frame = parsed.frame;
    if (frame.payload.length > this.limits.maxFramePayload) {
      return this.reject(frame.messageId, `frame ${frame.index} carries ${frame.payload.length} bytes, above the ${this.limits.maxFramePayload}-byte frame limit.`);
    }
    if (this.completed.includes(frame.messageId)) return { kind: 'duplicate', messageId: frame.messageId };
    const existing = this.incoming.get(frame.messageId);
    const message = existing ?? this.start(frame, now);
    if (typeof message === 'string') return { kind: 'rejected', reason: `Message ${frame.messageId}: ${message}`, dropped: null };
    const problem = this.check(message, frame);
    if (problem === 'duplicate') {
      message.lastSeen = now;
      return { kind: 'duplicate', messageId: frame.messageId };
    }
    if (problem) return this.reject(frame.messageId, problem);
    if (this.buffered + frame.payload.length > this.limits.maxBufferedBytes) {
      return this.reject(frame.messageId, `buffering frame ${frame.index} would exceed ${this.limits.maxBufferedBytes} bytes held for incomplete messages.`);
    }
    // A copy: the caller's buffer may be reused, and a subarray would pin the whole frame.
    message.frames.set(frame.index, frame.payload.slice());
    message.bytes += frame.payload.length;
    this.buffered += frame.payload.length;
    message.lastSeen = now;
    if (message.frames.size < message.count) return { kind: 'partial', messageId: frame.messageId };
    return this.complete(frame.messageId, message);
  }

  /** A new incoming message, or why it cannot be started. */
  private start(frame: ParsedFrame, now: number): Incoming | string {
    const { maxMessageBytes, maxInFlight, minFramePayload } = this.limits;
    if (frame.totalLength > maxMessageBytes) return `${frame.totalLength} bytes exceed the ${maxMessageBytes}-byte message limit.`;
    if (frame.count > 1 && frame.count > Math.ceil(frame.totalLength / minFramePayload)) {
      return `${frame.count} frames for ${frame.totalLength} bytes means frames under the ${minFramePayload}-byte minimum.`;
    }
    if (this.incoming.size >= maxInFlight) return `${maxInFlight} messages are already incomplete from this peer.`;
    const message: Incoming = { count: frame.count, totalLength: frame.totalLength, frames: new Map(), payloadSize: null, bytes: 0, lastSeen: now };
    this.incoming.set(frame.messageId, message);
    return message;
  }

  /** Whether `frame` fits what the message's earlier frames established. */
  private check(message: Incoming, frame: ParsedFrame): string | 'duplicate' | null {
    const { index, payload } = frame;
    if (frame.count !== message.count || frame.totalLength !== message.totalLength) {
      return `frame ${index} says ${frame.count} frames and ${frame.totalLength} bytes; earlier frames said ${message.count} and ${message.totalLength}.`;
    }
    const seen = message.frames.get(index);
    if (seen) return equalBytes(seen, payload) ? 'duplicate' : `frame ${index} arrived twice with different content.`;
    const last = message.count - 1;
    if (index === last) {
      if (message.count === 1 && payload.length !== message.totalLength) {
        return `its only frame carries ${payload.length} bytes, not ${message.totalLength}.`;
      }
      if (message.payloadSize !== null && payload.length !== message.totalLength - last * message.payloadSize) {
        return `last frame carries ${payload.length} bytes; ${message.totalLength - last * message.payloadSize} were left.`;
      }
      return null;
    }
    if (message.payloadSize !== null) {
      return payload.length === message.payloadSize ? null : `frame ${index} carries ${payload.length} bytes, its other frames ${message.payloadSize}.`;
    }
    const size = payload.length;
    if (size < this.limits.minFramePayload) return `frame ${index} carries ${size} bytes, under the ${this.limits.minFramePayload}-byte minimum.`;
    if (Math.ceil(message.totalLength / size) !== message.count) {
      return `${message.count} frames of ${size} bytes cannot carry ${message.totalLength} bytes.`;
    }
    const lastFrame = message.frames.get(last);
    if (lastFrame && lastFrame.length !== message.totalLength - last * size) {
      return `frame ${index} carries ${size} bytes, which leaves ${message.totalLength - last * size} for the last frame; it carried ${lastFrame.length}.`;
    }
    message.payloadSize = size;
    return null;
  }

  private complete(id: number, message: Incoming): FrameResult {
    this.drop(id);
    this.completed.push(id);
    if (this.completed.length > COMPLETED_MEMORY) this.completed.shift();
    // Implied by the checks in `check`; kept so that a flaw there can never yield a wrong-sized message.
    if (message.bytes !== message.totalLength) {
      return { kind: 'rejected', reason: `Message ${id}: its frames add up to ${message.bytes} bytes, not ${message.totalLength}.`, dropped: id };
    }
    const whole = new Uint8Array(message.totalLength);
    let offset = 0;
    for (let index = 0; index < message.count; index++) {
      const part = message.frames.get(index) as Uint8Array;
      whole.set(part, offset);
      offset += part.length;
    }
    return { kind: 'message', messageId: id, message: whole };
  }

  private reject(id: number, reason: string): FrameResult {
    const had = (this.incoming.get(id)?.frames.size ?? 0) > 0;
    this.drop(id);
    return { kind: 'rejected', reason: `Message ${id}: ${reason}`, dropped: had ? id : null };
  }

  private drop(id: number): void {
    const message = this.incoming.get(id);
    if (!message) return;
    this.buffered -= message.bytes;
    this.incoming.delete(id);
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

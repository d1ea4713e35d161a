/**
 * Framing for data-channel messages. Chromium (and so y-webrtc) silently drops a data-channel
 * message above 256 KiB, so a large catch-up (the first sync of a big workspace, a long offline
 * divergence) would never arrive whole. Every message is cut into frames that each carry a fixed
 * header, and the receiver (frame-reassembler.ts) puts them back together.
 *
 *   offset  size  field
 *   0       1     magic 0x54 ('T')
 *   1       1     format version (1)
 *   2       4     message id     (uint32, big-endian; per sender, wraps)
 *   6       4     frame index    (uint32, 0-based)
 *   10      4     frame count    (uint32, ≥ 1)
 *   14      4     total length   (uint32, bytes of the whole message)
 *   18      …     payload
 *
 * Invariants of a well-formed message: every frame but the last carries the same payload size P,
 * the last carries the rest (1..P bytes, or 0 for an empty message sent as one frame), and
 * count = max(1, ceil(total / P)). The receiver checks them; it never trusts a header.
 */
export const FRAME_MAGIC = 0x54;
export const FRAME_VERSION = 1;
export const FRAME_HEADER_BYTES = 18;
/** 16 KiB: the payload size every browser carries without fragmentation trouble. */
export const DEFAULT_FRAME_PAYLOAD = 16 * 1024;
const UINT32_LIMIT = 0x1_0000_0000;

export interface FrameHeader {
  readonly messageId: number;
  readonly index: number;
  readonly count: number;
  readonly totalLength: number;
}

export interface ParsedFrame extends FrameHeader {
  readonly payload: Uint8Array;
}

export type FrameParse = { readonly ok: true; readonly frame: ParsedFrame } | { readonly ok: false; readonly reason: string };

/** Splits `message` into frames of at most `payloadSize` payload bytes each (plus the header). */
export function encodeFrames(message: Uint8Array, messageId: number, payloadSize = DEFAULT_FRAME_PAYLOAD): Uint8Array[] {
  if (!Number.isInteger(payloadSize) || payloadSize < 1) throw new RangeError(`Frame payload size must be a positive integer, not ${payloadSize}.`);
  if (!Number.isInteger(messageId) || messageId < 0 || messageId >= UINT32_LIMIT) throw new RangeError(`Message id ${messageId} is not a uint32.`);
  if (message.length >= UINT32_LIMIT) throw new RangeError(`A message of ${message.length} bytes cannot be framed (uint32 length).`);
  const count = Math.max(1, Math.ceil(message.length / payloadSize));
  const frames: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const payload = message.subarray(index * payloadSize, Math.min(message.length, (index + 1) * payloadSize));
    const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.length);
    const view = new DataView(frame.buffer);
    view.setUint8(0, FRAME_MAGIC);
    view.setUint8(1, FRAME_VERSION);
    view.setUint32(2, messageId);
    view.setUint32(6, index);
    view.setUint32(10, count);
    view.setUint32(14, message.length);
    frame.set(payload, FRAME_HEADER_BYTES);
    frames.push(frame);
  }
  return frames;
}

/**
 * One sender's frame encoder: numbers its messages 0, 1, 2… (wrapping at 2³²). Use one per
 * connection; the receiver keeps one reassembler per connection, so ids need only be unique
 * among the messages of one connection that can be in flight at once.
 */
export class FrameEncoder {
  private nextId = 0;

  constructor(private readonly payloadSize = DEFAULT_FRAME_PAYLOAD) {}

  encode(message: Uint8Array): Uint8Array[] {
    const frames = encodeFrames(message, this.nextId, this.payloadSize);
    this.nextId = (this.nextId + 1) % UINT32_LIMIT;
    return frames;
  }
}

/** Reads and checks one frame's header on its own; consistency across frames is the reassembler's. */
export function parseFrame(frame: Uint8Array): FrameParse {
  if (!(frame instanceof Uint8Array)) return { ok: false, reason: 'A frame must be bytes.' };
  if (frame.length < FRAME_HEADER_BYTES) return { ok: false, reason: `A frame of ${frame.length} bytes is shorter than the ${FRAME_HEADER_BYTES}-byte header.` };
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  if (view.getUint8(0) !== FRAME_MAGIC) return { ok: false, reason: `Not a Tandem frame (magic byte 0x${view.getUint8(0).toString(16)}).` };
  const version = view.getUint8(1);
  if (version !== FRAME_VERSION) return { ok: false, reason: `Unsupported frame version ${version} (this app reads version ${FRAME_VERSION}).` };
  const messageId = view.getUint32(2);
  const index = view.getUint32(6);
  const count = view.getUint32(10);
  const totalLength = view.getUint32(14);
  const payload = frame.subarray(FRAME_HEADER_BYTES);
  if (count === 0) return { ok: false, reason: `Message ${messageId}: a frame count of 0.` };
  if (index >= count) return { ok: false, reason: `Message ${messageId}: frame index ${index} is out of range (count ${count}).` };
  if (count > Math.max(1, totalLength)) {
    return { ok: false, reason: `Message ${messageId}: ${count} frames cannot carry ${totalLength} bytes (every frame but an empty message's carries at least one).` };
  }
  if (payload.length > totalLength) return { ok: false, reason: `Message ${messageId}: frame ${index} carries ${payload.length} bytes, more than the message's ${totalLength}.` };
  if (payload.length === 0 && totalLength > 0) return { ok: false, reason: `Message ${messageId}: frame ${index} is empty.` };
  return { ok: true, frame: { messageId, index, count, totalLength, payload } };
}

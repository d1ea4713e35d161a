import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FRAME_PAYLOAD, encodeFrames, FRAME_HEADER_BYTES, FrameEncoder } from '../../../shared/sync/frame-format';
import { FrameReassembler, type FrameResult } from '../../../shared/sync/frame-reassembler';

/** A deterministic shuffle from a fast-check seed (mulberry32), so failures replay. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const messages = (results: FrameResult[]) => results.flatMap((result) => (result.kind === 'message' ? [result] : []));

describe('frame encoder', () => {
  it('cuts at 16 KiB of payload by default, plus the header', () => {
    const frames = encodeFrames(new Uint8Array(40 * 1024), 7);
    expect(frames.map((frame) => frame.length)).toEqual([DEFAULT_FRAME_PAYLOAD, DEFAULT_FRAME_PAYLOAD, 8 * 1024].map((n) => n + FRAME_HEADER_BYTES));
  });

  it('sends an empty message as one frame', () => {
    const frames = encodeFrames(new Uint8Array(0), 0);
    expect(frames).toHaveLength(1);
    const result = new FrameReassembler().accept(frames[0] as Uint8Array, 0);
    expect(result).toMatchObject({ kind: 'message', message: new Uint8Array(0) });
  });

  it('numbers messages per encoder', () => {
    const encoder = new FrameEncoder(4);
    const receiver = new FrameReassembler({ minFramePayload: 1 });
    const ids = [1, 2, 3].map((n) => {
      const results = encoder.encode(new Uint8Array(n * 5).fill(n)).map((frame) => receiver.accept(frame, 0));
      return messages(results)[0]?.messageId;
    });
    expect(ids).toEqual([0, 1, 2]);
  });

  it('refuses a payload size that is not a positive integer', () => {
    expect(() => encodeFrames(new Uint8Array(3), 0, 0)).toThrow(RangeError);
    expect(() => encodeFrames(new Uint8Array(3), -1)).toThrow(RangeError);
  });

  it('carries a 5 MiB catch-up (far above the 256 KiB data-channel limit) through default frames', () => {
    const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    const frames = new FrameEncoder().encode(big);
    expect(Math.max(...frames.map((frame) => frame.length))).toBeLessThanOrEqual(DEFAULT_FRAME_PAYLOAD + FRAME_HEADER_BYTES);
    const receiver = new FrameReassembler();
    const out = messages(shuffle(frames, 42).map((frame) => receiver.accept(frame, 0)));
    expect(out).toHaveLength(1);
    // Compared as one string of bytes: a deep toEqual over 5 MiB takes seconds.
    expect(Buffer.from(out[0]?.message ?? []).equals(Buffer.from(big))).toBe(true);
    expect(receiver.bufferedBytes).toBe(0);
  });
});

describe('reassembly properties', () => {
  it('any message, split at any size and delivered in any order with duplicates, comes out once and exact', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.integer(),
        (message, payloadSize, duplicates, seed) => {
          const frames = encodeFrames(message, 9, payloadSize);
          const extra = duplicates.map((n) => frames[n % frames.length] as Uint8Array);
          const receiver = new FrameReassembler({ minFramePayload: 1 });
          const results = shuffle([...frames, ...extra], seed).map((frame) => receiver.accept(frame, 0));
          expect(results.filter((result) => result.kind === 'rejected')).toEqual([]);
          const out = messages(results);
          expect(out).toHaveLength(1);
          expect(out[0]?.message).toEqual(message);
          expect(receiver.inFlight).toBe(0);
          expect(receiver.bufferedBytes).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('interleaved messages from one peer each come out once and exact', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 800 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 200 }), fc.integer(), (sent, size, seed) => {
        const encoder = new FrameEncoder(size);
        const frames = sent.flatMap((message) => encoder.encode(message));
        const receiver = new FrameReassembler({ minFramePayload: 1, maxInFlight: 4 });
        const out = messages(shuffle(frames, seed).map((frame) => receiver.accept(frame, 0)));
        expect(out.sort((a, b) => a.messageId - b.messageId).map((result) => result.message)).toEqual(sent);
      }),
      { numRuns: 200 },
    );
  });

  it('random bytes never throw: they are rejected or wait as a partial message, and time out', () => {
    const header = fc.tuple(fc.constantFrom(0x54, 0x00, 0xff), fc.constantFrom(1, 0, 2), fc.uint8Array({ minLength: 16, maxLength: 16 }));
    const frame = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.tuple(header, fc.uint8Array({ maxLength: 64 })).map(([[magic, version, rest], payload]) => Uint8Array.from([magic, version, ...rest, ...payload])),
    );
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 30 }), (frames) => {
        const receiver = new FrameReassembler({ minFramePayload: 1, maxBufferedBytes: 512, timeoutMs: 10 });
        for (const bytes of frames) {
          const result = receiver.accept(bytes, 0);
          expect(['rejected', 'partial', 'duplicate', 'message']).toContain(result.kind);
          expect(receiver.bufferedBytes).toBeLessThanOrEqual(512);
          expect(receiver.inFlight).toBeLessThanOrEqual(4);
        }
        receiver.expire(11);
        expect(receiver.inFlight).toBe(0);
        expect(receiver.bufferedBytes).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('bit flips in delivered frames never throw, and whatever is left incomplete times out', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 1500 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 5 }),
        fc.integer(),
        (message, size, flips, seed) => {
          const frames = encodeFrames(message, 3, size).map((frame) => frame.slice());
          for (const [which, at, bit] of flips) {
            const frame = frames[which % frames.length] as Uint8Array;
            frame[at % frame.length] = (frame[at % frame.length] as number) ^ (1 << bit);
          }
          const receiver = new FrameReassembler({ minFramePayload: 1, timeoutMs: 10 });
          const results = shuffle(frames, seed).map((frame) => receiver.accept(frame, 0));
          // A flipped header bit must never yield a message of another length.
          for (const out of messages(results)) expect(out.message.length).toBe(message.length);
          receiver.expire(11);
          expect(receiver.bufferedBytes).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

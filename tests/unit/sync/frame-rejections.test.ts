import { describe, expect, it } from 'vitest';
import { encodeFrames } from '../../../shared/sync/frame-format';
import { FrameReassembler, type FrameResult } from '../../../shared/sync/frame-reassembler';

/** A frame with a hand-written header, for the cases the encoder never produces. */
function frame(fields: { magic?: number; version?: number; id?: number; index: number; count: number; total: number }, payload: number[]): Uint8Array {
  const bytes = new Uint8Array(18 + payload.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, fields.magic ?? 0x54);
  view.setUint8(1, fields.version ?? 1);
  view.setUint32(2, fields.id ?? 1);
  view.setUint32(6, fields.index);
  view.setUint32(10, fields.count);
  view.setUint32(14, fields.total);
  bytes.set(payload, 18);
  return bytes;
}

const small = () => new FrameReassembler({ minFramePayload: 1 });
const reason = (result: FrameResult) => (result.kind === 'rejected' ? result.reason : `not rejected: ${result.kind}`);

describe('frame reassembler refuses malformed frames with a reason', () => {
  it('a frame shorter than the header', () => {
    expect(reason(small().accept(new Uint8Array(5), 0))).toMatch(/shorter than the 18-byte header/);
  });

  it('a wrong magic byte or an unknown version', () => {
    expect(reason(small().accept(frame({ magic: 0x00, index: 0, count: 1, total: 1 }, [1]), 0))).toMatch(/Not a Tandem frame/);
    expect(reason(small().accept(frame({ version: 2, index: 0, count: 1, total: 1 }, [1]), 0))).toMatch(/Unsupported frame version 2/);
  });

  it('a zero count, an index out of range, more frames than bytes', () => {
    expect(reason(small().accept(frame({ index: 0, count: 0, total: 1 }, [1]), 0))).toMatch(/frame count of 0/);
    expect(reason(small().accept(frame({ index: 3, count: 3, total: 3 }, [1]), 0))).toMatch(/index 3 is out of range/);
    expect(reason(small().accept(frame({ index: 0, count: 5, total: 2 }, [1]), 0))).toMatch(/5 frames cannot carry 2 bytes/);
  });

  it('a payload longer than the message, or an empty frame of a non-empty message', () => {
    expect(reason(small().accept(frame({ index: 0, count: 1, total: 1 }, [1, 2]), 0))).toMatch(/more than the message/);
    expect(reason(small().accept(frame({ index: 0, count: 2, total: 2 }, []), 0))).toMatch(/is empty/);
  });

  it('a single frame whose payload is not the whole message', () => {
    expect(reason(small().accept(frame({ index: 0, count: 1, total: 3 }, [1, 2]), 0))).toMatch(/only frame carries 2 bytes, not 3/);
  });

  it('a message above the size limit, before buffering anything', () => {
    const receiver = new FrameReassembler({ maxMessageBytes: 1000, minFramePayload: 1 });
    expect(reason(receiver.accept(frame({ index: 0, count: 2, total: 1001 }, [1]), 0))).toMatch(/1001 bytes exceed the 1000-byte message limit/);
    expect(receiver.inFlight).toBe(0);
  });

  it('a frame above the frame limit', () => {
    const receiver = new FrameReassembler({ maxFramePayload: 4, minFramePayload: 1 });
    expect(reason(receiver.accept(frame({ index: 0, count: 1, total: 5 }, [1, 2, 3, 4, 5]), 0))).toMatch(/above the 4-byte frame limit/);
  });

  it('frames smaller than the minimum payload (a message of millions of tiny frames)', () => {
    const receiver = new FrameReassembler({ minFramePayload: 1024 });
    expect(reason(receiver.accept(frame({ index: 0, count: 1000, total: 1000 }, [1]), 0))).toMatch(/under the 1024-byte minimum/);
  });

  it('a frame that contradicts the count or length of earlier frames, dropping the message', () => {
    const receiver = small();
    expect(receiver.accept(frame({ index: 0, count: 3, total: 6 }, [1, 2]), 0).kind).toBe('partial');
    const result = receiver.accept(frame({ index: 1, count: 4, total: 6 }, [3, 4]), 0);
    expect(reason(result)).toMatch(/says 4 frames and 6 bytes; earlier frames said 3 and 6/);
    expect(result).toMatchObject({ dropped: 1 });
    expect(receiver.inFlight).toBe(0);
    expect(receiver.bufferedBytes).toBe(0);
  });

  it('non-last frames of different sizes, and a last frame that does not hold the rest', () => {
    const sizes = small();
    sizes.accept(frame({ index: 0, count: 3, total: 7 }, [1, 2, 3]), 0);
    expect(reason(sizes.accept(frame({ index: 1, count: 3, total: 7 }, [1, 2]), 0))).toMatch(/carries 2 bytes, its other frames 3/);
    const last = small();
    last.accept(frame({ index: 0, count: 3, total: 7 }, [1, 2, 3]), 0);
    expect(reason(last.accept(frame({ index: 2, count: 3, total: 7 }, [1, 2]), 0))).toMatch(/last frame carries 2 bytes; 1 were left/);
    const lastFirst = small();
    lastFirst.accept(frame({ index: 2, count: 3, total: 7 }, [1, 2]), 0);
    expect(reason(lastFirst.accept(frame({ index: 0, count: 3, total: 7 }, [1, 2, 3]), 0))).toMatch(/leaves 1 for the last frame; it carried 2/);
    const wrongCount = small();
    expect(reason(wrongCount.accept(frame({ index: 0, count: 3, total: 7 }, [1, 2, 3, 4]), 0))).toMatch(/3 frames of 4 bytes cannot carry 7 bytes/);
  });

  it('a duplicate frame: ignored when identical, the message dropped when different', () => {
    const receiver = small();
    const [first, second] = encodeFrames(Uint8Array.from([1, 2, 3, 4]), 1, 2) as [Uint8Array, Uint8Array];
    receiver.accept(first, 0);
    expect(receiver.accept(first, 0).kind).toBe('duplicate');
    const forged = first.slice();
    forged[18] = 99;
    expect(reason(receiver.accept(forged, 0))).toMatch(/frame 0 arrived twice with different content/);
    expect(receiver.accept(second, 0).kind).toBe('partial');
  });

  it('a late duplicate of a completed message is not yielded again', () => {
    const receiver = small();
    const [only] = encodeFrames(Uint8Array.from([5]), 4) as [Uint8Array];
    expect(receiver.accept(only, 0).kind).toBe('message');
    expect(receiver.accept(only, 0).kind).toBe('duplicate');
  });
});

describe('frame reassembler bounds memory', () => {
  it('refuses a new message when too many are incomplete', () => {
    const receiver = new FrameReassembler({ maxInFlight: 2, minFramePayload: 1 });
    receiver.accept(frame({ id: 1, index: 0, count: 2, total: 2 }, [1]), 0);
    receiver.accept(frame({ id: 2, index: 0, count: 2, total: 2 }, [1]), 0);
    expect(reason(receiver.accept(frame({ id: 3, index: 0, count: 2, total: 2 }, [1]), 0))).toMatch(/2 messages are already incomplete/);
    expect(receiver.accept(frame({ id: 1, index: 1, count: 2, total: 2 }, [2]), 0).kind).toBe('message');
    expect(receiver.accept(frame({ id: 3, index: 0, count: 2, total: 2 }, [1]), 0).kind).toBe('partial');
  });

  it('refuses to buffer more than the byte limit across incomplete messages', () => {
    const receiver = new FrameReassembler({ maxBufferedBytes: 5, minFramePayload: 1 });
    receiver.accept(frame({ id: 1, index: 0, count: 2, total: 8 }, [1, 2, 3, 4]), 0);
    const result = receiver.accept(frame({ id: 2, index: 0, count: 2, total: 4 }, [1, 2]), 0);
    expect(reason(result)).toMatch(/would exceed 5 bytes held/);
    expect(receiver.bufferedBytes).toBe(4);
  });

  it('drops an incomplete message idle for longer than the timeout, and frees its bytes', () => {
    const receiver = new FrameReassembler({ timeoutMs: 1000, minFramePayload: 1 });
    receiver.accept(frame({ id: 1, index: 0, count: 2, total: 2 }, [1]), 0);
    expect(receiver.expire(1000)).toEqual([]);
    receiver.accept(frame({ id: 1, index: 0, count: 2, total: 2 }, [1]), 900);
    expect(receiver.expire(1900)).toEqual([]);
    expect(receiver.expire(1901)).toEqual([1]);
    expect(receiver.bufferedBytes).toBe(0);
    // Its last frame now starts a new message instead of completing the dropped one.
    expect(receiver.accept(frame({ id: 1, index: 1, count: 2, total: 2 }, [2]), 1902).kind).toBe('partial');
  });
});

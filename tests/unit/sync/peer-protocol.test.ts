import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import {
  encodePeerMessage,
  MAX_HELLO_BYTES,
  MAX_REFUSAL_CHARS,
  parsePeerMessage,
  PeerMessageType,
  type PeerMessage,
  type PeerMessageParse,
} from '../../../shared/sync/peer-protocol';

/** One of each message type, with payloads that exercise the varint length (0, 1, 127, 128+ bytes). */
const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
const samples: PeerMessage[] = [
  { type: 'hello', json: JSON.stringify({ protocol: 1, clientId: 42, identity: { name: 'Dana', delegation: 'us', role: 'delegate' } }) },
  { type: 'hello', json: '' },
  { type: 'hello', json: 'Ünïcødé ✓ 漢字' },
  { type: 'step1', stateVector: bytes(0) },
  { type: 'step1', stateVector: bytes(5) },
  { type: 'step2', update: bytes(127) },
  { type: 'step2', update: bytes(128) },
  { type: 'update', update: bytes(1) },
  { type: 'update', update: bytes(70_000) },
  { type: 'awareness', update: bytes(0) },
  { type: 'awareness', update: bytes(300) },
];

/** A message arbitrary covering every type, for the property tests. */
const messageArb: fc.Arbitrary<PeerMessage> = fc.oneof(
  fc.string({ maxLength: 200 }).map((json): PeerMessage => ({ type: 'hello', json })),
  fc.uint8Array({ maxLength: 300 }).map((stateVector): PeerMessage => ({ type: 'step1', stateVector })),
  fc.tuple(fc.constantFrom('step2' as const, 'update' as const), fc.uint8Array({ maxLength: 300 })).map(([type, update]): PeerMessage => ({ type, update })),
  fc.uint8Array({ maxLength: 300 }).map((update): PeerMessage => ({ type: 'awareness', update })),
);

/** A parse that failed, with its reason; fails the test if it did not. */
function refusal(parsed: PeerMessageParse): string {
  if (parsed.ok) throw new Error(`expected a refusal, got a ${parsed.message.type} message`);
  return parsed.reason;
}

describe('peer protocol round trip', () => {
  it.each(samples.map((message) => [message.type, message] as const))('a %s message reads back as itself', (_type, message) => {
    const encoded = encodePeerMessage(message);
    expect(encoded[0]).toBe(PeerMessageType[message.type]);
    expect(parsePeerMessage(encoded)).toEqual({ ok: true, message });
  });

  it('every message, whatever its payload (fast-check)', () => {
    fc.assert(
      fc.property(messageArb, (message) => {
        expect(parsePeerMessage(encodePeerMessage(message))).toEqual({ ok: true, message });
      }),
    );
  });
});

describe('peer protocol refusals', () => {
  it('never throws on random bytes, and gives a reason whenever it refuses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const parsed = parsePeerMessage(input);
        if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a known type byte followed by random bytes (the path that reads a field)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.uint8Array({ maxLength: 64 }), (type, rest) => {
        const parsed = parsePeerMessage(Uint8Array.of(type, ...rest));
        if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every truncation of a valid message, as a copy and as a view on a longer buffer', () => {
    fc.assert(
      fc.property(messageArb, fc.nat(), (message, cut) => {
        const encoded = encodePeerMessage(message);
        const length = cut % encoded.length;
        expect(refusal(parsePeerMessage(encoded.slice(0, length)))).toMatch(/empty|cut short/);
        // A view must not be read past its end into the bytes that follow it in the buffer.
        expect(refusal(parsePeerMessage(encoded.subarray(0, length)))).toMatch(/empty|cut short/);
      }),
    );
  });

  it('refuses a valid message followed by trailing bytes, counting them', () => {
    fc.assert(
      fc.property(messageArb, fc.uint8Array({ minLength: 1, maxLength: 20 }), (message, extra) => {
        const encoded = encodePeerMessage(message);
        const padded = new Uint8Array(encoded.length + extra.length);
        padded.set(encoded);
        padded.set(extra, encoded.length);
        expect(refusal(parsePeerMessage(padded))).toBe(`${extra.length} bytes after a ${message.type} message.`);
      }),
    );
  });

  it('refuses an empty message and an unknown type', () => {
    expect(refusal(parsePeerMessage(new Uint8Array(0)))).toBe('An empty message.');
    expect(refusal(parsePeerMessage(Uint8Array.of(6, 0)))).toBe('Unknown message type 6.');
    expect(refusal(parsePeerMessage(Uint8Array.of(255)))).toBe('Unknown message type 255.');
  });

  it('refuses a length prefix larger than the message', () => {
    expect(refusal(parsePeerMessage(Uint8Array.of(PeerMessageType.update, 10, 1, 2)))).toBe('A message cut short.');
    // A varint that never ends.
    expect(refusal(parsePeerMessage(Uint8Array.of(PeerMessageType.step1, 0xff, 0xff, 0xff)))).toBe('A message cut short.');
  });

  it('accepts a hello at the limit and refuses one above it', () => {
    const atLimit: PeerMessage = { type: 'hello', json: 'x'.repeat(MAX_HELLO_BYTES) };
    expect(parsePeerMessage(encodePeerMessage(atLimit))).toEqual({ ok: true, message: atLimit });
    const over = encodePeerMessage({ type: 'hello', json: 'x'.repeat(MAX_HELLO_BYTES + 1) });
    expect(refusal(parsePeerMessage(over))).toBe(`A hello of ${MAX_HELLO_BYTES + 1} characters (at most ${MAX_HELLO_BYTES}).`);
    const huge = encodePeerMessage({ type: 'hello', json: 'x'.repeat(1_000_000) });
    expect(refusal(parsePeerMessage(huge))).toMatch(/A hello of 1000000 characters/);
  });
});

describe('peer protocol: REFUSED', () => {
  it('carries a refusal’s reason, cut to its limit when sent, refused over it when received', () => {
    const sent = parsePeerMessage(encodePeerMessage({ type: 'refused', reason: 'The update erases the action a1.' }));
    expect(sent).toEqual({ ok: true, message: { type: 'refused', reason: 'The update erases the action a1.' } });
    const long = parsePeerMessage(encodePeerMessage({ type: 'refused', reason: 'r'.repeat(MAX_REFUSAL_CHARS + 50) }));
    expect(long.ok && long.message.type === 'refused' ? long.message.reason.length : 0).toBe(MAX_REFUSAL_CHARS);
    const encoder = encoding.createEncoder();
    encoding.writeUint8(encoder, PeerMessageType.refused);
    encoding.writeVarString(encoder, 'r'.repeat(MAX_REFUSAL_CHARS + 1));
    expect(parsePeerMessage(encoding.toUint8Array(encoder))).toEqual({ ok: false, reason: `A refusal of ${MAX_REFUSAL_CHARS + 1} characters (at most ${MAX_REFUSAL_CHARS}).` });
  });
});

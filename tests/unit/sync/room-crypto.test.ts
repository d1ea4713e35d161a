import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { decryptJson, deriveRoomKey, encryptJson } from '../../../renderer/src/runtime/lan/room-crypto';

/**
 * The room's encryption, in Node (crypto.subtle, btoa and atob are globals there as in a browser).
 * Keys take 100,000 PBKDF2 rounds, so the few used here are derived once.
 */

/** y-webrtc's own crypto module (not in its package exports, so loaded by path), as typed in its dist. */
interface YWebrtcCrypto {
  deriveKey(secret: string, roomName: string): PromiseLike<CryptoKey>;
  encryptJson(data: unknown, key: CryptoKey | null): PromiseLike<Uint8Array>;
  decryptJson(data: Uint8Array, key: CryptoKey | null): PromiseLike<unknown>;
}
const Y_WEBRTC_CRYPTO = '../../../node_modules/y-webrtc/src/crypto.js';
const yWebrtc = (await import(/* @vite-ignore */ Y_WEBRTC_CRYPTO)) as YWebrtcCrypto;

const room = 'K7Q3M9XD';
const passphrase = 'ABCD-EFGH-JKMN-PQRS';
const key = await deriveRoomKey(passphrase, room);
const otherPassphrase = await deriveRoomKey('ABCD-EFGH-JKMN-PQRT', room);
const otherRoom = await deriveRoomKey(passphrase, 'K7Q3M9XE');

const message = { type: 'signal', from: 'peer-a', to: 'peer-b', description: { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' } };

// y-webrtc sends its ciphertext base64-encoded (lib0/buffer toBase64), as room-crypto does.
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** The envelope room-crypto and y-webrtc both send: 'AES-GCM', iv, ciphertext. */
function envelope(algorithm: string, iv: Uint8Array, cipher: Uint8Array): string {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, algorithm);
  encoding.writeVarUint8Array(encoder, iv);
  encoding.writeVarUint8Array(encoder, cipher);
  return toBase64(encoding.toUint8Array(encoder));
}

describe('room crypto', () => {
  it('round-trips JSON values under the room key', async () => {
    for (const value of [message, { type: 'announce', from: 'a' }, 'text', 42, -7, 1.5, true, null, [1, 'two', { three: 3 }], { unicode: 'שלום ✓' }]) {
      await expect(decryptJson(await encryptJson(value, key), key)).resolves.toEqual({ ok: true, value });
    }
  });

  it('uses a fresh IV per message: the same value never encrypts the same way twice', async () => {
    const first = await encryptJson(message, key);
    const second = await encryptJson(message, key);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('derives the same key from the same passphrase and room (two laptops meet)', async () => {
    const again = await deriveRoomKey(passphrase, room);
    await expect(decryptJson(await encryptJson(message, key), again)).resolves.toEqual({ ok: true, value: message });
  });

  it('reports another passphrase or another room as wrong-key, never as a throw or a rejection', async () => {
    const sealed = await encryptJson(message, key);
    await expect(decryptJson(sealed, otherPassphrase)).resolves.toEqual({ ok: false, reason: 'wrong-key' });
    await expect(decryptJson(sealed, otherRoom)).resolves.toEqual({ ok: false, reason: 'wrong-key' });
    await expect(decryptJson(await encryptJson(message, otherPassphrase), key)).resolves.toEqual({ ok: false, reason: 'wrong-key' });
  });

  it('reports an altered ciphertext as wrong-key (the GCM tag fails)', async () => {
    const bytes = fromBase64(await encryptJson(message, key));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    await expect(decryptJson(toBase64(bytes), key)).resolves.toEqual({ ok: false, reason: 'wrong-key' });
  });

  it.each<[string, () => string]>([
    ['text that is not base64', () => 'not base64 at all!'],
    ['an empty string', () => ''],
    ['base64 of nothing readable', () => toBase64(Uint8Array.of(200))],
    ['another algorithm', () => envelope('AES-CBC', new Uint8Array(12), new Uint8Array(32))],
    ['an IV of the wrong length', () => envelope('AES-GCM', new Uint8Array(16), new Uint8Array(32))],
    ['an envelope cut short', () => envelope('AES-GCM', new Uint8Array(12), new Uint8Array(32)).slice(0, 20)],
    ['a length prefix past the end', () => toBase64(Uint8Array.of(7, 65, 69, 83, 45, 71, 67, 77, 12, 1, 2))],
  ])('reports %s as malformed', async (_what, text) => {
    await expect(decryptJson(text(), key)).resolves.toEqual({ ok: false, reason: 'malformed' });
  });

  it.each<[string, Uint8Array<ArrayBuffer>]>([
    ['nothing', new Uint8Array(0)],
    ['an unknown value tag', Uint8Array.of(0)],
    ['a string cut short', Uint8Array.of(119, 5, 97)],
    ['an object cut short', Uint8Array.of(118, 2, 1, 97, 126)],
  ])('reports a correctly encrypted payload holding %s as malformed', async (_what, plain) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
    await expect(decryptJson(envelope('AES-GCM', iv, cipher), key)).resolves.toEqual({ ok: false, reason: 'malformed' });
  });
});

describe("room crypto and y-webrtc's own", () => {
  it("derives the same key as y-webrtc's deriveKey", async () => {
    const theirs = await yWebrtc.deriveKey(passphrase, room);
    const iv = new Uint8Array(12);
    const plain = new TextEncoder().encode('same key?');
    const a = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
    const b = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, theirs, plain));
    expect(a).toEqual(b);
  });

  it('reads what y-webrtc encrypts', async () => {
    const theirs = await yWebrtc.deriveKey(passphrase, room);
    const sealed = toBase64(await yWebrtc.encryptJson(message, theirs));
    await expect(decryptJson(sealed, key)).resolves.toEqual({ ok: true, value: message });
  });

  it('writes what y-webrtc reads', async () => {
    const theirs = await yWebrtc.deriveKey(passphrase, room);
    await expect(yWebrtc.decryptJson(fromBase64(await encryptJson(message, key)), theirs)).resolves.toEqual(message);
  });
});

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64, toBase64 } from '../../../../shared/bundle/base64';

/**
 * The room key and the encryption of signaling messages, as y-webrtc does them
 * (node_modules/y-webrtc/src/crypto.js): PBKDF2-SHA-256 over the passphrase with the room name as
 * salt, 100,000 iterations, to an AES-GCM-256 key; each message is a JSON-like value written with
 * lib0's writeAny (y-webrtc's encryptJson, despite its name, does not use JSON text), encrypted
 * with a fresh 12-byte IV and sent as { 'AES-GCM', iv, ciphertext } in lib0 encoding, base64 on
 * the wire. So either side can read the other's messages.
 *
 * Unlike y-webrtc, a message that fails to decrypt is a result, not an unhandled rejection: the
 * GCM tag fails exactly when the sender used another passphrase (or the bytes were altered), and
 * that is what the session reports to the user.
 */
export type Decrypted = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: 'wrong-key' | 'malformed' };

export async function deriveRoomKey(passphrase: string, room: string): Promise<CryptoKey> {
  const encoder = new TextEncoder();
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt: encoder.encode(room), iterations: 100_000, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptJson(value: unknown, key: CryptoKey): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, value as Parameters<typeof encoding.writeAny>[1]);
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(plain));
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'AES-GCM');
  encoding.writeVarUint8Array(encoder, iv);
  encoding.writeVarUint8Array(encoder, new Uint8Array(cipher));
  return toBase64(encoding.toUint8Array(encoder));
}

export async function decryptJson(text: string, key: CryptoKey): Promise<Decrypted> {
  let iv: Uint8Array;
  let cipher: Uint8Array;
  try {
    const bytes = fromBase64(text);
    if (!bytes) return { ok: false, reason: 'malformed' };
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarString(decoder) !== 'AES-GCM') return { ok: false, reason: 'malformed' };
    iv = decoding.readVarUint8Array(decoder);
    cipher = decoding.readVarUint8Array(decoder);
    if (iv.length !== 12) return { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, cipher as Uint8Array<ArrayBuffer>);
  } catch {
    return { ok: false, reason: 'wrong-key' };
  }
  try {
    return { ok: true, value: decoding.readAny(decoding.createDecoder(new Uint8Array(plain))) as unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

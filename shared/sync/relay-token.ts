import * as encoding from 'lib0/encoding';
import { digest as sha256 } from 'lib0/hash/sha256';
import { fromBase64, toBase64 } from '../bundle/base64';
import { checkHelloKey, helloKeyOf, parseHelloKey } from '../authorship/hello-key';
import type { SigningKey, SignatureSubtle } from '../authorship/keys';
import { parseIdentity, type Identity } from '../identity/identity';
import type { JoinCode } from './join-code';
import { roomTopic } from './join-code';

/**
 * What a laptop shows a relay before the relay serves it (Hocuspocus's `token`), proving two things:
 *
 * - **that it belongs to the room**: an HMAC-SHA256, keyed by the room's passphrase, over the
 *   document name, the laptop's client id, its public key and the time. Only a laptop that was
 *   given the join code can compute it; the relay, started with the same code, checks it.
 * - **which laptop it is**: its authorship hello key (shared/authorship/hello-key.ts): its public
 *   key and a signature binding key, person and client id, as a LAN hello carries.
 *
 *   { v: 1, clientId, identity, key: { key, proof }, at, mac }
 *
 * A token older or newer than `RELAY_TOKEN_WINDOW_MS` is refused, so a token read off the wire
 * (ws:// on a private network) is of use for minutes at most; the hello key and the mac bind it
 * to one client id, which the relay then holds the connection to.
 */
export const RELAY_TOKEN_WINDOW_MS = 5 * 60_000;

export interface RelayTokenClaims {
  readonly clientId: number;
  readonly identity: Identity;
  readonly publicKey: Uint8Array;
}

export type RelayTokenCheck = { readonly ok: true; readonly claims: RelayTokenClaims } | { readonly ok: false; readonly reason: string };

/** The Hocuspocus document a room's workspace lives in on a relay: the room's signaling topic. */
export function relayDocumentName(code: JoinCode): string {
  return roomTopic(code.room);
}

function roomKey(code: JoinCode): Uint8Array {
  return sha256(new TextEncoder().encode(`tandem-relay-room/1\u0000${code.room}\u0000${code.passphrase}`));
}

/** HMAC-SHA256 (RFC 2104) over lib0's SHA-256: shared/ has no WebCrypto HMAC typing, and this is 10 lines. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}

function macBytes(documentName: string, clientId: number, publicKey: Uint8Array, at: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'tandem-relay-token/1');
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeUint8Array(encoder, publicKey);
  encoding.writeFloat64(encoder, at);
  return encoding.toUint8Array(encoder);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export async function createRelayToken(code: JoinCode, key: SigningKey, clientId: number, identity: Identity, now: number = Date.now()): Promise<string> {
  const hello = await helloKeyOf(key, clientId, identity);
  const mac = hmacSha256(roomKey(code), macBytes(relayDocumentName(code), clientId, key.publicKey, now));
  return JSON.stringify({ v: 1, clientId, identity, key: hello, at: now, mac: toBase64(mac) });
}

/** The relay's check; every refusal says why, for the relay's log (the laptop is told only "refused"). */
export async function checkRelayToken(code: JoinCode, documentName: string, token: string, now: number = Date.now(), subtle?: SignatureSubtle): Promise<RelayTokenCheck> {
  if (documentName !== relayDocumentName(code)) return { ok: false, reason: `document "${documentName.slice(0, 80)}" is not this relay's room` };
  if (token.length > 4096) return { ok: false, reason: 'token too long' };
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch {
    return { ok: false, reason: 'token is not JSON' };
  }
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'token is not an object' };
  const { v, clientId, identity, key, at, mac } = value as Record<string, unknown>;
  if (v !== 1) return { ok: false, reason: 'unknown token version' };
  if (typeof clientId !== 'number' || !Number.isSafeInteger(clientId) || clientId < 0 || clientId > 0xffffffff) return { ok: false, reason: 'bad client id' };
  if (typeof at !== 'number' || !Number.isFinite(at) || Math.abs(now - at) > RELAY_TOKEN_WINDOW_MS) return { ok: false, reason: 'token expired or from the future' };
  const person = parseIdentity(identity);
  if (!person.ok) return { ok: false, reason: 'bad identity' };
  const hello = parseHelloKey(key);
  if (!hello) return { ok: false, reason: 'bad hello key' };
  const macGiven = typeof mac === 'string' ? fromBase64(mac) : null;
  const expected = hmacSha256(roomKey(code), macBytes(documentName, clientId, hello.publicKey, at));
  if (!macGiven || !sameBytes(macGiven, expected)) return { ok: false, reason: 'not a member of the room (wrong join code)' };
  if (!(await checkHelloKey(clientId, person.identity, hello, subtle))) return { ok: false, reason: 'hello key proof does not verify' };
  return { ok: true, claims: { clientId, identity: person.identity, publicKey: hello.publicKey } };
}

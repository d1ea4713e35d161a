import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { parseIdentity, type Identity } from '../identity/identity';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verifySignature, type SignatureSubtle, type SigningKey } from './keys';

/**
 * A signed statement: "the units of Yjs client C at clocks [0, N) have the root R (client-tree.ts),
 * and C is the client of person P, whose key this is". The binding of client to person and key is
 * in the same signed bytes, so one signature proves both; a statement cannot be moved to another
 * client (C is signed) or another person (P is signed).
 *
 *   "tandem-authorship/1" · C · N · R (32 bytes) · name · delegation · role · public key · signature
 *
 * The signature covers everything before it.
 */
const MAGIC = 'tandem-authorship/1';
const MAX_STATEMENT_BYTES = 512;

export interface Statement {
  readonly client: number;
  readonly clock: number;
  readonly root: Uint8Array;
  readonly person: Identity;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
  /** The signed bytes. */
  readonly body: Uint8Array;
}

function bodyOf(client: number, clock: number, root: Uint8Array, person: Identity, publicKey: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, MAGIC);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeUint8Array(encoder, root);
  encoding.writeVarString(encoder, person.name);
  encoding.writeVarString(encoder, person.delegation);
  encoding.writeVarString(encoder, person.role);
  encoding.writeUint8Array(encoder, publicKey);
  return encoding.toUint8Array(encoder);
}

export async function signStatement(key: SigningKey, client: number, clock: number, root: Uint8Array, person: Identity): Promise<Uint8Array> {
  const body = bodyOf(client, clock, root, person, key.publicKey);
  const signature = await key.sign(body);
  const whole = new Uint8Array(body.length + signature.length);
  whole.set(body);
  whole.set(signature, body.length);
  return whole;
}

/** The statement's fields, or null for bytes that are not one (the signature is not checked here). */
export function decodeStatement(bytes: unknown): Statement | null {
  if (!(bytes instanceof Uint8Array) || bytes.length > MAX_STATEMENT_BYTES) return null;
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarString(decoder) !== MAGIC) return null;
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const root = decoding.readUint8Array(decoder, 32);
    const parsed = parseIdentity({ name: decoding.readVarString(decoder), delegation: decoding.readVarString(decoder), role: decoding.readVarString(decoder) });
    const publicKey = decoding.readUint8Array(decoder, PUBLIC_KEY_BYTES);
    const bodyLength = decoder.pos;
    const signature = decoding.readUint8Array(decoder, SIGNATURE_BYTES);
    if (decoding.hasContent(decoder) || !parsed.ok) return null;
    const body = bytes.subarray(0, bodyLength);
    // The identity as parsed must be the identity as signed (parseIdentity trims names).
    if (!sameBytes(body, bodyOf(client, clock, root, parsed.identity, publicKey))) return null;
    return { client, clock, root, person: parsed.identity, publicKey, signature, body };
  } catch {
    return null;
  }
}

export function verifyStatement(statement: Statement, subtle?: SignatureSubtle): Promise<boolean> {
  return verifySignature(statement.publicKey, statement.body, statement.signature, subtle);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

import * as encoding from 'lib0/encoding';
import type { Identity } from '../identity/identity';
import { fromBase64, toBase64 } from '../bundle/base64';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, verifySignature, type SignatureSubtle, type SigningKey } from './keys';

/**
 * A laptop's key in its LAN hello (peer-session.ts): the public key and a proof that the laptop
 * holds its private half, a signature binding key, person and client id. So a peer in the room
 * cannot announce someone else's key under its own name (it cannot sign for it), and a key learned
 * from a hello is bound to the person who proved it. Whether that person is who they say is what
 * the safety code, compared aloud, settles.
 *
 *   "tandem-hello-key/1" · client id · name · delegation · role · public key
 */
export interface HelloKeyJson {
  readonly key: string;
  readonly proof: string;
}

export interface HelloKey {
  readonly publicKey: Uint8Array;
  readonly proof: Uint8Array;
}

function provenBytes(clientId: number, identity: Identity, publicKey: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'tandem-hello-key/1');
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarString(encoder, identity.name);
  encoding.writeVarString(encoder, identity.delegation);
  encoding.writeVarString(encoder, identity.role);
  encoding.writeUint8Array(encoder, publicKey);
  return encoding.toUint8Array(encoder);
}

export async function helloKeyOf(key: SigningKey, clientId: number, identity: Identity): Promise<HelloKeyJson> {
  const proof = await key.sign(provenBytes(clientId, identity, key.publicKey));
  return { key: toBase64(key.publicKey), proof: toBase64(proof) };
}

/** A hello's key field, or null when absent or malformed (a hello without a key is still a hello). */
export function parseHelloKey(value: unknown): HelloKey | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, proof } = value as Partial<Record<keyof HelloKeyJson, unknown>>;
  const publicKey = typeof key === 'string' ? fromBase64(key) : null;
  const signature = typeof proof === 'string' ? fromBase64(proof) : null;
  if (!publicKey || !signature || publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return null;
  return { publicKey, proof: signature };
}

export function checkHelloKey(clientId: number, identity: Identity, key: HelloKey, subtle?: SignatureSubtle): Promise<boolean> {
  return verifySignature(key.publicKey, provenBytes(clientId, identity, key.publicKey), key.proof, subtle);
}

import * as encoding from 'lib0/encoding';
import { digest as sha256 } from 'lib0/hash/sha256';
import { sameIdentity } from '../identity/identity';
import { fingerprintOf, PUBLIC_KEY_BYTES, safetyCodeOf, SIGNATURE_BYTES, verifySignature, type SignatureSubtle, type SigningKey } from '../authorship/keys';
import type { KnownKeys, KeySource } from '../authorship/verify';
import type { BundleEncryption, BundleEnvelope, BundleSender } from './format';

/**
 * A sync file signed by its sender's laptop key (shared/authorship/keys.ts). The signature is in
 * the header (`signature`: public key and value, base64) and covers what the file means, encoded
 * canonically from the checked header fields, not the header's JSON text:
 *
 *   "tandem-bundle-signature/1" · workspace · createdAt · sender (name, delegation, role, client id)
 *   · state vector · since · payload length · encryption parameters · SHA-256 of the plain payload
 *
 * So whoever changes the sender, the workspace, the claimed state or one byte of the payload, and
 * recomputes the file's SHA-256, still breaks the signature (refused: 'altered'); whoever re-signs
 * with a key of their own is flagged, since that key is not the one this laptop knows for the
 * person named. Signing the plain payload (not the ciphertext) lets the header, which is the
 * cipher's additional data, be fixed before encryption; an encrypted file is therefore checked
 * once decrypted. Files of earlier versions carry no signature: their sender is shown unverified.
 */
export interface BundleSignature {
  readonly publicKey: Uint8Array;
  readonly value: Uint8Array;
}

const DOMAIN = 'tandem-bundle-signature/1';

export interface SignedFields {
  readonly workspace: string;
  readonly createdAt: string;
  readonly sender: BundleSender;
  readonly stateVector: Uint8Array;
  readonly since: Uint8Array | null;
  readonly payloadBytes: number;
  readonly encryption: BundleEncryption | null;
}

export function signedBytes(fields: SignedFields, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, DOMAIN);
  encoding.writeVarString(encoder, fields.workspace);
  encoding.writeVarString(encoder, fields.createdAt);
  encoding.writeVarString(encoder, fields.sender.name);
  encoding.writeVarString(encoder, fields.sender.delegation);
  encoding.writeVarString(encoder, fields.sender.role);
  encoding.writeVarUint(encoder, fields.sender.clientId);
  encoding.writeVarUint8Array(encoder, fields.stateVector);
  encoding.writeUint8(encoder, fields.since ? 1 : 0);
  if (fields.since) encoding.writeVarUint8Array(encoder, fields.since);
  encoding.writeVarUint(encoder, fields.payloadBytes);
  encoding.writeUint8(encoder, fields.encryption ? 1 : 0);
  if (fields.encryption) {
    encoding.writeVarString(encoder, fields.encryption.cipher);
    encoding.writeVarString(encoder, fields.encryption.kdf);
    encoding.writeVarUint(encoder, fields.encryption.iterations);
    encoding.writeVarUint8Array(encoder, fields.encryption.salt);
    encoding.writeVarUint8Array(encoder, fields.encryption.iv);
  }
  encoding.writeUint8Array(encoder, sha256(payload));
  return encoding.toUint8Array(encoder);
}

export async function signBundle(key: SigningKey, fields: SignedFields, payload: Uint8Array): Promise<BundleSignature> {
  return { publicKey: key.publicKey, value: await key.sign(signedBytes(fields, payload)) };
}

export function isSignatureShape(publicKey: Uint8Array, value: Uint8Array): boolean {
  return publicKey.length === PUBLIC_KEY_BYTES && value.length === SIGNATURE_BYTES;
}

/** Who sent a file, as far as this laptop can tell. */
export type SenderVerdict =
  | { readonly kind: 'verified'; readonly via: KeySource; readonly fingerprint: string; readonly safetyCode: string }
  | { readonly kind: 'unsigned' }
  | { readonly kind: 'unknown-key' | 'other-key'; readonly fingerprint: string; readonly safetyCode: string };

/** 'altered': a signature that does not match the file; otherwise the sender's verdict. */
export async function checkBundleSignature(envelope: BundleEnvelope, payload: Uint8Array, known: KnownKeys | undefined, subtle?: SignatureSubtle): Promise<SenderVerdict | 'altered'> {
  const signature = envelope.signature;
  if (!signature) return { kind: 'unsigned' };
  if (!(await verifySignature(signature.publicKey, signedBytes(envelope, payload), signature.value, subtle))) return 'altered';
  const fingerprint = fingerprintOf(signature.publicKey);
  const safetyCode = safetyCodeOf(signature.publicKey);
  const key = known?.get(fingerprint);
  if (!key) return { kind: 'unknown-key', fingerprint, safetyCode };
  if (!sameIdentity(key.person, envelope.sender)) return { kind: 'other-key', fingerprint, safetyCode };
  return { kind: 'verified', via: key.via, fingerprint, safetyCode };
}

/** "Dana Levi (verified)", or "unverified: claims to be Dana Levi (…why…)". */
export function describeSender(sender: BundleSender, verdict: SenderVerdict): string {
  switch (verdict.kind) {
    case 'verified':
      return `${sender.name} (verified)`;
    case 'unsigned':
      return `unverified: claims to be ${sender.name} (the file is not signed)`;
    case 'unknown-key':
      return `unverified: claims to be ${sender.name} (signed by a key this laptop has not learned; safety code ${verdict.safetyCode}: compare it with ${sender.name})`;
    case 'other-key':
      return `unverified: claims to be ${sender.name} (signed by a key this laptop knows for someone else)`;
  }
}

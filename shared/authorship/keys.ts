import { digest as sha256 } from 'lib0/hash/sha256';

/**
 * A laptop's signing key: Ed25519 through WebCrypto (Chromium 137+, so Electron 45 and the system
 * Chromium; Node 20's globalThis.crypto for tests and the inspector). The private key is created
 * with `extractable: false`, so no code, not even the app's, can read it out; the renderer keeps
 * the CryptoKey itself in IndexedDB (structured clone keeps it non-extractable). Only the public
 * key (32 bytes) leaves the laptop. `subtle` is passed in so that shared/ needs no DOM.
 */
export const SIGNATURE_ALGORITHM = { name: 'Ed25519' } as const;

/** The slice of WebCrypto used here (shared/ compiles without the DOM library, as web-crypto.ts). */
export type CryptoKeyHandle = object;
export interface KeyPairHandle {
  readonly publicKey: CryptoKeyHandle;
  readonly privateKey: CryptoKeyHandle;
}
export interface SignatureSubtle {
  generateKey(algorithm: typeof SIGNATURE_ALGORITHM, extractable: false, usages: readonly ['sign', 'verify']): Promise<unknown>;
  exportKey(format: 'raw', key: CryptoKeyHandle): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: typeof SIGNATURE_ALGORITHM, extractable: false, usages: readonly ['verify']): Promise<CryptoKeyHandle>;
  sign(algorithm: typeof SIGNATURE_ALGORITHM, key: CryptoKeyHandle, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: typeof SIGNATURE_ALGORITHM, key: CryptoKeyHandle, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export function defaultSubtle(): SignatureSubtle {
  const found = (globalThis as unknown as { crypto?: { subtle?: SignatureSubtle } }).crypto?.subtle;
  if (!found) throw new Error('WebCrypto is not available here, so authorship cannot be signed or checked.');
  return found;
}
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

export interface SigningKey {
  /** Raw Ed25519 public key. */
  readonly publicKey: Uint8Array;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export async function generateKeyPair(subtle: SignatureSubtle = defaultSubtle()): Promise<KeyPairHandle> {
  return (await subtle.generateKey(SIGNATURE_ALGORITHM, false, ['sign', 'verify'])) as KeyPairHandle;
}

export async function signingKeyOf(pair: KeyPairHandle, subtle: SignatureSubtle = defaultSubtle()): Promise<SigningKey> {
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey,
    sign: async (data) => new Uint8Array(await subtle.sign(SIGNATURE_ALGORITHM, pair.privateKey, data)),
  };
}

/** Checks a signature; false (never a throw) for a malformed key or signature. */
export async function verifySignature(publicKey: Uint8Array, data: Uint8Array, signature: Uint8Array, subtle: SignatureSubtle = defaultSubtle()): Promise<boolean> {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    const key = await subtle.importKey('raw', publicKey, SIGNATURE_ALGORITHM, false, ['verify']);
    return await subtle.verify(SIGNATURE_ALGORITHM, key, signature, data);
  } catch {
    return false;
  }
}

/** The key's fingerprint: hex of the sha256 of the raw public key. */
export function fingerprintOf(publicKey: Uint8Array): string {
  return [...sha256(publicKey)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The safety code people read aloud to each other (as Signal's safety numbers): 12 digits from
 * the first 64 bits of the fingerprint, in groups of four. 10^12 codes: matching one by chance is
 * out of reach for someone who must also make the key sign.
 */
export function safetyCodeOf(publicKey: Uint8Array): string {
  const bytes = sha256(publicKey);
  let value = 0n;
  for (let i = 0; i < 8; i++) value = (value << 8n) | BigInt(bytes[i]!);
  const digits = (value % 10n ** 12n).toString().padStart(12, '0');
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

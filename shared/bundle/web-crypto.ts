/**
 * The slice of WebCrypto the bundle format uses, through the global `crypto` that Node 20 and
 * browsers both provide. shared/ compiles without the DOM library, so the types are declared here,
 * narrowly, instead of importing a platform's.
 */
import { encodeUtf8 } from 'lib0/string';
import type { BundleEncryption } from './format';

type Key = object;

interface AesGcmParams {
  readonly name: 'AES-GCM';
  readonly iv: Uint8Array;
  readonly additionalData: Uint8Array;
  readonly tagLength: 128;
}

interface SubtleSlice {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: 'PBKDF2', extractable: false, usages: readonly ['deriveKey']): Promise<Key>;
  deriveKey(
    algorithm: { readonly name: 'PBKDF2'; readonly salt: Uint8Array; readonly iterations: number; readonly hash: 'SHA-256' },
    baseKey: Key,
    derivedKeyType: { readonly name: 'AES-GCM'; readonly length: 256 },
    extractable: false,
    usages: readonly ['encrypt' | 'decrypt'],
  ): Promise<Key>;
  encrypt(algorithm: AesGcmParams, key: Key, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: Key, data: Uint8Array): Promise<ArrayBuffer>;
}

interface CryptoSlice {
  readonly subtle: SubtleSlice;
  getRandomValues(array: Uint8Array): Uint8Array;
}

function webCrypto(): CryptoSlice {
  const found = (globalThis as unknown as { crypto?: CryptoSlice }).crypto;
  if (!found?.subtle) throw new Error('WebCrypto is not available here, so sync files cannot be checked or encrypted.');
  return found;
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await webCrypto().subtle.digest('SHA-256', data));
}

export function randomBytes(length: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(length));
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number, usage: 'encrypt' | 'decrypt'): Promise<Key> {
  const subtle = webCrypto().subtle;
  // NFC: the same passphrase typed on another keyboard or system may arrive decomposed.
  const material = await subtle.importKey('raw', encodeUtf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** AES-GCM with the key derived from `passphrase`: the ciphertext with its 16-byte tag appended. */
export async function encrypt(passphrase: string, encryption: BundleEncryption, additionalData: Uint8Array, plain: Uint8Array): Promise<Uint8Array> {
  const key = await deriveKey(passphrase, encryption.salt, encryption.iterations, 'encrypt');
  return new Uint8Array(await webCrypto().subtle.encrypt({ name: 'AES-GCM', iv: encryption.iv, additionalData, tagLength: 128 }, key, plain));
}

/** The plain bytes, or null when the tag does not verify (wrong passphrase, or altered bytes). */
export async function decrypt(passphrase: string, encryption: BundleEncryption, additionalData: Uint8Array, sealed: Uint8Array): Promise<Uint8Array | null> {
  const key = await deriveKey(passphrase, encryption.salt, encryption.iterations, 'decrypt');
  try {
    return new Uint8Array(await webCrypto().subtle.decrypt({ name: 'AES-GCM', iv: encryption.iv, additionalData, tagLength: 128 }, key, sealed));
  } catch {
    return null;
  }
}

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The sync file ("bundle") that carries Yjs changes across an air gap, format 1.
 * All integers are big-endian; a file is exactly 50 + H + B bytes.
 *
 *   offset     size  field
 *   0          8     signature 89 54 4E 44 4D 0D 0A 1A  (0x89 "TNDM" CR LF SUB)
 *   8          2     format version, uint16 (this app writes and reads up to FORMAT_VERSION)
 *   10         4     header length H, uint32, at most MAX_HEADER_BYTES
 *   14         H     header: a UTF-8 JSON object (BundleHeaderJson below)
 *   14+H       4     body length B, uint32
 *   18+H       B     body: the payload, a Yjs V1 update (Y.encodeStateAsUpdate(doc, since));
 *                    when encrypted, its AES-GCM ciphertext followed by the 16-byte tag
 *   18+H+B     32    SHA-256 of bytes [0, 18+H+B): everything before it
 *
 * The signature starts with a non-ASCII byte and holds CR LF and SUB (PNG's trick): a transfer in
 * text mode, or a file that is merely text, fails on the first eight bytes. The version comes next
 * and is read before anything else, so a later format may change everything after it.
 *
 * Encryption (optional): the key is PBKDF2-SHA256(passphrase as NFC UTF-8, salt, iterations) →
 * AES-GCM 256, with a random 16-byte salt and 12-byte IV written in the header. The header
 * (bytes [0, 14+H)) is AES-GCM's additional data, so without the passphrase nobody can change
 * who sent the file or for which workspace and re-seal it. The SHA-256 finds damage and
 * tampering by anyone who does not recompute it; it is not a signature: an unencrypted file can be
 * rewritten whole by whoever carries it.
 *
 * Limits are checked before the work they bound: a file over MAX_BUNDLE_BYTES is refused before
 * it is read, and an iteration count outside the accepted range before any key derivation (a
 * crafted count would otherwise hang the import).
 */
import type { Identity } from '../identity/identity';

export const FORMAT_VERSION = 1;
export const SIGNATURE = new Uint8Array([0x89, 0x54, 0x4e, 0x44, 0x4d, 0x0d, 0x0a, 0x1a]);
/** The suggested file extension, without the dot. */
export const BUNDLE_EXTENSION = 'tandem';

export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
export const MAX_HEADER_BYTES = 1024 * 1024;
/** Bytes around header and body: signature, version, two lengths, hash. */
export const FIXED_BYTES = 8 + 2 + 4 + 4 + 32;
export const HASH_BYTES = 32;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; what this app writes. */
export const DEFAULT_ITERATIONS = 600_000;
/** Files stating fewer or more are refused: too weak to trust, or large enough to hang a laptop. */
export const MIN_ITERATIONS = 210_000;
export const MAX_ITERATIONS = 10_000_000;

export const CIPHER = 'AES-256-GCM';
export const KDF = 'PBKDF2-SHA256';

/** Who made the file: a person, and the Yjs client id of the session that wrote it. */
export interface BundleSender extends Identity {
  readonly clientId: number;
}

export interface BundleEncryption {
  readonly cipher: typeof CIPHER;
  readonly kdf: typeof KDF;
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly iv: Uint8Array;
}

/** The header as JSON: byte fields in canonical base64. */
export interface BundleHeaderJson {
  readonly workspace: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly sender: { name: string; delegation: string; role: string; clientId: number };
  /** The sender's state vector (Yjs V1 encoding) when the file was made. */
  readonly stateVector: string;
  /** The state vector the payload was cut from; null for a whole-workspace file. */
  readonly since: string | null;
  /** The payload's length before encryption. */
  readonly payloadBytes: number;
  readonly encryption: { cipher: string; kdf: string; iterations: number; salt: string; iv: string } | null;
  /** The sender laptop's signature (bundle-signature.ts); absent in files of earlier versions. */
  readonly signature?: { algorithm: string; publicKey: string; value: string } | null;
}

/** A read, checked envelope. */
export interface BundleEnvelope {
  readonly format: number;
  readonly workspace: string;
  readonly createdAt: string;
  readonly sender: BundleSender;
  readonly stateVector: Uint8Array;
  readonly since: Uint8Array | null;
  readonly payloadBytes: number;
  readonly encryption: BundleEncryption | null;
  /** The sender laptop's signature, checked against the content once the payload is read (bundle-signature.ts). */
  readonly signature: { readonly publicKey: Uint8Array; readonly value: Uint8Array } | null;
  /** The whole file's size, and its SHA-256 (hex) as stated and verified. */
  readonly fileBytes: number;
  readonly sha256: string;
}

/** Why a file is refused; each comes with a one-line reason for people. */
export type BundleProblem =
  | 'not-tandem'
  | 'truncated'
  | 'altered'
  | 'newer-format'
  | 'oversized'
  | 'invalid-header'
  | 'other-workspace'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'invalid-payload';

/** "67,108,864 bytes (64.0 MiB)": exact, since a file just over the limit rounds to the limit in MiB. */
export function formatSize(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes (${(bytes / (1024 * 1024)).toFixed(1)} MiB)`;
}

/** The size check, for callers that know a file's size before reading it (a dialog, fs.stat). */
export function oversizeReason(size: number): string | null {
  return size > MAX_BUNDLE_BYTES
    ? `The file is ${formatSize(size)}; sync files are limited to ${formatSize(MAX_BUNDLE_BYTES)}.`
    : null;
}

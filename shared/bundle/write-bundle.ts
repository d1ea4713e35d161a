import * as Y from 'yjs';
import { encodeUtf8 } from 'lib0/string';
import { WORKSPACE_ID } from '../workspace/workspace-id';
import { toBase64 } from './base64';
import {
  CIPHER, DEFAULT_ITERATIONS, FIXED_BYTES, FORMAT_VERSION, IV_BYTES, KDF, MAX_BUNDLE_BYTES, MAX_HEADER_BYTES, MAX_ITERATIONS,
  MIN_ITERATIONS, SALT_BYTES, SIGNATURE, TAG_BYTES, formatSize, type BundleEncryption, type BundleHeaderJson, type BundleSender,
} from './format';
import { encrypt, randomBytes, sha256 } from './web-crypto';
import { signBundle } from './bundle-signature';
import { SIGNATURE_ALGORITHM, type SigningKey } from '../authorship/keys';

/** What a sync file carries (see format.ts for the layout). */
export interface BundleContent {
  readonly workspace: string;
  readonly createdAt: string;
  readonly sender: BundleSender;
  readonly stateVector: Uint8Array;
  readonly since: Uint8Array | null;
  readonly payload: Uint8Array;
}

export interface SealOptions {
  /** Encrypts the payload with this passphrase; none writes a plain file. */
  readonly passphrase?: string;
  readonly iterations?: number;
  /** This laptop's key: the file is signed by it (bundle-signature.ts). */
  readonly signer?: SigningKey;
}

/**
 * The content of a file made from `doc`: everything, or with `since` (a peer's last known state
 * vector) only what that state lacks. Yjs always sends its whole delete set, since deleting does not
 * advance a state vector, so "changes since" still carries every deletion.
 */
export function bundleContentOf(doc: Y.Doc, sender: BundleSender, since: Uint8Array | null, now: Date): BundleContent {
  return {
    workspace: WORKSPACE_ID,
    createdAt: now.toISOString(),
    sender,
    stateVector: Y.encodeStateVector(doc),
    since,
    payload: since ? Y.encodeStateAsUpdate(doc, since) : Y.encodeStateAsUpdate(doc),
  };
}

/** Encodes a sync file. Throws (RangeError) only on the writer's own mistakes: oversize, a weak count. */
export async function writeBundle(content: BundleContent, options: SealOptions = {}): Promise<Uint8Array> {
  const passphrase = options.passphrase;
  if (passphrase !== undefined && passphrase.length === 0) throw new RangeError('An empty passphrase encrypts nothing.');
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new RangeError(`Key derivation needs ${MIN_ITERATIONS} to ${MAX_ITERATIONS} iterations.`);
  }
  const encryption: BundleEncryption | null = passphrase === undefined
    ? null
    : { cipher: CIPHER, kdf: KDF, iterations, salt: randomBytes(SALT_BYTES), iv: randomBytes(IV_BYTES) };
  const signed = options.signer
    ? await signBundle(options.signer, { ...content, payloadBytes: content.payload.byteLength, encryption }, content.payload)
    : null;
  const header: BundleHeaderJson = {
    workspace: content.workspace,
    createdAt: content.createdAt,
    sender: {
      name: content.sender.name,
      delegation: content.sender.delegation,
      role: content.sender.role,
      clientId: content.sender.clientId,
    },
    stateVector: toBase64(content.stateVector),
    since: content.since ? toBase64(content.since) : null,
    payloadBytes: content.payload.byteLength,
    encryption: encryption && {
      cipher: encryption.cipher,
      kdf: encryption.kdf,
      iterations: encryption.iterations,
      salt: toBase64(encryption.salt),
      iv: toBase64(encryption.iv),
    },
    // Absent when unsigned: such a file is byte for byte what earlier versions wrote.
    ...(signed ? { signature: { algorithm: SIGNATURE_ALGORITHM.name, publicKey: toBase64(signed.publicKey), value: toBase64(signed.value) } } : {}),
  };
  const headerBytes = encodeUtf8(JSON.stringify(header));
  if (headerBytes.byteLength > MAX_HEADER_BYTES) throw new RangeError('The file header is too large.');
  const bodyLength = content.payload.byteLength + (encryption ? TAG_BYTES : 0);
  const total = FIXED_BYTES + headerBytes.byteLength + bodyLength;
  if (total > MAX_BUNDLE_BYTES) {
    throw new RangeError(`The file would be ${formatSize(total)}; sync files are limited to ${formatSize(MAX_BUNDLE_BYTES)}.`);
  }
  const file = new Uint8Array(total);
  const view = new DataView(file.buffer);
  file.set(SIGNATURE, 0);
  view.setUint16(8, FORMAT_VERSION);
  view.setUint32(10, headerBytes.byteLength);
  file.set(headerBytes, 14);
  const bodyAt = 18 + headerBytes.byteLength;
  view.setUint32(bodyAt - 4, bodyLength);
  const body = encryption
    ? await encrypt(passphrase!, encryption, file.subarray(0, 14 + headerBytes.byteLength), content.payload)
    : content.payload;
  file.set(body, bodyAt);
  file.set(await sha256(file.subarray(0, bodyAt + bodyLength)), bodyAt + bodyLength);
  return file;
}

import { decodesAsV1 } from '../sync/v1-update';
import { readHeader } from './header';
import {
  FIXED_BYTES, FORMAT_VERSION, HASH_BYTES, MAX_BUNDLE_BYTES, MAX_HEADER_BYTES, SIGNATURE, TAG_BYTES,
  oversizeReason, type BundleEnvelope, type BundleProblem,
} from './format';
import { decrypt, sha256, toHex } from './web-crypto';

/**
 * Reading a sync file: every check runs before anything is merged, in the order the layout
 * allows (format.ts): size, signature, version, lengths, hash, header, then (with the workspace
 * and passphrase) decryption and the payload's V1 check. Nothing here throws, whatever the bytes:
 * each refusal is a problem kind and one line for people.
 */
export type Refusal = { readonly ok: false; readonly problem: BundleProblem; readonly reason: string };

export type EnvelopeRead =
  | { readonly ok: true; readonly envelope: BundleEnvelope; readonly additionalData: Uint8Array; readonly body: Uint8Array }
  | Refusal;

export type BundleRead =
  | { readonly ok: true; readonly envelope: BundleEnvelope; readonly payload: Uint8Array }
  | (Refusal & { readonly envelope: BundleEnvelope | null });

export interface UnsealOptions {
  /** The workspace the file must be for; omitted, any (the inspector reports it instead). */
  readonly workspace?: string;
  readonly passphrase?: string;
}

const refuse = (problem: BundleProblem, reason: string): Refusal => ({ ok: false, problem, reason });

export async function readEnvelope(bytes: Uint8Array): Promise<EnvelopeRead> {
  try {
    return await readEnvelopeUnguarded(bytes);
  } catch (error) {
    return refuse('invalid-header', `The file could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

async function readEnvelopeUnguarded(bytes: Uint8Array): Promise<EnvelopeRead> {
  if (!(bytes instanceof Uint8Array)) return refuse('not-tandem', 'This is not a file’s content.');
  const oversize = oversizeReason(bytes.byteLength);
  if (oversize) return refuse('oversized', oversize);
  if (bytes.byteLength === 0) return refuse('truncated', 'The file is empty.');
  const signed = Math.min(bytes.byteLength, SIGNATURE.length);
  for (let i = 0; i < signed; i++) {
    if (bytes[i] !== SIGNATURE[i]) return refuse('not-tandem', 'This is not a Tandem sync file.');
  }
  if (bytes.byteLength < 10) return truncated(bytes.byteLength, 'its format version');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint16(8);
  if (format === 0) return refuse('not-tandem', 'This is not a Tandem sync file (format 0 does not exist).');
  if (format > FORMAT_VERSION) {
    return refuse('newer-format', `The file was made by a newer Tandem (format ${format}); this app reads up to format ${FORMAT_VERSION}.`);
  }
  if (bytes.byteLength < 14) return truncated(bytes.byteLength, 'its header length');
  const headerLength = view.getUint32(10);
  if (headerLength > MAX_HEADER_BYTES) return altered(`its header would be ${headerLength} bytes`);
  if (bytes.byteLength < 18 + headerLength) return truncated(bytes.byteLength, 'its header');
  const bodyAt = 18 + headerLength;
  const bodyLength = view.getUint32(bodyAt - 4);
  const expected = FIXED_BYTES + headerLength + bodyLength;
  if (expected > MAX_BUNDLE_BYTES) return altered(`it states a body of ${bodyLength} bytes`);
  if (bytes.byteLength < expected) {
    return refuse('truncated', `The file is truncated: it has ${bytes.byteLength} of its ${expected} bytes.`);
  }
  if (bytes.byteLength > expected) return altered(`${bytes.byteLength - expected} unexpected bytes follow its end`);
  const hashAt = bodyAt + bodyLength;
  const digest = await sha256(bytes.subarray(0, hashAt));
  const stated = bytes.subarray(hashAt, hashAt + HASH_BYTES);
  if (!digest.every((byte, i) => byte === stated[i])) return altered('its SHA-256 does not match its contents');
  const header = readHeader(bytes.subarray(14, 14 + headerLength));
  if (!header.ok) return refuse('invalid-header', `The file’s header is invalid: ${header.reason}.`);
  const h = header.header;
  const sealedLength = h.payloadBytes + (h.encryption ? TAG_BYTES : 0);
  if (bodyLength !== sealedLength) {
    return refuse('invalid-header', `The file’s header is invalid: it states a payload of ${h.payloadBytes} bytes, and the body has ${bodyLength}.`);
  }
  const envelope: BundleEnvelope = { format, ...h, fileBytes: bytes.byteLength, sha256: toHex(digest) };
  // Own copies: the caller may keep these long after the file's buffer is gone or reused.
  return { ok: true, envelope, additionalData: bytes.slice(0, 14 + headerLength), body: bytes.slice(bodyAt, hashAt) };
}

/** With the envelope read: the workspace check, decryption, and the payload's V1 check. */
export async function unsealBundle(read: EnvelopeRead, options: UnsealOptions = {}): Promise<BundleRead> {
  if (!read.ok) return { ...read, envelope: null };
  const { envelope } = read;
  const fail = (problem: BundleProblem, reason: string): BundleRead => ({ ok: false, problem, reason, envelope });
  try {
    if (options.workspace !== undefined && envelope.workspace !== options.workspace) {
      return fail('other-workspace', `The file is for another workspace (“${envelope.workspace}”); this one is “${options.workspace}”.`);
    }
    let payload = read.body;
    if (envelope.encryption) {
      if (options.passphrase === undefined || options.passphrase === '') return fail('passphrase-needed', 'The file is encrypted: its passphrase is needed.');
      const plain = await decrypt(options.passphrase, envelope.encryption, read.additionalData, read.body);
      if (!plain) return fail('wrong-passphrase', 'Wrong passphrase: the file cannot be decrypted with it.');
      payload = plain;
    }
    if (payload.byteLength !== envelope.payloadBytes) return fail('invalid-payload', 'The file’s content does not have the length its header states.');
    const check = decodesAsV1(payload);
    if (!check.ok) return fail('invalid-payload', `The file’s content is not a change Tandem can merge: ${lowerFirst(check.reason)}`);
    return { ok: true, envelope, payload };
  } catch (error) {
    return fail('invalid-payload', `The file’s content could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

export async function openBundle(bytes: Uint8Array, options: UnsealOptions = {}): Promise<BundleRead> {
  return unsealBundle(await readEnvelope(bytes), options);
}

function truncated(length: number, part: string): Refusal {
  return refuse('truncated', `The file is truncated: it ends after ${length} bytes, inside ${part}.`);
}

function altered(detail: string): Refusal {
  return refuse('altered', `The file was altered or damaged: ${detail}.`);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

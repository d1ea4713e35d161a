import * as Y from 'yjs';
import { decodeUtf8 } from 'lib0/string';
import { PUBLIC_KEY_BYTES, SIGNATURE_ALGORITHM, SIGNATURE_BYTES } from '../authorship/keys';
import { parseIdentity } from '../identity/identity';
import { isObjectLike } from '../validation/shape';
import { fromBase64 } from './base64';
import {
  CIPHER, IV_BYTES, KDF, MAX_BUNDLE_BYTES, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES, type BundleEncryption, type BundleEnvelope,
} from './format';

/**
 * The header's JSON, checked field by field (it passed the hash, but whoever made the file chose
 * it). Each problem is worded for the one-line refusal.
 */
export type HeaderFields = Omit<BundleEnvelope, 'format' | 'fileBytes' | 'sha256'>;
export type HeaderRead = { readonly ok: true; readonly header: HeaderFields } | { readonly ok: false; readonly reason: string };

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_WORKSPACE_LENGTH = 200;

class HeaderProblem extends Error {}

export function readHeader(bytes: Uint8Array): HeaderRead {
  try {
    return { ok: true, header: fields(parseJson(bytes)) };
  } catch (error) {
    return { ok: false, reason: error instanceof HeaderProblem ? error.message : 'it cannot be read' };
  }
}

function parseJson(bytes: Uint8Array): Json {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    throw new HeaderProblem('it is not UTF-8 JSON');
  }
  return object(value, 'it');
}

function fields(json: Json): HeaderFields {
  const workspace = json.workspace;
  if (typeof workspace !== 'string' || workspace.length === 0 || workspace.length > MAX_WORKSPACE_LENGTH) {
    throw new HeaderProblem('the workspace id is missing or not text');
  }
  const createdAt = json.createdAt;
  if (typeof createdAt !== 'string' || !ISO_UTC.test(createdAt) || Number.isNaN(Date.parse(createdAt))) {
    throw new HeaderProblem('the creation time is not an ISO 8601 UTC time');
  }
  const sender = object(json.sender, 'the sender');
  const identity = parseIdentity(sender);
  if (!identity.ok) throw new HeaderProblem('the sender is not a valid identity');
  const clientId = sender.clientId;
  if (typeof clientId !== 'number' || !Number.isInteger(clientId) || clientId < 0 || clientId > 0xffffffff) {
    throw new HeaderProblem('the sender’s Yjs client id is not a 32-bit whole number');
  }
  const payloadBytes = json.payloadBytes;
  if (typeof payloadBytes !== 'number' || !Number.isInteger(payloadBytes) || payloadBytes < 1 || payloadBytes > MAX_BUNDLE_BYTES) {
    throw new HeaderProblem('the payload length is not a valid size');
  }
  return {
    workspace,
    createdAt,
    sender: { ...identity.identity, clientId },
    stateVector: stateVector(json.stateVector, 'the sender’s state vector'),
    since: json.since === null ? null : stateVector(json.since, 'the “since” state vector'),
    payloadBytes,
    encryption: json.encryption === null ? null : encryption(object(json.encryption, 'the encryption block')),
    signature: json.signature === undefined || json.signature === null ? null : signature(object(json.signature, 'the signature block')),
  };
}

function signature(json: Json): NonNullable<HeaderFields['signature']> {
  if (json.algorithm !== SIGNATURE_ALGORITHM.name) throw new HeaderProblem(`it is signed with ${String(json.algorithm).slice(0, 40)}; this app knows ${SIGNATURE_ALGORITHM.name}`);
  return { publicKey: fixedBytes(json.publicKey, PUBLIC_KEY_BYTES, 'signing key'), value: fixedBytes(json.value, SIGNATURE_BYTES, 'signature') };
}

function encryption(json: Json): BundleEncryption {
  if (json.cipher !== CIPHER || json.kdf !== KDF) {
    throw new HeaderProblem(`it asks for ${String(json.cipher)} with ${String(json.kdf)}; this app knows ${CIPHER} with ${KDF}`);
  }
  const iterations = json.iterations;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new HeaderProblem(
      `it asks for ${String(iterations)} key-derivation iterations; this app accepts ${MIN_ITERATIONS.toLocaleString('en-US')} to ${MAX_ITERATIONS.toLocaleString('en-US')}`,
    );
  }
  return { cipher: CIPHER, kdf: KDF, iterations, salt: fixedBytes(json.salt, SALT_BYTES, 'salt'), iv: fixedBytes(json.iv, IV_BYTES, 'IV') };
}

type Json = Readonly<Record<string, unknown>>;

function object(value: unknown, what: string): Json {
  if (!isObjectLike(value) || Array.isArray(value)) throw new HeaderProblem(`${what} is not a JSON object`);
  return value;
}

function fixedBytes(value: unknown, length: number, what: string): Uint8Array {
  const bytes = typeof value === 'string' ? fromBase64(value) : null;
  if (!bytes || bytes.byteLength !== length) throw new HeaderProblem(`the ${what} is not ${length} bytes of base64`);
  return bytes;
}

/** A Yjs V1 state vector, canonical: it must encode back to the same bytes. */
function stateVector(value: unknown, what: string): Uint8Array {
  const bytes = typeof value === 'string' ? fromBase64(value) : null;
  if (!bytes) throw new HeaderProblem(`${what} is not base64`);
  let decoded: Map<number, number>;
  try {
    decoded = Y.decodeStateVector(bytes);
  } catch {
    throw new HeaderProblem(`${what} does not decode`);
  }
  const again = Y.encodeStateVector(decoded);
  if (again.byteLength !== bytes.byteLength || !again.every((byte, i) => byte === bytes[i])) {
    throw new HeaderProblem(`${what} is not a canonical Yjs state vector`);
  }
  return bytes;
}

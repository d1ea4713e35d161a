/**
 * Crafting sync files the way an attacker or a broken tool would: rebuild the layout with a changed
 * header, version or body, and (unlike damage) a correct SHA-256, so the later checks are reached.
 */
import { createHash } from 'node:crypto';
import type { BundleHeaderJson } from '../../../shared/bundle/format';

export interface Parts {
  version: number;
  header: BundleHeaderJson;
  body: Uint8Array;
}

export function split(file: Uint8Array): Parts {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getUint32(10);
  const bodyLength = view.getUint32(14 + headerLength);
  const bodyAt = 18 + headerLength;
  return {
    version: view.getUint16(8),
    header: JSON.parse(Buffer.from(file.subarray(14, 14 + headerLength)).toString('utf8')) as BundleHeaderJson,
    body: file.slice(bodyAt, bodyAt + bodyLength),
  };
}

export function join(parts: Parts, rawHeader?: Uint8Array): Uint8Array {
  const header = rawHeader ?? Buffer.from(JSON.stringify(parts.header), 'utf8');
  const file = new Uint8Array(50 + header.byteLength + parts.body.byteLength);
  const view = new DataView(file.buffer);
  file.set([0x89, 0x54, 0x4e, 0x44, 0x4d, 0x0d, 0x0a, 0x1a]);
  view.setUint16(8, parts.version);
  view.setUint32(10, header.byteLength);
  file.set(header, 14);
  view.setUint32(14 + header.byteLength, parts.body.byteLength);
  file.set(parts.body, 18 + header.byteLength);
  const hashAt = 18 + header.byteLength + parts.body.byteLength;
  file.set(createHash('sha256').update(file.subarray(0, hashAt)).digest(), hashAt);
  return file;
}

/** The file with its parts changed and a correct hash. */
export function recraft(file: Uint8Array, change: (parts: Parts) => void): Uint8Array {
  const parts = split(file);
  change(parts);
  return join(parts);
}

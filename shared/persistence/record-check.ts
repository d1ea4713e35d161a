import * as Y from 'yjs';
import { crc32 } from './crc32';
import type { StoredRecord } from './update-store';

/**
 * Decides whether a stored record may be applied. Order matters: shape, then checksum (Yjs would
 * happily apply flipped bits), then a full V1 decode, which throws on truncated or malformed
 * bytes. V1 only: the V2 decoder can be made to loop on crafted input.
 */
export type RecordCheck = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

export function checkRecord(record: StoredRecord): RecordCheck {
  const { bytes, checksum } = record;
  if (!(bytes instanceof Uint8Array)) return { ok: false, reason: 'The record holds no update bytes.' };
  if (typeof checksum !== 'number') return { ok: false, reason: 'The record has no checksum.' };
  const actual = crc32(bytes);
  if (actual !== checksum) {
    return { ok: false, reason: `Checksum mismatch: stored ${hex(checksum)}, bytes give ${hex(actual)}.` };
  }
  try {
    Y.decodeUpdate(bytes);
  } catch (error) {
    return { ok: false, reason: `Not a readable Yjs update: ${error instanceof Error ? error.message : String(error)}.` };
  }
  return { ok: true, bytes };
}

export function sealUpdate(bytes: Uint8Array): { bytes: Uint8Array; checksum: number } {
  return { bytes, checksum: crc32(bytes) };
}

function hex(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}

import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import { encodeUtf8 } from 'lib0/string';
import { crc32 } from './crc32';
import type { QuarantinedRecord } from './update-store';

/**
 * The way out when local storage is damaged: one self-describing JSON file with the workspace as
 * it loaded (a full Yjs state update, checksummed) and every quarantined record with the reason
 * it was set aside, so nothing is lost and the damaged bytes can be examined or recovered later.
 */
export const RECOVERY_FORMAT = 'tandem-recovery';
export const RECOVERY_VERSION = 1;

export interface RecoveryFile {
  readonly format: typeof RECOVERY_FORMAT;
  readonly version: typeof RECOVERY_VERSION;
  readonly exportedAt: string;
  readonly workspaceId: string;
  readonly state: { readonly encoding: 'yjs-update-v1-base64'; readonly data: string; readonly crc32: number };
  readonly quarantined: readonly {
    readonly originalId: number;
    readonly reason: string;
    readonly quarantinedAt: string;
    /** The stored bytes, when they were bytes. */
    readonly bytesBase64: string | null;
    /** Otherwise what was stored instead, described (a damaged row may hold anything). */
    readonly storedValue: string | null;
    readonly storedChecksum: unknown;
  }[];
  /** Set when the quarantine could not be read: the file then holds the workspace only. */
  readonly quarantineError: string | null;
}

export function buildRecoveryFile(
  doc: Y.Doc,
  workspaceId: string,
  quarantine: { readonly records: readonly QuarantinedRecord[] } | { readonly error: string },
  now: Date = new Date(),
): RecoveryFile {
  const quarantined = 'records' in quarantine ? quarantine.records : [];
  const state = Y.encodeStateAsUpdate(doc);
  return {
    format: RECOVERY_FORMAT,
    version: RECOVERY_VERSION,
    exportedAt: now.toISOString(),
    workspaceId,
    state: { encoding: 'yjs-update-v1-base64', data: toBase64(state), crc32: crc32(state) },
    quarantined: quarantined.map((record) => {
      const bytes = asBytes(record.bytes);
      return {
        originalId: record.originalId,
        reason: record.reason,
        quarantinedAt: record.quarantinedAt,
        bytesBase64: bytes ? toBase64(bytes) : null,
        storedValue: bytes ? null : describeStored(record.bytes),
        storedChecksum: typeof record.checksum === 'number' ? record.checksum : describeStored(record.checksum),
      };
    }),
    quarantineError: 'error' in quarantine ? quarantine.error : null,
  };
}

function asBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

function describeStored(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function encodeRecoveryFile(file: RecoveryFile): Uint8Array {
  return encodeUtf8(`${JSON.stringify(file, null, 2)}\n`);
}

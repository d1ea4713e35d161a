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
    readonly bytesBase64: string | null;
  }[];
}

export function buildRecoveryFile(
  doc: Y.Doc,
  workspaceId: string,
  quarantined: readonly QuarantinedRecord[],
  now: Date = new Date(),
): RecoveryFile {
  const state = Y.encodeStateAsUpdate(doc);
  return {
    format: RECOVERY_FORMAT,
    version: RECOVERY_VERSION,
    exportedAt: now.toISOString(),
    workspaceId,
    state: { encoding: 'yjs-update-v1-base64', data: toBase64(state), crc32: crc32(state) },
    quarantined: quarantined.map((record) => ({
      originalId: record.originalId,
      reason: record.reason,
      quarantinedAt: record.quarantinedAt,
      bytesBase64: record.bytes ? toBase64(record.bytes) : null,
    })),
  };
}

export function encodeRecoveryFile(file: RecoveryFile): Uint8Array {
  return encodeUtf8(`${JSON.stringify(file, null, 2)}\n`);
}

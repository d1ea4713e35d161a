import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { proveSnapshot, SnapshotError } from '../../../shared/backups/restore-log';
import { sealUpdate } from '../../../shared/persistence/record-check';
import { addAction } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

/** A workspace's state, sealed as a snapshot is stored. */
function sealedSnapshot() {
  const doc = createWorkspaceDoc();
  addAction(doc, { title: 'Before the snapshot' });
  return sealUpdate(Y.encodeStateAsUpdate(doc));
}

/**
 * Proving a snapshot before a restore: the restore itself (the log swapped in one transaction,
 * and an interrupted one leaving the old log whole) is LocalStore's, proven by its contract suite
 * (tests/unit/persistence/contract/snapshots.cases.ts) against memory and Dexie.
 */
describe('proving a snapshot', () => {
  it.each([
    ['a flipped bit', (s: { bytes: Uint8Array; checksum: number }) => {
      const bytes = s.bytes.slice();
      bytes[bytes.length >> 1]! ^= 0x10;
      return [bytes, s.checksum] as const;
    }, /damaged.*Checksum mismatch/],
    ['truncated bytes', (s: { bytes: Uint8Array }) => {
      const bytes = s.bytes.slice(0, s.bytes.length - 9);
      return [bytes, sealUpdate(bytes).checksum] as const;
    }, /damaged.*Not a readable Yjs update/],
    ['no bytes at all', () => ['gone', 0] as const, /damaged.*holds no update bytes/],
    ['no checksum', (s: { bytes: Uint8Array }) => [s.bytes, undefined] as const, /damaged.*no checksum/],
  ])('refuses a snapshot with %s', (_what, damage, message) => {
    const [bytes, checksum] = damage(sealedSnapshot());
    expect(() => proveSnapshot(bytes, checksum)).toThrow(message);
    expect(() => proveSnapshot(bytes, checksum)).toThrow(SnapshotError);
  });

  it('proves a snapshot on a scratch document and hands back its bytes', () => {
    const sealed = sealedSnapshot();
    expect(proveSnapshot(sealed.bytes, sealed.checksum)).toBe(sealed.bytes);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { buildRecoveryFile, encodeRecoveryFile } from '../../../shared/persistence/recovery-export';
import { crc32 } from '../../../shared/persistence/crc32';

describe('the recovery file', () => {
  const doc = createWorkspaceDoc();
  addAction(doc, { title: 'X-2 procurement eligibility' });
  const at = new Date('2026-07-03T08:00:00Z');

  it('carries the workspace and every quarantined record, bytes or not, as found', () => {
    const damaged = new Uint8Array([1, 2, 3, 250]);
    const file = JSON.parse(
      new TextDecoder().decode(
        encodeRecoveryFile(
          buildRecoveryFile(doc, 'default', {
            records: [
              { id: 1, originalId: 7, bytes: damaged, checksum: 99, reason: 'Checksum mismatch', quarantinedAt: at.toISOString() },
              { id: 2, originalId: 8, bytes: 'not bytes', checksum: undefined, reason: 'The record holds no update bytes.', quarantinedAt: at.toISOString() },
            ],
          }, at),
        ),
      ),
    );
    const state = Buffer.from(file.state.data, 'base64');
    expect(crc32(new Uint8Array(state))).toBe(file.state.crc32);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, new Uint8Array(state));
    expect(deriveActions(restored).map((a) => a.title)).toEqual(['X-2 procurement eligibility']);
    expect(file.quarantined).toEqual([
      { originalId: 7, reason: 'Checksum mismatch', quarantinedAt: at.toISOString(), bytesBase64: Buffer.from(damaged).toString('base64'), storedValue: null, storedChecksum: 99 },
      { originalId: 8, reason: 'The record holds no update bytes.', quarantinedAt: at.toISOString(), bytesBase64: null, storedValue: '"not bytes"', storedChecksum: 'undefined' },
    ]);
    expect(file.quarantineError).toBeNull();
  });

  it('says so when the quarantine could not be read, and still carries the workspace', () => {
    const file = buildRecoveryFile(doc, 'default', { error: 'The database connection is closing.' }, at);
    expect(file.quarantined).toEqual([]);
    expect(file.quarantineError).toBe('The database connection is closing.');
    expect(file.state.data.length).toBeGreaterThan(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS, nextDailyAt, SNAPSHOT_KINDS, SNAPSHOT_RETENTION, snapshotsToPrune, type SnapshotMeta,
} from '../../../shared/backups/retention';

describe('backup retention', () => {
  it('keeps the newest of each kind up to its limit, pruning kinds separately', () => {
    const daily = Array.from({ length: 20 }, (_, i): SnapshotMeta => ({ id: i + 1, kind: 'daily', takenAt: i * DAY_MS }));
    const imports = Array.from({ length: 25 }, (_, i): SnapshotMeta => ({ id: 100 + i, kind: 'before-import', takenAt: 19 * DAY_MS + i }));
    const prune = new Set(snapshotsToPrune([...imports, ...daily]));
    expect([...prune].filter((id) => id < 100).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...prune].filter((id) => id >= 100).sort((a, b) => a - b)).toEqual([100, 101, 102, 103, 104]);
  });

  it('never keeps more than the policy, never prunes within it, and keeps the newest (property)', () => {
    const meta = fc.record({ kind: fc.constantFrom(...SNAPSHOT_KINDS), takenAt: fc.integer({ min: 0, max: 1e6 }) });
    fc.assert(
      fc.property(fc.array(meta, { maxLength: 80 }), (entries) => {
        const snapshots = entries.map((entry, i) => ({ ...entry, id: i + 1 }));
        const prune = new Set(snapshotsToPrune(snapshots));
        for (const kind of SNAPSHOT_KINDS) {
          const ofKind = snapshots.filter((s) => s.kind === kind);
          const kept = ofKind.filter((s) => !prune.has(s.id));
          expect(kept.length).toBe(Math.min(ofKind.length, SNAPSHOT_RETENTION[kind]));
          const oldestKept = Math.min(...kept.map((s) => s.takenAt));
          expect(ofKind.filter((s) => prune.has(s.id)).every((s) => s.takenAt <= oldestKept)).toBe(true);
        }
      }),
    );
  });

  it('makes a daily snapshot due on first open, a day after the newest, and at once if the clock went back', () => {
    const now = 1_000 * DAY_MS;
    expect(nextDailyAt(null, now)).toBe(now);
    expect(nextDailyAt(now - 3_600_000, now)).toBe(now - 3_600_000 + DAY_MS);
    expect(nextDailyAt(now - 2 * DAY_MS, now)).toBe(now - DAY_MS);
    expect(nextDailyAt(now + DAY_MS, now)).toBe(now);
  });
});

/**
 * Local backups: snapshots of the whole workspace (one full Yjs state update each) kept on this
 * laptop, and the policy that bounds them. Pure, so the policy is tested in Node; the renderer
 * stores the snapshots (Dexie) and calls these to decide.
 *
 * Policy, per workspace and per kind, newest kept:
 *   daily           14   one when the workspace opens and the newest daily is a day old or more,
 *                        then one every 24 hours while it stays open: two weeks of working days
 *   before-import   20   one before every import of a file, so any import can be undone
 *   before-restore  10   one before every restore, so a restore can itself be undone
 *   manual          10   taken by hand ("Take a snapshot now")
 * Kinds are pruned separately: a burst of imports never pushes out the daily history.
 */
import { isOneOf } from '../validation/one-of';

export const SNAPSHOT_KINDS = ['daily', 'before-import', 'before-restore', 'manual'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const SNAPSHOT_RETENTION: Readonly<Record<SnapshotKind, number>> = {
  daily: 14,
  'before-import': 20,
  'before-restore': 10,
  manual: 10,
};

export const SNAPSHOT_KIND_LABELS: Readonly<Record<SnapshotKind, string>> = {
  daily: 'Daily',
  'before-import': 'Before import',
  'before-restore': 'Before restore',
  manual: 'Taken by hand',
};

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface SnapshotMeta {
  readonly id: number;
  readonly kind: SnapshotKind;
  /** Milliseconds since the epoch. */
  readonly takenAt: number;
}

export function isSnapshotKind(value: unknown): value is SnapshotKind {
  return isOneOf(SNAPSHOT_KINDS, value);
}

/** Newest first; the id (creation order) breaks ties of equal times. */
export function newestFirst(a: SnapshotMeta, b: SnapshotMeta): number {
  return b.takenAt - a.takenAt || b.id - a.id;
}

/** The ids to delete so that each kind keeps only its newest `retention[kind]` snapshots. */
export function snapshotsToPrune(
  snapshots: readonly SnapshotMeta[],
  retention: Readonly<Record<SnapshotKind, number>> = SNAPSHOT_RETENTION,
): number[] {
  const prune: number[] = [];
  for (const kind of SNAPSHOT_KINDS) {
    const ofKind = snapshots.filter((snapshot) => snapshot.kind === kind).sort(newestFirst);
    prune.push(...ofKind.slice(Math.max(0, retention[kind])).map((snapshot) => snapshot.id));
  }
  return prune;
}

/**
 * When the next daily snapshot is due (ms since the epoch): now if there is none yet, else a day
 * after the newest. A newest snapshot "from the future" means the clock was set back: a snapshot
 * is due now, or none would be taken until the clock caught up.
 */
export function nextDailyAt(newestDaily: number | null, now: number): number {
  if (newestDaily === null || newestDaily > now) return now;
  return newestDaily + DAY_MS;
}

import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { TandemDb } from '../../runtime/storage/tandem-db';
import { DEFAULT_WORKSPACE_ID } from '../../runtime/workspace-session';
import { listSnapshots, type SnapshotInfo } from '../../runtime/storage/snapshot-store';

export type SnapshotList =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly snapshots: readonly SnapshotInfo[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The workspace's snapshots, newest first, kept current: Dexie's liveQuery runs the query again
 * whenever a snapshot is written or pruned, by this window or another (the daily backup, an import).
 */
export function useSnapshots(db: TandemDb | null): SnapshotList {
  const [list, setList] = useState<SnapshotList>({ kind: 'loading' });
  useEffect(() => {
    if (!db) return;
    const subscription = liveQuery(() => listSnapshots(db, DEFAULT_WORKSPACE_ID)).subscribe({
      next: (snapshots) => setList({ kind: 'ready', snapshots }),
      error: (error: unknown) => setList({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return list;
}

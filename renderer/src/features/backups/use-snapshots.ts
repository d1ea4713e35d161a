import { useEffect, useState } from 'react';
import type { Backups, SnapshotList } from '../../runtime/backups';

export type { SnapshotList };

/** The workspace's snapshots, newest first, kept current by the runtime (any window's writes count). */
export function useSnapshots(backups: Backups): SnapshotList {
  const [list, setList] = useState<SnapshotList>({ kind: 'loading' });
  useEffect(() => backups.watchSnapshots(setList), [backups]);
  return list;
}

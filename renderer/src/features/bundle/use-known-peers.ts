import { useEffect, useState } from 'react';
import { currentDb } from '../../shell/boot';
import type { PeerRow } from '../../runtime/storage/tandem-db';
import { listPeers } from '../../runtime/storage/peer-store';

/** The known peers, read again whenever `version` changes; none while local storage is unavailable. */
export function useKnownPeers(version: number): { readonly peers: readonly PeerRow[]; readonly error: string | null } {
  const [state, setState] = useState<{ peers: readonly PeerRow[]; error: string | null }>({ peers: [], error: null });
  useEffect(() => {
    let live = true;
    const db = currentDb();
    if (!db) return undefined;
    listPeers(db).then(
      (peers) => live && setState({ peers, error: null }),
      (error: unknown) => live && setState({ peers: [], error: `Known peers could not be read (${error instanceof Error ? error.message : String(error)}).` }),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}

import { useEffect, useState } from 'react';
import type { KnownPeer } from '../../../../shared/bundle/known-peers';
import { useRuntime } from '../../ui/runtime-context';

/** The known peers, read again whenever `version` changes; none while local storage is unavailable. */
export function useKnownPeers(version: number): { readonly peers: readonly KnownPeer[]; readonly error: string | null } {
  const runtime = useRuntime();
  const [state, setState] = useState<{ peers: readonly KnownPeer[]; error: string | null }>({ peers: [], error: null });
  useEffect(() => {
    let live = true;
    runtime.knownPeers().then(
      (peers) => live && setState({ peers, error: null }),
      (error: unknown) => live && setState({ peers: [], error: `Known peers could not be read (${error instanceof Error ? error.message : String(error)}).` }),
    );
    return () => {
      live = false;
    };
  }, [version, runtime]);
  return state;
}

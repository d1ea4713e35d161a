import { useTandemStore } from '../../state/store';
import { describeStatus } from '../../../../shared/sync/sync-status';
import './sync.css';

/** Always in the top bar: offline, hosting, connecting, waiting, syncing with N, synced with N. */
export function SyncStatus({ onOpen }: { readonly onOpen: () => void }) {
  const status = useTandemStore((state) => state.syncStatus);
  const problem = useTandemStore((state) => state.syncProblem);
  return (
    <button type="button" className={`sync-status phase-${status.phase}${problem ? ' has-problem' : ''}`} onClick={onOpen}
      aria-label={`Session: ${describeStatus(status)}${problem ? ' (a problem needs attention)' : ''}. Open the session view.`}>
      <span role="status" data-testid="sync-status">{describeStatus(status)}</span>
      {problem && <span aria-hidden="true"> ⚠</span>}
    </button>
  );
}

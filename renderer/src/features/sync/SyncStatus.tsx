import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import './sync.css';

/** Always in the top bar: offline, hosting, connecting, waiting, syncing with N, synced with N. */
export function SyncStatus({ onOpen }: { readonly onOpen: () => void }) {
  const status = useTandemStore((state) => state.syncStatus);
  const problem = useTandemStore((state) => state.syncProblem);
  const t = useT();
  const words = t('sync.status', { phase: status.phase, hosting: status.hosting ? 'yes' : 'no', peers: status.peers });
  return (
    <button type="button" className={`sync-status phase-${status.phase}${problem ? ' has-problem' : ''}`} onClick={onOpen}
      aria-label={t('sync.statusLabel', { status: words, problem: problem ? 'yes' : 'no' })}>
      <span role="status" data-testid="sync-status">{words}</span>
      {problem && <span aria-hidden="true"> ⚠</span>}
    </button>
  );
}

import { lanIsLive, type SyncStatus as LanStatus } from '../../../../shared/sync/sync-status';
import type { RelayStatus } from '../../../../shared/sync/relay-status';
import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import './sync.css';

/**
 * Always in the top bar, saying which links are live: the LAN session (offline, hosting, connecting,
 * waiting, syncing with N, synced with N), the relay, or both (shared describeLinks in English).
 */
export function SyncStatus({ onOpen }: { readonly onOpen: () => void }) {
  const status = useTandemStore((state) => state.syncStatus);
  const relay = useTandemStore((state) => state.relayStatus);
  const problem = useTandemStore((state) => state.syncProblem !== null || state.relayStatus.problem !== null);
  const t = useT();
  const lan = { phase: status.phase, hosting: status.hosting ? 'yes' : 'no', peers: status.peers };
  const words = relay.phase === 'off' ? t('sync.status', lan)
    : lanIsLive(status) ? t('relay.status.both', { ...lan, relay: relay.phase })
    : t('relay.status.only', { relay: relay.phase });
  return (
    <button type="button" className={`sync-status phase-${shownPhase(status, relay)}${problem ? ' has-problem' : ''}`} onClick={onOpen}
      aria-label={t('sync.statusLabel', { status: words, problem: problem ? 'yes' : 'no' })}>
      <span role="status" data-testid="sync-status">{words}</span>
      {problem && <span aria-hidden="true"> ⚠</span>}
    </button>
  );
}

/** The colour the pill takes: the LAN's phase, or the relay's when the LAN is not live (a relay link's phases map onto the LAN's). */
function shownPhase(status: LanStatus, relay: RelayStatus): string {
  if (relay.phase === 'off' || lanIsLive(status)) return status.phase;
  if (relay.phase === 'synced' || relay.phase === 'syncing') return relay.phase;
  if (relay.phase === 'connecting' || relay.phase === 'disconnected') return 'reconnecting';
  return 'offline';
}

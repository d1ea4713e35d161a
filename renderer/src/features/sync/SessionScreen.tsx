import { useEffect, useState, type ReactNode } from 'react';
import type { RecentSession } from '../../../../shared/sync/recent-sessions';
import { useTandemStore } from '../../state/store';
import { useRuntime } from '../../ui/runtime-context';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { HostForm } from './HostForm';
import { JoinForm } from './JoinForm';
import { PresenceList } from './PresenceList';
import { RecentSessions } from './RecentSessions';
import { RelayPanel } from './RelayPanel';
import { SyncProblemText } from './SyncProblemText';
import './sync.css';

/**
 * The LAN session: host or join one; once in, the address and join code to read out, the
 * status, who is present, and Leave. A LAN session never reaches past the room: its only server is
 * the one a laptop here hosts, and peers connect to each other directly. Below it, the relay
 * (RelayPanel): a server of the delegation's own, on its private network, linked or not
 * whatever the LAN session does.
 */
export function SessionScreen() {
  const { lan, authorship } = useRuntime();
  const status = useTandemStore((state) => state.syncStatus);
  const code = useTandemStore((state) => state.joinCode);
  const problem = useTandemStore((state) => state.syncProblem);
  const observer = useTandemStore((state) => state.identity?.role === 'observer');
  const inSession = status.url !== null;
  const t = useT();
  const intl = useIntl();
  // Read again whenever this laptop enters or leaves a session (a start is what adds an entry).
  const [recent, setRecent] = useState<readonly RecentSession[] | null>(null);
  useEffect(() => {
    let current = true;
    void lan.recentSessions().then((list) => { if (current) setRecent(list); });
    return () => { current = false; };
  }, [lan, inSession]);
  const lastHosted = recent?.find((entry) => entry.hosting !== null) ?? null;
  const lastJoined = recent?.find((entry) => entry.hosting === null) ?? null;
  return (
    <section className="session-screen" aria-labelledby="session-heading">
      <h2 id="session-heading">{t('data.session.title')}</h2>
      <p className="safety-code">
        {intl.formatMessage({ id: 'data.session.safetyCode' }, {
          safetyCode: authorship.safetyCode,
          code: (chunks: ReactNode[]) => <span className="code" data-testid="safety-code">{chunks}</span>,
        })}
      </p>
      {problem && (
        <div className="session-problem" role="alert">
          <SyncProblemText problem={problem} />{' '}
          <button type="button" onClick={() => useTandemStore.getState().setSyncProblem(null)}>{t('data.session.dismiss')}</button>
        </div>
      )}
      {inSession ? (
        <>
          <dl className="session-facts">
            <dt>{t('data.session.status')}</dt>
            <dd data-testid="session-status">{t('sync.status', { phase: status.phase, hosting: status.hosting ? 'yes' : 'no', peers: status.peers })}</dd>
            <dt>{t('data.session.address')}</dt>
            <dd data-testid="session-address">{status.url?.replace(/^ws:\/\//, '')}</dd>
            <dt>{t('data.session.joinCode')}</dt>
            <dd className="join-code" data-testid="join-code">{code}</dd>
          </dl>
          <h3>{t('data.session.people')}</h3>
          <PresenceList />
          <button type="button" onClick={() => void lan.leave()}>{status.hosting ? t('data.session.end') : t('data.session.leave')}</button>
        </>
      ) : (
        recent && (
          <>
            <div className="session-forms">
              {!observer && <HostForm key={lastHosted?.at ?? 'new'} last={lastHosted} />}
              <JoinForm key={lastJoined?.at ?? 'new'} last={lastJoined} />
            </div>
            <RecentSessions sessions={recent} observer={observer} />
          </>
        )
      )}
      <RelayPanel />
    </section>
  );
}

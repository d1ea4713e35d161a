import { useEffect, useState } from 'react';
import type { RecentSession } from '../../../../shared/sync/recent-sessions';
import { useTandemStore } from '../../state/store';
import { useRuntime } from '../../ui/runtime-context';
import { describeStatus } from '../../../../shared/sync/sync-status';
import { HostForm } from './HostForm';
import { JoinForm } from './JoinForm';
import { PresenceList } from './PresenceList';
import { RecentSessions } from './RecentSessions';
import './sync.css';

/**
 * The LAN session: host or join one; once in, the address and join code to read out, the
 * status, who is present, and Leave. Sync never reaches past the room: the only server is the
 * one a laptop here hosts, and peers connect to each other directly.
 */
export function SessionScreen() {
  const { lan, authorship } = useRuntime();
  const status = useTandemStore((state) => state.syncStatus);
  const code = useTandemStore((state) => state.joinCode);
  const problem = useTandemStore((state) => state.syncProblem);
  const observer = useTandemStore((state) => state.identity?.role === 'observer');
  const inSession = status.url !== null;
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
      <h2 id="session-heading">Session</h2>
      <p className="safety-code">
        This laptop’s safety code: <span className="code" data-testid="safety-code">{authorship.safetyCode}</span>.
        Read it aloud to the people you sync with: a file signed by this laptop shows them the same code.
      </p>
      {problem && (
        <div className="session-problem" role="alert">
          {problem.message}{' '}
          <button type="button" onClick={() => useTandemStore.getState().setSyncProblem(null)}>Dismiss</button>
        </div>
      )}
      {inSession ? (
        <>
          <dl className="session-facts">
            <dt>Status</dt>
            <dd data-testid="session-status">{describeStatus(status)}</dd>
            <dt>Address</dt>
            <dd data-testid="session-address">{status.url?.replace(/^ws:\/\//, '')}</dd>
            <dt>Join code</dt>
            <dd className="join-code" data-testid="join-code">{code}</dd>
          </dl>
          <h3>People</h3>
          <PresenceList />
          <button type="button" onClick={() => void lan.leave()}>{status.hosting ? 'End session' : 'Leave session'}</button>
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
    </section>
  );
}

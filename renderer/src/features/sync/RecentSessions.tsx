import { useState } from 'react';
import { maskJoinCode, type RecentSession } from '../../../../shared/sync/recent-sessions';
import { useRuntime } from '../../ui/runtime-context';

export const addressOf = (url: string) => url.replace(/^ws:\/\//, '');

/** When a session was started, in the laptop's own date and time form. */
const startedAt = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The sessions this laptop was in with this workspace, newest first: the address, when, hosted or
 * joined, the code with its passphrase hidden, and Rejoin, which starts it again in one click
 * (hosting again with the same code, or joining with the stored one).
 */
export function RecentSessions({ sessions, observer }: { readonly sessions: readonly RecentSession[]; readonly observer: boolean }) {
  const { lan } = useRuntime();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (sessions.length === 0) return null;
  const rejoin = async (entry: RecentSession) => {
    setBusy(true);
    setError(await lan.rejoin(entry));
    setBusy(false);
  };
  return (
    <section className="recent-sessions" aria-labelledby="recent-heading">
      <h3 id="recent-heading">Recent sessions</h3>
      <ul aria-label="Recent sessions">
        {sessions.map((entry) => {
          const hosted = entry.hosting !== null;
          const address = addressOf(entry.url);
          return (
            <li key={`${entry.url} ${entry.code.room}`} data-testid="recent-session">
              <span className="recent-address" dir="ltr">{address}</span>
              <span className={`recent-role ${hosted ? 'hosted' : 'joined'}`}>{hosted ? 'Hosted' : 'Joined'}</span>
              <time dateTime={entry.at}>{startedAt(entry.at)}</time>
              <span className="recent-code" dir="ltr" title="The passphrase is hidden; Rejoin uses the whole code">{maskJoinCode(entry.code)}</span>
              <button type="button" disabled={busy || (hosted && observer)} onClick={() => void rejoin(entry)}
                aria-label={`Rejoin the session ${hosted ? 'hosted' : 'joined'} at ${address}`}>Rejoin</button>
            </li>
          );
        })}
      </ul>
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}

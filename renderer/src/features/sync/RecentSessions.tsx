import { useState } from 'react';
import { maskJoinCode, type RecentSession } from '../../../../shared/sync/recent-sessions';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { useRuntime } from '../../ui/runtime-context';

export const addressOf = (url: string) => url.replace(/^ws:\/\//, '');

/** When a session was started, in the laptop's own date and time form. */
const startedAt = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The sessions this laptop was in with this workspace, newest first: the address, when, hosted or
 * joined, the code with its passphrase hidden, and Rejoin, which starts it again in one click
 * (hosting again with the same code, or joining with the stored one).
 */
export function RecentSessions({ sessions, observer }: { readonly sessions: readonly RecentSession[]; readonly observer: boolean }) {
  const { lan } = useRuntime();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const { locale } = useLanguage();
  if (sessions.length === 0) return null;
  const rejoin = async (entry: RecentSession) => {
    setBusy(true);
    setError(await lan.rejoin(entry));
    setBusy(false);
  };
  return (
    <section className="recent-sessions" aria-labelledby="recent-heading">
      <h3 id="recent-heading">{t('data.recent.title')}</h3>
      <ul aria-label={t('data.recent.title')}>
        {sessions.map((entry) => {
          const hosted = entry.hosting !== null;
          const address = addressOf(entry.url);
          return (
            <li key={`${entry.url} ${entry.code.room}`} data-testid="recent-session">
              <span className="recent-address" dir="ltr">{address}</span>
              <span className={`recent-role ${hosted ? 'hosted' : 'joined'}`}>{t('data.recent.role', { hosted: hosted ? 'yes' : 'no' })}</span>
              <time dateTime={entry.at}>{startedAt(entry.at, locale)}</time>
              <span className="recent-code" dir="ltr" title={t('data.recent.hidden')}>{maskJoinCode(entry.code)}</span>
              <button type="button" disabled={busy || (hosted && observer)} onClick={() => void rejoin(entry)}
                aria-label={t('data.recent.rejoinLabel', { hosted: hosted ? 'yes' : 'no', address })}>{t('data.recent.rejoin')}</button>
            </li>
          );
        })}
      </ul>
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}

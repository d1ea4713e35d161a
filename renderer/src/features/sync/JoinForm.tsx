import { useState, type FormEvent } from 'react';
import { formatJoinCode } from '../../../../shared/sync/join-code';
import type { RecentSession } from '../../../../shared/sync/recent-sessions';
import { useT } from '../../ui/i18n/I18nProvider';
import { useRuntime } from '../../ui/runtime-context';
import { addressOf } from './RecentSessions';

/** What a join code looks like (letters and digits, no words to translate). */
const CODE_EXAMPLE = 'K7Q3M9XD-ABCD-EFGH-JKMN-PQRS';

/** Join a session: the host's address and the join code it shows; filled with the last session joined, if any. */
export function JoinForm({ last }: { readonly last: RecentSession | null }) {
  const { lan } = useRuntime();
  const [address, setAddress] = useState(last ? addressOf(last.url) : '');
  const [code, setCode] = useState(last ? formatJoinCode(last.code) : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await lan.join(address, code));
    setBusy(false);
  };
  return (
    <form className="session-form" onSubmit={(event) => void submit(event)} aria-labelledby="join-heading">
      <h3 id="join-heading">{t('data.join.title')}</h3>
      <label>
        {t('data.join.address')}
        <input value={address} onChange={(event) => setAddress(event.target.value)} placeholder="192.168.1.20:4444" dir="auto" spellCheck={false} />
      </label>
      <label>
        {t('data.join.code')}
        <input value={code} onChange={(event) => setCode(event.target.value)} placeholder={CODE_EXAMPLE} dir="auto" spellCheck={false} autoComplete="off" />
      </label>
      <button type="submit" disabled={busy}>{t('data.join.submit')}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { formatJoinCode } from '../../../../shared/sync/join-code';
import type { RelayProblem } from '../../../../shared/sync/relay-status';
import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useRuntime } from '../../ui/runtime-context';
import { addressOf } from './RecentSessions';
import { gateReasonSentences } from './sync-problem-words';

/** What a relay's address and join code look like (digits and letters, no words to translate). */
const ADDRESS_EXAMPLE = '10.0.0.5:4455';
const CODE_EXAMPLE = 'K7Q3M9XD-ABCD-EFGH-JKMN-PQRS';

/**
 * The delegation's relay, beside the LAN session and independent of it: its address and its own
 * join code, Connect; once linked, the phase in words, what stopped it, and Disconnect (which
 * forgets it for this workspace).
 */
export function RelayPanel() {
  const { relay } = useRuntime();
  const status = useTandemStore((state) => state.relayStatus);
  const t = useT();
  const linked = status.phase !== 'off';
  return (
    <section className="relay-panel" aria-labelledby="relay-heading" data-testid="relay-panel">
      <header className="relay-head">
        <h3 id="relay-heading">{t('relay.title')}</h3>
        {linked && <span className={`relay-phase phase-${status.phase}`} data-testid="relay-phase">{t('relay.phase', { phase: status.phase })}</span>}
      </header>
      <p className="note">{t('relay.intro')}</p>
      {linked ? (
        <>
          <dl className="session-facts">
            <dt>{t('relay.fact.address')}</dt>
            {/* Left to right inside, at the start of the line in either direction. */}
            <dd><span className="relay-address" dir="ltr" data-testid="relay-address">{status.url ? addressOf(status.url) : ''}</span></dd>
          </dl>
          {status.problem && <RelayProblemText problem={status.problem} />}
          <div className="relay-actions">
            <button type="button" onClick={() => void relay.disconnect()}>{t('relay.disconnect')}</button>
          </div>
        </>
      ) : (
        <RelayForm />
      )}
    </section>
  );
}

function RelayProblemText({ problem }: { readonly problem: RelayProblem }) {
  const t = useT();
  return (
    <p className="relay-problem" role="alert" data-testid="relay-problem">
      {problem.kind === 'refused' ? t('relay.problem.refused') : [t('relay.problem.paused'), ...gateReasonSentences(problem.rule, problem.reason, t)].join(' ')}
    </p>
  );
}

/** Address and join code, filled with the relay this workspace was last linked to, if any. */
function RelayForm() {
  const { relay } = useRuntime();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  useEffect(() => {
    let current = true;
    void relay.saved().then((saved) => {
      if (!current || !saved) return;
      setAddress((typed) => typed || addressOf(saved.url));
      setCode((typed) => typed || formatJoinCode(saved.code));
    });
    return () => { current = false; };
  }, [relay]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await relay.connect(address, code));
    setBusy(false);
  };
  return (
    <form className="relay-form" onSubmit={(event) => void submit(event)} aria-labelledby="relay-heading">
      <label>
        {t('relay.address')}
        <input value={address} onChange={(event) => setAddress(event.target.value)} placeholder={ADDRESS_EXAMPLE} dir="auto" spellCheck={false} />
      </label>
      {/* The hint stays outside the label: it describes the field, it is not its name. */}
      <div className="relay-field">
        <label>
          {t('relay.code')}
          <input value={code} onChange={(event) => setCode(event.target.value)} placeholder={CODE_EXAMPLE} dir="auto" spellCheck={false} autoComplete="off"
            aria-describedby="relay-code-hint" />
        </label>
        <span className="hint" id="relay-code-hint">{t('relay.codeHint')}</span>
      </div>
      <button type="submit" disabled={busy}>{t('relay.connect')}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}

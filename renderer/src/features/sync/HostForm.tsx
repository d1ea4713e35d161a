import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { useRuntime } from '../../ui/runtime-context';
import type { LanAddress } from '../../../../shared/host/host-api';
import { maskJoinCode, type RecentSession } from '../../../../shared/sync/recent-sessions';

export const DEFAULT_SESSION_PORT = 4444;

/**
 * Host a session: pick one of this laptop's addresses and a port; the server starts here. After a
 * session this laptop hosted, the default is to host with the same code, which the room has read
 * out already; a new code is one choice away.
 */
export function HostForm({ last }: { readonly last: RecentSession | null }) {
  const { lan, host } = useRuntime();
  const [addresses, setAddresses] = useState<readonly LanAddress[] | null>(null);
  const [address, setAddress] = useState(last?.hosting?.address ?? '');
  const [port, setPort] = useState(String(last?.hosting?.port ?? DEFAULT_SESSION_PORT));
  const [sameCode, setSameCode] = useState(last !== null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  const intl = useIntl();
  useEffect(() => {
    host
      .lanAddresses()
      .then((list) => {
        setAddresses(list);
        const fallback = (list.find((entry) => !entry.internal) ?? list[0])?.address || '';
        // The last session's address only while this laptop still has it.
        setAddress((chosen) => (chosen && list.some((entry) => entry.address === chosen) ? chosen : fallback));
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [host]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(port);
    if (!/^\d+$/.test(port.trim()) || number < 1 || number > 65535) {
      setError(t('data.host.badPort', { port }));
      return;
    }
    setBusy(true);
    setError(await lan.host(address, number, sameCode && last ? last.code : undefined));
    setBusy(false);
  };
  return (
    <form className="session-form" onSubmit={(event) => void submit(event)} aria-labelledby="host-heading">
      <h3 id="host-heading">{t('data.host.title')}</h3>
      <p className="note">{t('data.host.note')}</p>
      <label>
        {t('data.host.address')}
        <select value={address} onChange={(event) => setAddress(event.target.value)} disabled={!addresses}>
          {(addresses ?? []).map((entry) => (
            <option key={`${entry.name}-${entry.address}`} value={entry.address}>
              {t('data.host.option', { address: entry.address, name: entry.name, internal: entry.internal ? 'yes' : 'no' })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('data.host.port')}
        <input inputMode="numeric" value={port} onChange={(event) => setPort(event.target.value)} dir="auto" />
      </label>
      {last && (
        <fieldset className="host-code-choice">
          <legend>{t('data.host.codeChoice')}</legend>
          <label className="inline">
            <input type="radio" name="host-code" checked={sameCode} onChange={() => setSameCode(true)} />
            <span>{intl.formatMessage({ id: 'data.host.sameCode' }, { code: () => <span className="recent-code" dir="ltr" title={maskJoinCode(last.code)}>{last.code.room}-…</span> })}</span>
          </label>
          <label className="inline">
            <input type="radio" name="host-code" checked={!sameCode} onChange={() => setSameCode(false)} />
            {t('data.host.newCode')}
          </label>
        </fieldset>
      )}
      <button type="submit" disabled={busy || !address}>{t('data.host.submit')}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}

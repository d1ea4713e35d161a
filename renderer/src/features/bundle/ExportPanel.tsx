import { useRef, useState, type FormEvent } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { exportSyncFile, type ExportStep } from './bundle-export';
import { byteCount, errorText, utcMinute } from './format-text';
import { useKnownPeers } from './use-known-peers';

const MIN_PASSPHRASE = 8;

/** Export: the whole workspace or a known peer's missing changes, optionally encrypted. Observers may export. */
export function ExportPanel({ peersVersion }: { readonly peersVersion: number }) {
  const runtime = useRuntime();
  const { peers, error: peersError } = useKnownPeers(peersVersion);
  const [scope, setScope] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string }>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const t = useT();
  // An option cannot hold a <bdi>: in a right-to-left page the UTC time is isolated with LRI…PDI.
  const { locale, dir } = useLanguage();
  const STEPS = { encrypting: t('data.export.encrypting'), preparing: t('data.export.preparing'), saving: t('data.export.saving') } satisfies Record<ExportStep, string>;
  const peer = peers.find((row) => row.key === scope) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (encrypt && passphrase.length < MIN_PASSPHRASE) found.passphrase = t('data.export.tooShort', { count: MIN_PASSPHRASE });
    else if (encrypt && confirmation !== passphrase) found.confirmation = t('data.export.differ');
    setErrors(found);
    if (found.passphrase || found.confirmation) {
      form.current?.querySelector<HTMLElement>(found.passphrase ? '#export-passphrase' : '#export-confirmation')?.focus();
      return;
    }
    setResult(null);
    setBusy(STEPS.preparing);
    try {
      const saved = await exportSyncFile(runtime, { peer, passphrase: encrypt ? passphrase : null }, (step) => setBusy(STEPS[step]));
      setResult(saved
        ? { ok: true, text: t('data.export.saved', { peer: peer ? peer.name : 'none', encrypted: encrypt ? 'yes' : 'no', file: saved.path ?? saved.name, size: byteCount(saved.bytes, t, locale) }) }
        : { ok: true, text: t('data.export.cancelled') });
      if (saved) {
        setPassphrase('');
        setConfirmation('');
      }
    } catch (error) {
      setResult({ ok: false, text: t('data.export.failed', { reason: errorText(error) }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="export-title" className="sync-panel">
      <h3 id="export-title">{t('data.export.title')}</h3>
      <form ref={form} aria-label={t('data.export.title')} onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="export-scope">{t('data.export.what')}</label>
        <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value)} aria-describedby="export-scope-note">
          <option value="">{t('data.export.whole')}</option>
          {peers.map((row) => (
            <option key={row.key} value={row.key}>
              {t('data.export.forPeer', { name: row.name, delegation: row.delegation, seen: dir === 'rtl' ? `\u2066${utcMinute(row.seenAt)}\u2069` : utcMinute(row.seenAt) })}
            </option>
          ))}
        </select>
        <p id="export-scope-note" className="note">
          {peersError ?? (peers.length === 0
            ? t('data.export.noPeers')
            : t('data.export.peersNote'))}
        </p>
        <label className="check">
          <input type="checkbox" checked={encrypt} onChange={(e) => { setEncrypt(e.target.checked); setErrors({}); }} />
          {t('data.export.encrypt')}
        </label>
        {encrypt && (
          <div className="passphrases">
            <label htmlFor="export-passphrase">{t('data.export.passphrase')}</label>
            <input id="export-passphrase" type="password" dir="auto" autoComplete="new-password" value={passphrase}
              aria-invalid={errors.passphrase ? true : undefined} aria-describedby="export-passphrase-error"
              onChange={(e) => { setPassphrase(e.target.value); setErrors({}); }} />
            <p id="export-passphrase-error" className="field-error">{errors.passphrase ?? ''}</p>
            <label htmlFor="export-confirmation">{t('data.export.confirm')}</label>
            <input id="export-confirmation" type="password" dir="auto" autoComplete="new-password" value={confirmation}
              aria-invalid={errors.confirmation ? true : undefined} aria-describedby="export-confirmation-error"
              onChange={(e) => { setConfirmation(e.target.value); setErrors({}); }} />
            <p id="export-confirmation-error" className="field-error">{errors.confirmation ?? ''}</p>
            <p className="note">{t('data.export.separately')}</p>
          </div>
        )}
        <div className="buttons">
          <button type="submit" disabled={busy !== null}>{t('data.export.submit')}</button>
        </div>
        <p role="status" className="done" data-testid="export-status">{busy ?? (result?.ok ? result.text : '')}</p>
        {result && !result.ok && <p role="alert" className="error">{result.text}</p>}
      </form>
    </section>
  );
}

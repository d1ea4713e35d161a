import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';

/** Asks for an encrypted file's passphrase; a wrong one comes back with its message and an empty field. */
export function PassphrasePrompt({ name, error, onSubmit, onCancel }: {
  readonly name: string;
  readonly error: string | null;
  readonly onSubmit: (passphrase: string) => void;
  readonly onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const t = useT();
  const intl = useIntl();
  // Focus on arrival and again after a wrong passphrase (the prompt is shown anew with its error).
  useEffect(() => input.current?.focus(), [error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    onSubmit(passphrase);
  };
  const message = missing ? t('data.passphrase.missing') : error;
  return (
    <form className="passphrase-prompt" aria-label={t('data.passphrase.form', { name })} onSubmit={submit} noValidate>
      <p>{intl.formatMessage({ id: 'data.passphrase.intro' }, { name: () => <UserText text={name} /> })}</p>
      <label htmlFor="import-passphrase">{t('data.passphrase.label')}</label>
      <input ref={input} id="import-passphrase" type="password" dir="auto" autoComplete="off" value={passphrase}
        aria-invalid={message ? true : undefined} aria-describedby="import-passphrase-error"
        onChange={(e) => { setPassphrase(e.target.value); setMissing(false); }} />
      <p id="import-passphrase-error" className="field-error" role={message ? 'alert' : undefined}>{message ?? ''}</p>
      <div className="buttons">
        <button type="submit">{t('data.passphrase.open')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('data.cancel')}</button>
      </div>
    </form>
  );
}

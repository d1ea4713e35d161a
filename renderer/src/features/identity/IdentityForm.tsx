import { useState, type FormEvent } from 'react';
import { DELEGATIONS, MAX_NAME_LENGTH, ROLES, parseIdentity, type Identity } from '../../../../shared/identity/identity';
import { useT, type Translate } from '../../ui/i18n/I18nProvider';
import { useApp } from '../../ui/runtime-context';
import { useTandemStore } from '../../state/store';

type Errors = Partial<Record<keyof Identity, string>>;

/** The field errors in the interface's language (parseIdentity says which fields are wrong). */
function translatedErrors(errors: Errors, name: string, t: Translate): Errors {
  const length = name.trim().replace(/\s+/g, ' ').length;
  return {
    ...(errors.name ? { name: length === 0 ? t('identity.error.nameEmpty') : t('identity.error.nameTooLong', { max: MAX_NAME_LENGTH, length }) } : {}),
    ...(errors.delegation ? { delegation: t('identity.error.delegation') } : {}),
    ...(errors.role ? { role: t('identity.error.role') } : {}),
  };
}

/**
 * Who is working on this laptop: asked on first run, changeable later. Every change is attributed
 * to it; a change of identity reopens the workspace under a new Yjs client id, so earlier changes
 * keep their author.
 */
export function IdentityForm() {
  const app = useApp();
  const current = useTandemStore((state) => state.identity);
  const setPhase = useTandemStore((state) => state.setPhase);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const t = useT();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = parseIdentity({ name: form.get('name'), delegation: form.get('delegation'), role: form.get('role') });
    if (!result.ok) {
      setErrors(translatedErrors(result.errors, String(form.get('name') ?? ''), t));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await app.completeIdentity(result.identity);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  }

  return (
    <main className="panel">
      <h1>{t(current ? 'identity.who' : 'identity.welcome')}</h1>
      <p>{t('identity.intro')}</p>
      <form onSubmit={submit} noValidate aria-label={t('identity.form')} data-testid="identity-form">
        <label htmlFor="identity-name">{t('identity.name')}</label>
        <input id="identity-name" name="name" dir="auto" defaultValue={current?.name ?? ''} autoFocus autoComplete="name" aria-invalid={!!errors.name} aria-describedby="identity-name-error" />
        <FieldError id="identity-name-error" message={errors.name} />

        <fieldset aria-describedby="identity-delegation-error">
          <legend>{t('identity.delegation')}</legend>
          {DELEGATIONS.map((delegation) => (
            <label key={delegation} className="choice">
              <input type="radio" name="delegation" value={delegation} defaultChecked={current?.delegation === delegation} /> {t('identity.delegationName', { delegation })}
            </label>
          ))}
        </fieldset>
        <FieldError id="identity-delegation-error" message={errors.delegation} />

        <label htmlFor="identity-role">{t('identity.role')}</label>
        <select id="identity-role" name="role" defaultValue={current?.role ?? ''} aria-describedby="identity-role-error">
          <option value="" disabled>{t('identity.chooseRole')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>{t('identity.roleName', { role })}</option>
          ))}
        </select>
        <FieldError id="identity-role-error" message={errors.role} />

        {failure && <p className="error" role="alert">{t('identity.failed', { reason: failure })}</p>}
        <div className="buttons">
          <button type="submit" disabled={saving}>{t(saving ? 'identity.saving' : current ? 'identity.save' : 'identity.start')}</button>
          {current && <button type="button" className="secondary" onClick={() => setPhase({ kind: 'ready' })}>{t('identity.cancel')}</button>}
        </div>
      </form>
    </main>
  );
}

function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return <p id={id} className="field-error" role={message ? 'alert' : undefined}>{message ?? ''}</p>;
}

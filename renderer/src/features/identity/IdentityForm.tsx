import { useState, type FormEvent } from 'react';
import {
  DELEGATIONS, DELEGATION_LABELS, ROLES, ROLE_LABELS, parseIdentity, type Identity,
} from '../../../../shared/identity/identity';
import { useApp } from '../../ui/runtime-context';
import { useTandemStore } from '../../state/store';

type Errors = Partial<Record<keyof Identity, string>>;

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = parseIdentity({ name: form.get('name'), delegation: form.get('delegation'), role: form.get('role') });
    if (!result.ok) {
      setErrors(result.errors);
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
      <h1>{current ? 'Who is working on this laptop' : 'Welcome to Tandem'}</h1>
      <p>Tell your colleagues who is making changes. This stays on this laptop and is attached to every edit you make.</p>
      <form onSubmit={submit} noValidate aria-label="Your identity">
        <label htmlFor="identity-name">Name</label>
        <input id="identity-name" name="name" dir="auto" defaultValue={current?.name ?? ''} autoFocus autoComplete="name" aria-invalid={!!errors.name} aria-describedby="identity-name-error" />
        <FieldError id="identity-name-error" message={errors.name} />

        <fieldset aria-describedby="identity-delegation-error">
          <legend>Delegation</legend>
          {DELEGATIONS.map((delegation) => (
            <label key={delegation} className="choice">
              <input type="radio" name="delegation" value={delegation} defaultChecked={current?.delegation === delegation} /> {DELEGATION_LABELS[delegation]}
            </label>
          ))}
        </fieldset>
        <FieldError id="identity-delegation-error" message={errors.delegation} />

        <label htmlFor="identity-role">Role</label>
        <select id="identity-role" name="role" defaultValue={current?.role ?? ''} aria-describedby="identity-role-error">
          <option value="" disabled>Choose your role</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>{ROLE_LABELS[role]}</option>
          ))}
        </select>
        <FieldError id="identity-role-error" message={errors.role} />

        {failure && <p className="error" role="alert">Could not save your identity: {failure}</p>}
        <div className="buttons">
          <button type="submit" disabled={saving}>{saving ? 'Saving…' : current ? 'Save' : 'Start working'}</button>
          {current && <button type="button" className="secondary" onClick={() => setPhase({ kind: 'ready' })}>Cancel</button>}
        </div>
      </form>
    </main>
  );
}

function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return <p id={id} className="field-error" role={message ? 'alert' : undefined}>{message ?? ''}</p>;
}

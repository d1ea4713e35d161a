import { useRef, useState, type FormEvent } from 'react';
import { INSTITUTION_KINDS, type InstitutionKind, type Side } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { checkInstitution, hasErrors, type InstitutionDraft, type InstitutionErrors } from './directory-model';
import { FieldError } from './FieldError';
import { kindLabel } from './kinds';
import { SIDE_NAMES } from './matrix-model';

const EMPTY: InstitutionDraft = { name: '', shortName: '', side: '', kind: '' };
const FIELDS = ['name', 'shortName', 'side', 'kind'] as const;

/** Adds an institution to the directory; each field says what is wrong with it before anything is written. */
export function AddInstitutionForm() {
  const commands = useCommands();
  const directory = useTandemStore((state) => state.institutions);
  const [draft, setDraft] = useState<InstitutionDraft>(EMPTY);
  const [errors, setErrors] = useState<InstitutionErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const edit = (change: Partial<InstitutionDraft>) => {
    setDraft({ ...draft, ...change });
    setErrors({});
    setDone(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkInstitution(draft, directory);
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) return form.current?.querySelector<HTMLElement>(`#new-institution-${first}`)?.focus();
    if (hasErrors(found) || draft.side === '' || draft.kind === '') return undefined;
    const id = commands.addInstitution({ name: draft.name, side: draft.side, kind: draft.kind, shortName: draft.shortName });
    if (id === undefined) return undefined;
    setDone(`Added ${draft.name.trim()} to the ${SIDE_NAMES[draft.side]} institutions.`);
    setDraft(EMPTY);
    form.current?.querySelector<HTMLElement>('#new-institution-name')?.focus();
    return undefined;
  };
  const field = (name: (typeof FIELDS)[number]) => ({
    id: `new-institution-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `new-institution-${name}-error`,
  });
  return (
    <form ref={form} className="directory-form" aria-label="Add an institution" onSubmit={submit} noValidate>
      <h3>Add an institution</h3>
      <label htmlFor="new-institution-name">Institution name</label>
      <input {...field('name')} dir="auto" value={draft.name} onChange={(e) => edit({ name: e.target.value })} />
      <FieldError id="new-institution-name-error" message={errors.name} />
      <label htmlFor="new-institution-shortName">Short name (optional)</label>
      <input {...field('shortName')} dir="auto" value={draft.shortName} onChange={(e) => edit({ shortName: e.target.value })} />
      <FieldError id="new-institution-shortName-error" message={errors.shortName} />
      <label htmlFor="new-institution-side">Side</label>
      <select {...field('side')} value={draft.side} onChange={(e) => edit({ side: e.target.value as Side | '' })}>
        <option value="">Choose a side…</option>
        <option value="us">U.S.</option>
        <option value="israel">Israel</option>
      </select>
      <FieldError id="new-institution-side-error" message={errors.side} />
      <label htmlFor="new-institution-kind">Kind</label>
      <select {...field('kind')} value={draft.kind} onChange={(e) => edit({ kind: e.target.value as InstitutionKind | '' })}>
        <option value="">Choose a kind…</option>
        {INSTITUTION_KINDS.map((kind) => <option key={kind} value={kind}>{kindLabel(kind)}</option>)}
      </select>
      <FieldError id="new-institution-kind-error" message={errors.kind} />
      <div className="buttons">
        <button type="submit">Add institution</button>
        <span role="status" className="done">{done}</span>
      </div>
    </form>
  );
}

import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { checkPerson, hasErrors, type PersonDraft, type PersonErrors } from './directory-model';
import { FieldError } from './FieldError';
import { matrixColumns } from './matrix-model';
import { useT } from '../../ui/i18n/I18nProvider';

const EMPTY: PersonDraft = { name: '', institution: '' };

/** Adds a person (a program manager, a lead) at an institution of either side. */
export function AddPersonForm() {
  const commands = useCommands();
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const [draft, setDraft] = useState<PersonDraft>(EMPTY);
  const [errors, setErrors] = useState<PersonErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const t = useT();
  // The institutions a person can work at: those with a readable side, U.S. then Israel, alphabetical.
  const institutions = useMemo(() => matrixColumns(directory, [], 'both', 'all'), [directory]);
  const edit = (change: Partial<PersonDraft>) => {
    setDraft({ ...draft, ...change });
    setErrors({});
    setDone(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkPerson(draft, directory, people, t);
    setErrors(found);
    if (hasErrors(found)) {
      return form.current?.querySelector<HTMLElement>(found.name ? '#new-person-name' : '#new-person-institution')?.focus();
    }
    if (commands.addPerson(draft) === undefined) return undefined;
    const at = institutions.find((entry) => entry.id === draft.institution);
    setDone(t('data.person.added', { name: draft.name.trim(), institution: at?.label ?? draft.institution }));
    setDraft({ ...EMPTY, institution: draft.institution });
    form.current?.querySelector<HTMLElement>('#new-person-name')?.focus();
    return undefined;
  };
  const options = (side: 'us' | 'israel') => institutions.filter((entry) => entry.side === side).map((entry) => (
    <option key={entry.id} value={entry.id} title={entry.label === entry.name ? undefined : entry.name} dir="auto">{entry.label}</option>
  ));
  return (
    <form ref={form} className="directory-form" aria-label={t('data.person.form')} onSubmit={submit} noValidate>
      <h3>{t('data.person.form')}</h3>
      <label htmlFor="new-person-name">{t('data.person.name')}</label>
      <input id="new-person-name" dir="auto" value={draft.name}
        aria-invalid={errors.name ? true : undefined} aria-describedby="new-person-name-error"
        onChange={(e) => edit({ name: e.target.value })} />
      <FieldError id="new-person-name-error" message={errors.name} />
      <label htmlFor="new-person-institution">{t('data.person.worksAt')}</label>
      <select id="new-person-institution" value={draft.institution}
        aria-invalid={errors.institution ? true : undefined} aria-describedby="new-person-institution-error"
        onChange={(e) => edit({ institution: e.target.value })}>
        <option value="">{t('data.person.choose')}</option>
        <optgroup label={t('data.side', { side: 'us' })}>{options('us')}</optgroup>
        <optgroup label={t('data.side', { side: 'israel' })}>{options('israel')}</optgroup>
      </select>
      <FieldError id="new-person-institution-error" message={errors.institution} />
      <div className="buttons">
        <button type="submit">{t('data.owners.addPerson')}</button>
        <span role="status" className="done">{done}</span>
      </div>
    </form>
  );
}

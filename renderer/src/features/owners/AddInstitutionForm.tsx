import { useRef, useState, type FormEvent } from 'react';
import { INSTITUTION_KINDS, type InstitutionKind, type Side } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { checkInstitution, hasErrors, type InstitutionDraft, type InstitutionErrors } from './directory-model';
import { FieldError } from './FieldError';
import { useT } from '../../ui/i18n/I18nProvider';

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
  const t = useT();
  const edit = (change: Partial<InstitutionDraft>) => {
    setDraft({ ...draft, ...change });
    setErrors({});
    setDone(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkInstitution(draft, directory, t);
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) return form.current?.querySelector<HTMLElement>(`#new-institution-${first}`)?.focus();
    if (hasErrors(found) || draft.side === '' || draft.kind === '') return undefined;
    const id = commands.addInstitution({ name: draft.name, side: draft.side, kind: draft.kind, shortName: draft.shortName });
    if (id === undefined) return undefined;
    setDone(t('data.inst.added', { name: draft.name.trim(), side: draft.side }));
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
    <form ref={form} className="directory-form" aria-label={t('data.inst.form')} onSubmit={submit} noValidate>
      <h3>{t('data.inst.form')}</h3>
      <label htmlFor="new-institution-name">{t('data.inst.name')}</label>
      <input {...field('name')} dir="auto" value={draft.name} onChange={(e) => edit({ name: e.target.value })} />
      <FieldError id="new-institution-name-error" message={errors.name} />
      <label htmlFor="new-institution-shortName">{t('data.inst.shortName')}</label>
      <input {...field('shortName')} dir="auto" value={draft.shortName} onChange={(e) => edit({ shortName: e.target.value })} />
      <FieldError id="new-institution-shortName-error" message={errors.shortName} />
      <label htmlFor="new-institution-side">{t('data.inst.side')}</label>
      <select {...field('side')} value={draft.side} onChange={(e) => edit({ side: e.target.value as Side | '' })}>
        <option value="">{t('data.inst.chooseSide')}</option>
        <option value="us">{t('data.side', { side: 'us' })}</option>
        <option value="israel">{t('data.side', { side: 'israel' })}</option>
      </select>
      <FieldError id="new-institution-side-error" message={errors.side} />
      <label htmlFor="new-institution-kind">{t('data.inst.kind')}</label>
      <select {...field('kind')} value={draft.kind} onChange={(e) => edit({ kind: e.target.value as InstitutionKind | '' })}>
        <option value="">{t('data.inst.chooseKind')}</option>
        {INSTITUTION_KINDS.map((kind) => <option key={kind} value={kind}>{t('data.dir.kind', { kind })}</option>)}
      </select>
      <FieldError id="new-institution-kind-error" message={errors.kind} />
      <div className="buttons">
        <button type="submit">{t('data.inst.submit')}</button>
        <span role="status" className="done">{done}</span>
      </div>
    </form>
  );
}

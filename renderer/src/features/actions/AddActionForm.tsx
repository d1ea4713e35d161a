import { useState, type FormEvent } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { useCommands } from '../../ui/runtime-context';

/** Adds an action; an empty or over-long title is refused with the reason beside the field, and the text stays to be fixed. */
export function AddActionForm() {
  const commands = useCommands();
  const t = useT();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    let reason: string | null = null;
    const id = commands.addAction({ title }, (refused) => { reason = refused; });
    setProblem(reason);
    if (id !== undefined) setTitle('');
  }
  return (
    <form className="add-action" onSubmit={submit} aria-label={t('plan.add.form')} noValidate>
      <label htmlFor="new-action-title">{t('plan.add.label')}</label>
      <input
        id="new-action-title"
        dir="auto"
        value={title}
        aria-invalid={problem !== null ? true : undefined}
        aria-describedby={problem !== null ? 'new-action-title-error' : undefined}
        placeholder={t('plan.add.placeholder')}
        onChange={(event) => { setTitle(event.target.value); setProblem(null); }}
      />
      <button type="submit">{t('plan.add.submit')}</button>
      {problem && <p id="new-action-title-error" className="field-error" role="alert">{problem}</p>}
    </form>
  );
}

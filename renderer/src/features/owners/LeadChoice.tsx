import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import type { CellState } from './cell-state';
import { checkPerson } from './directory-model';
import type { MatrixColumn } from './matrix-model';
import { runOwnerSteps } from './owner-edits';
import { leadSteps } from './owner-steps';

/** Making the institution its side's lead, with an optional named person there (chosen, or added on the spot). */
export function LeadChoice({ state, column, onApply, onError }: {
  readonly state: CellState; readonly column: MatrixColumn;
  readonly onApply: (edit: () => boolean) => void; readonly onError: (message: string | null) => void;
}) {
  const commands = useCommands();
  const people = useTandemStore((s) => s.people);
  const directory = useTandemStore((s) => s.institutions);
  const [person, setPerson] = useState(state.isLead ? state.currentPerson ?? '' : '');
  const [newName, setNewName] = useState('');
  const staff = [...people.values()].filter((entry) => entry.institution === column.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const side = state.side;
  const t = useT();
  const intl = useIntl();
  const personId = useId();
  const newId = useId();

  const addPerson = (event: FormEvent) => {
    event.preventDefault();
    const errors = checkPerson({ name: newName, institution: column.id }, directory, people, t);
    const problem = errors.name ?? errors.institution;
    if (problem) return onError(problem);
    const id = commands.addPerson({ name: newName, institution: column.id });
    if (id === undefined) return onError(useTandemStore.getState().notice ?? t('data.owners.personNotAdded'));
    onError(null);
    setPerson(id);
    setNewName('');
  };
  return (
    <fieldset className="lead-choice">
      <legend>{t('data.owners.leadChoice', { side })}</legend>
      <div className="field">
        <label htmlFor={personId}>{t('data.owners.personAt', { institution: column.label })}</label>
        <select id={personId} value={person} onChange={(event) => setPerson(event.target.value)}>
          <option value="">{t('data.owners.noPerson')}</option>
          {staff.map((entry) => <option key={entry.id} value={entry.id} dir="auto">{entry.name}</option>)}
        </select>
      </div>
      <form className="new-person" onSubmit={addPerson}>
        <div className="field">
          <label htmlFor={newId}>{t('data.owners.newPersonAt', { institution: column.label })}</label>
          <input id={newId} dir="auto" value={newName} onChange={(event) => setNewName(event.target.value)} />
        </div>
        <button type="submit" className="secondary">{t('data.owners.addPerson')}</button>
      </form>
      <button type="button" onClick={() => onApply(() => runOwnerSteps(commands, state, leadSteps(state, column.id, person || null)))}>
        {state.isLead ? t('data.owners.saveLead', { side }) : intl.formatMessage({ id: 'data.owners.makeLead' }, { side, name: () => <UserText text={column.label} /> })}
      </button>
    </fieldset>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { Side } from '../../../../shared/compact/types';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { institutionName } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { institutionsOf, optionLabel, optionTitle, peopleAt } from './owner-options';
import { refusal } from './refusal';

interface Props {
  readonly action: ActionView;
  readonly side: Side;
  readonly readOnly: boolean;
}

/**
 * One side's lead: an institution of that side and, optionally, a named person there. Changing
 * the institution clears the person (a named lead must work at the lead institution). A person
 * not yet in the directory can be added here and named in one go.
 */
export function LeadField({ action, side, readOnly }: Props) {
  const commands = useCommands();
  const t = useT();
  const sideWord = t(`plan.side.${side}`);
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const id = useId();
  const [newPerson, setNewPerson] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = t('plan.panel.leadLabel', { side: sideWord });
  const lead = side === 'us' ? action.usLead : action.israelLead;
  const person = side === 'us' ? action.usLeadPerson : action.israelLeadPerson;
  const target = { kind: 'action', id: action.id } as const;
  const personName = person ? people.get(person)?.name ?? t('plan.panel.personMissing', { id: person }) : null;
  if (readOnly) {
    return (
      <dl className="detail-facts">
        <dt>{label}</dt>
        <dd>{lead ? <span title={institutionName(directory, lead).full}>{institutionName(directory, lead).label}</span> : t('plan.panel.noneNamed')}{personName && <> — <UserText text={personName} /></>}</dd>
      </dl>
    );
  }
  const choices = institutionsOf(directory, side);
  const staff = peopleAt(people, lead);
  const addPerson = (event: FormEvent) => {
    event.preventDefault();
    if (!lead) return;
    const created = commands.addPerson({ name: newPerson, institution: lead });
    const problem = created === undefined ? refusal(false, t) : refusal(commands.setLead(target, side, lead, created), t);
    setError(problem);
    if (!problem) setNewPerson('');
  };
  return (
    <div className="detail-section lead-field">
      <h3>{label}</h3>
      <div className="detail-row">
        <div className="field grow">
          <label htmlFor={`${id}-institution`}>{t('plan.panel.leadInstitution', { side: sideWord })}</label>
          <select id={`${id}-institution`} value={lead ?? ''}
            onChange={(event) => setError(refusal(commands.setLead(target, side, event.target.value || null, null), t))}>
            <option value="">{t('plan.panel.noneNamed')}</option>
            {lead && !choices.some((item) => item.id === lead) && <option value={lead} disabled>{institutionName(directory, lead).label}</option>}
            {choices.map((item) => <option key={item.id} value={item.id} title={optionTitle(item)}>{optionLabel(item)}</option>)}
          </select>
        </div>
        {lead && (
          <div className="field grow">
            <label htmlFor={`${id}-person`}>{t('plan.panel.leadPerson', { side: sideWord })}</label>
            <select id={`${id}-person`} value={person ?? ''}
              onChange={(event) => setError(refusal(commands.setLead(target, side, lead, event.target.value || null), t))}>
              <option value="">{t('plan.panel.noPerson')}</option>
              {person && !staff.some((item) => item.id === person) && <option value={person} disabled>{personName}</option>}
              {staff.map((item) => <option key={item.id} value={item.id}>{item.name}</option>)}
            </select>
          </div>
        )}
      </div>
      {lead && (
        <form className="detail-row add-person" onSubmit={addPerson}>
          <div className="field grow">
            <label htmlFor={`${id}-new`}>{t('plan.panel.newPerson', { side: sideWord })}</label>
            <input id={`${id}-new`} dir="auto" value={newPerson}
              onChange={(event) => { setNewPerson(event.target.value); setError(null); }} />
          </div>
          <button type="submit" className="secondary" aria-label={t('plan.panel.addAndNameLabel', { side: sideWord })}>{t('plan.panel.addAndName')}</button>
        </form>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}

import { useId, useRef, useState } from 'react';
import { SIDES } from '../../../../shared/compact/types';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { institutionName } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { institutionsOf, optionLabel, optionTitle } from './owner-options';
import { refusal } from './refusal';

/** Supporting owners: institutions of either side that help without leading. */
export function SupportingField({ action, readOnly }: { readonly action: ActionView; readonly readOnly: boolean }) {
  const commands = useCommands();
  const t = useT();
  const directory = useTandemStore((state) => state.institutions);
  const id = useId();
  const picker = useRef<HTMLSelectElement>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const target = { kind: 'action', id: action.id } as const;
  const selected = choice && !action.supporting.includes(choice) ? choice : '';
  const add = () => {
    if (!selected) return setError(t('plan.panel.chooseInstitutionError'));
    const problem = refusal(commands.setSupporting(target, selected, true), t);
    setError(problem);
    if (!problem) setChoice('');
  };
  return (
    <section className="detail-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('plan.panel.supporting')}</h3>
      {action.supporting.length === 0 ? <p className="note">{t('plan.panel.noneYet')}</p> : (
        <ul className="detail-list" aria-label={t('plan.panel.supporting')}>
          {action.supporting.map((institution) => (
            <li key={institution}>
              <span title={institutionName(directory, institution).full}>{institutionName(directory, institution).label}</span>
              {!readOnly && (
                <button type="button" className="link" aria-label={t('plan.panel.removeSupporting', { name: institutionName(directory, institution).label })}
                  onClick={() => {
                    setError(refusal(commands.setSupporting(target, institution, false), t));
                    picker.current?.focus(); // the button is gone with its row
                  }}>{t('plan.panel.remove')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="detail-row">
          <div className="field grow">
            <label htmlFor={`${id}-add`}>{t('plan.panel.addSupporting')}</label>
            <select id={`${id}-add`} ref={picker} value={selected} onChange={(event) => { setChoice(event.target.value); setError(null); }}>
              <option value="">{t('plan.panel.chooseInstitution')}</option>
              {SIDES.map((side) => (
                <optgroup key={side} label={t(`plan.side.${side}`)}>
                  {institutionsOf(directory, side).filter((item) => !action.supporting.includes(item.id))
                    .map((item) => <option key={item.id} value={item.id} title={optionTitle(item)}>{optionLabel(item)}</option>)}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="button" onClick={add}>{t('plan.panel.addSupportingButton')}</button>
        </div>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
}

import { useId, useMemo, useRef, useState } from 'react';
import { isolate } from '../../../../shared/text/bidi';
import { deriveBoard } from '../../../../shared/plan/board-view';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { refusal } from './refusal';
import { IsolatedText } from '../../ui/IsolatedText';
import { UserText } from '../../ui/UserText';
import { useLocale } from '../../ui/locale';
import { usePlanWords } from '../actions/use-plan-words';


/**
 * What this action waits for. Adding one that would close a cycle is refused by the document
 * with the cycle named; the panel shows that message beside the list.
 */
export function DependenciesField({ action, readOnly }: { readonly action: ActionView; readonly readOnly: boolean }) {
  const commands = useCommands();
  const words = usePlanWords();
  const { t } = words;
  const locale = useLocale();
  const titleOf = (item: ActionView | undefined, other: string) => (item ? words.title(item) : t('plan.panel.depGone', { id: other }));
  const actions = useTandemStore((state) => state.actions);
  const id = useId();
  const picker = useRef<HTMLSelectElement>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(actions.map((item) => [item.id, item])), [actions]);
  // Candidates in board order, so the list reads like the plan.
  const candidates = useMemo(
    () => deriveBoard(actions).lanes.flatMap((lane) => lane.actions)
      .filter((item) => item.id !== action.id && !action.dependsOn.includes(item.id)),
    [actions, action.id, action.dependsOn],
  );
  const waitingOnThis = actions.filter((item) => !item.deleted && item.dependsOn.includes(action.id));
  const selected = candidates.some((item) => item.id === choice) ? choice : '';
  const add = () => {
    if (!selected) return setError(t('plan.panel.chooseDep'));
    const problem = refusal(commands.addDependency(action.id, selected), t);
    setError(problem);
    if (!problem) setChoice('');
  };
  return (
    <section className="detail-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('plan.panel.dependsOn')}</h3>
      {action.dependsOn.length === 0 ? <p className="note">{t('plan.panel.noDeps')}</p> : (
        <ul className="detail-list" aria-label={t('plan.panel.deps')}>
          {action.dependsOn.map((other) => (
            <li key={other}>
              <UserText text={titleOf(byId.get(other), other)} />
              {byId.get(other)?.deleted && <span className="note">{t('plan.panel.depDeleted')}</span>}
              {!readOnly && (
                <button type="button" className="link" aria-label={t('plan.panel.removeDep', { title: titleOf(byId.get(other), other) })}
                  onClick={() => {
                    setError(refusal(commands.removeDependency(action.id, other), t));
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
            <label htmlFor={`${id}-add`}>{t('plan.panel.addDep')}</label>
            <select id={`${id}-add`} ref={picker} value={selected} onChange={(event) => { setChoice(event.target.value); setError(null); }}>
              <option value="">{t('plan.panel.chooseAction')}</option>
              {candidates.map((item) => <option key={item.id} value={item.id}>{words.title(item)}</option>)}
            </select>
          </div>
          <button type="button" onClick={add}>{t('plan.panel.addDepButton')}</button>
        </div>
      )}
      {error && <p className="field-error" role="alert" data-testid="dependency-error"><IsolatedText text={error} /></p>}
      {waitingOnThis.length > 0 && (
        <p className="note"><IsolatedText text={t('plan.panel.waitedBy', { titles: new Intl.ListFormat(locale).format(waitingOnThis.map((item) => `“${isolate(words.title(item))}”`)) })} /></p>
      )}
    </section>
  );
}

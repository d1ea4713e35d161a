import { useId, useMemo, useRef, useState } from 'react';
import { deriveBoard } from '../../../../shared/plan/board-view';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { refusal } from './refusal';
import { IsolatedText } from '../../ui/IsolatedText';

const titleOf = (action: ActionView | undefined, id: string) => (action ? action.title || 'Untitled action' : `${id} (no longer exists)`);

/**
 * What this action waits for. Adding one that would close a cycle is refused by the document
 * with the cycle named; the panel shows that message beside the list.
 */
export function DependenciesField({ action, readOnly }: { readonly action: ActionView; readonly readOnly: boolean }) {
  const commands = useCommands();
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
    if (!selected) return setError('Choose an action to depend on.');
    const problem = refusal(commands.addDependency(action.id, selected));
    setError(problem);
    if (!problem) setChoice('');
  };
  return (
    <section className="detail-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Depends on</h3>
      {action.dependsOn.length === 0 ? <p className="note">Nothing: this action can start on its own.</p> : (
        <ul className="detail-list" aria-label="Dependencies">
          {action.dependsOn.map((other) => (
            <li key={other}>
              <span dir="auto">{titleOf(byId.get(other), other)}</span>
              {byId.get(other)?.deleted && <span className="note"> (deleted)</span>}
              {!readOnly && (
                <button type="button" className="link" aria-label={`Remove dependency on “${titleOf(byId.get(other), other)}”`}
                  onClick={() => {
                    setError(refusal(commands.removeDependency(action.id, other)));
                    picker.current?.focus(); // the button is gone with its row
                  }}>Remove</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="detail-row">
          <div className="field grow">
            <label htmlFor={`${id}-add`}>Add a dependency</label>
            <select id={`${id}-add`} ref={picker} value={selected} onChange={(event) => { setChoice(event.target.value); setError(null); }}>
              <option value="">Choose an action…</option>
              {candidates.map((item) => <option key={item.id} value={item.id}>{item.title || 'Untitled action'}</option>)}
            </select>
          </div>
          <button type="button" onClick={add}>Add dependency</button>
        </div>
      )}
      {error && <p className="field-error" role="alert" data-testid="dependency-error"><IsolatedText text={error} /></p>}
      {waitingOnThis.length > 0 && (
        <p className="note">Waited for by: {waitingOnThis.map((item) => `“${item.title || 'Untitled action'}”`).join(', ')}.</p>
      )}
    </section>
  );
}

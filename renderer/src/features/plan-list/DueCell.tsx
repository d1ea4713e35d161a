import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useEventNames } from '../../state/use-compact';
import { useCommands } from '../../ui/runtime-context';
import { refusal } from '../action-detail/refusal';
import { checkDueForm, formFor } from '../action-detail/due-form';
import { usePlanWords } from '../actions/use-plan-words';

interface Props {
  readonly action: ActionView;
  readonly name: string;
  readonly readOnly: boolean;
  /** Shown in red: with the detail open the window badge is hidden, and this is what stays. */
  readonly overdue: boolean;
  /** Puts focus back on the row (Escape, or after a change). */
  readonly onDone: () => void;
}

/**
 * The due chip; activated, a small form under it takes a calendar day (checked as the detail's
 * due form checks it) or clears the date. An offset after an anchor event is set in the detail.
 * A refused day is said in the form, which stays open with what was typed.
 */
export function DueCell({ action, name, readOnly, overdue, onDone }: Props) {
  const commands = useCommands();
  const dates = useTandemStore((state) => state.eventDates.dates);
  const eventName = useEventNames();
  const words = usePlanWords();
  const t = words.t;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => { if (open) input.current?.focus(); }, [open]);
  const rule = action.due ? words.rule(action.due, eventName) : t('plan.row.noDueDate');
  const close = () => { setOpen(false); setError(null); onDone(); };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDueForm({ ...formFor(null, ''), mode: 'date', date: draft }, t);
    const problem = checked.ok ? refusal(commands.setDue(action.id, checked.input), t) : checked.error;
    setError(problem);
    if (!problem) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // the list's keys are letters and arrows: they belong to the field here
    if (event.key === 'Escape') { event.preventDefault(); close(); }
  };
  return (
    <span className={`plan-cell plan-due${action.due ? '' : ' unset'}${overdue ? ' overdue' : ''}${open ? ' open' : ''}`}>
      <button type="button" className="plan-chip" data-control="due" tabIndex={-1} disabled={readOnly} title={rule}
        aria-label={action.due ? t('plan.row.dueOf', { title: name, due: words.dueChip(action.due, dates), rule }) : t('plan.row.dueOfNone', { title: name })} aria-expanded={open}
        onClick={() => { setDraft(action.due?.kind === 'calendar' ? action.due.date : ''); setError(null); setOpen(!open); }}>
        {words.dueChip(action.due, dates)}
      </button>
      {open && (
        <form className="plan-due-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('plan.row.dueForm', { title: name })}
          onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) { setOpen(false); setError(null); } }}>
          <label htmlFor={id}>{t('plan.due.on')}</label>
          <input id={id} ref={input} value={draft} inputMode="numeric" placeholder={t('plan.due.placeholder')}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => { setDraft(event.target.value); setError(null); }} />
          <span className="plan-due-buttons">
            <button type="submit">{t('plan.due.set')}</button>
            {action.due && <button type="button" className="secondary" onClick={() => { const problem = refusal(commands.setDue(action.id, null), t); if (problem) setError(problem); else close(); }}>{t('plan.due.clear')}</button>}
          </span>
          {error && <span id={`${id}-error`} className="field-error" role="alert">{error}</span>}
          <span className="note">{t('plan.due.offsetHint')}</span>
        </form>
      )}
    </span>
  );
}

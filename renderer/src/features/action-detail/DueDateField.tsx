import { useId, useState, type FormEvent } from 'react';
import { OFFSET_UNITS, type OffsetUnit } from '../../../../shared/compact/deadline-types';
import { SIGNING_EVENT } from '../../../../shared/plan/schedule';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCompact } from '../../state/use-compact';
import { DateField } from '../../ui/DateField';
import { useCommands } from '../../ui/runtime-context';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { checkDueForm, formFor, MAX_OFFSET, type DueForm } from './due-form';
import { usePlanWords } from '../actions/use-plan-words';
import { refusal } from './refusal';

/**
 * The due date: a calendar day, or an offset after an anchor event (which becomes a date, here
 * and on every laptop, once a delegation enters that event's date under Key dates).
 */
export function DueDateField({ action, readOnly }: { readonly action: ActionView; readonly readOnly: boolean }) {
  const commands = useCommands();
  const words = usePlanWords();
  const { t } = words;
  const compact = useCompact();
  const id = useId();
  const [form, setForm] = useState<DueForm>(() => formFor(action.due, SIGNING_EVENT));
  const [error, setError] = useState<string | null>(null);
  // Why the typed date is not one yet (half-typed, out of range), as the date field reports it.
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  // The form follows the stored due date (a colleague's change arriving while it is open) until
  // this person starts editing it; then their draft stays until they set or leave it.
  const [basis, setBasis] = useState(action.due);
  const [dirty, setDirty] = useState(false);
  if (basis !== action.due) {
    setBasis(action.due);
    if (!dirty) setForm(formFor(action.due, SIGNING_EVENT));
  }
  const change = (patch: Partial<DueForm>) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setDirty(true);
    setError(null);
  };
  const current = action.due ? <DeadlineLabel deadline={action.due} /> : <span>{t('plan.panel.noDueDate')}</span>;
  if (readOnly) {
    return <dl className="detail-facts"><dt>{t('plan.panel.dueDate')}</dt><dd data-testid="detail-due">{current}</dd></dl>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = form.mode === 'date' && dateProblem ? { ok: false as const, error: dateProblem } : checkDueForm(form, t);
    const problem = checked.ok ? refusal(commands.setDue(action.id, checked.input), t) : checked.error;
    setError(problem);
    if (!problem) setDirty(false);
  };
  const errorId = `${id}-error`;
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  return (
    <form className="detail-section due-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('plan.panel.dueDate')}</h3>
      <p className="current-due" data-testid="detail-due">{current}</p>
      <fieldset className="due-mode">
        <legend>{t('plan.panel.setAs')}</legend>
        <label><input type="radio" name={`${id}-mode`} checked={form.mode === 'after-event'}
          onChange={() => change({ mode: 'after-event' })} /> {t('plan.panel.afterEvent')}</label>
        <label><input type="radio" name={`${id}-mode`} checked={form.mode === 'date'}
          onChange={() => change({ mode: 'date' })} /> {t('plan.panel.calendarDate')}</label>
      </fieldset>
      {form.mode === 'date' ? (
        <DateField label={t('plan.panel.dueOn')} value={form.date || null} error={error} testId="due-date-field" className="field"
          onChange={(iso) => change({ date: iso ?? '' })} onProblem={setDateProblem} />
      ) : (
        <div className="detail-row">
          <div className="field">
            <label htmlFor={`${id}-amount`}>{t('plan.panel.amount')}</label>
            <input id={`${id}-amount`} className="amount" value={form.amount} inputMode="numeric" placeholder={`0–${MAX_OFFSET}`}
              {...invalid} onChange={(event) => change({ amount: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('plan.panel.unit')}</label>
            <select id={`${id}-unit`} value={form.unit} onChange={(event) => change({ unit: event.target.value as OffsetUnit })}>
              {OFFSET_UNITS.map((unit) => <option key={unit} value={unit}>{t(`plan.unit.${unit}`)}</option>)}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor={`${id}-event`}>{t('plan.panel.anchorEvent')}</label>
            <select id={`${id}-event`} value={form.event} onChange={(event) => change({ event: event.target.value })}>
              {compact.events.map((item) => <option key={item.id} value={item.id}>{item.name}</option>)}
            </select>
          </div>
        </div>
      )}
      {error && form.mode !== 'date' && <p id={errorId} className="field-error" role="alert">{error}</p>}
      <div className="buttons">
        <button type="submit">{t('plan.panel.setDue')}</button>
        {/* Always there (aria-disabled when empty), so clearing does not pull focus out from under the person. */}
        <button type="button" className="secondary" aria-disabled={!action.due || undefined}
          onClick={() => action.due && setError(refusal(commands.setDue(action.id, null), t))}>
          {t('plan.panel.clearDue')}
        </button>
      </div>
    </form>
  );
}

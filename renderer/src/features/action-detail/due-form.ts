/**
 * The due-date form's fields, checked before anything is written: a calendar day, or a whole
 * number of days, months or years after an anchor event. Messages say what to type instead.
 * The document checks again (setActionDue); this gives the person a precise message first.
 */
import { dateProblem } from '../../../../shared/compact/calendar';
import type { Deadline, OffsetUnit } from '../../../../shared/compact/deadline-types';
import type { DueInput } from '../../../../shared/workspace/action-edits';
import type { Translate } from '../../ui/i18n/I18nProvider';

export const MAX_OFFSET = 3650;

export interface DueForm {
  readonly mode: 'date' | 'after-event';
  readonly date: string;
  readonly amount: string;
  readonly unit: OffsetUnit;
  readonly event: string;
}

export type DueCheck = { readonly ok: true; readonly input: DueInput } | { readonly ok: false; readonly error: string };

export function checkDueForm(form: DueForm, t: Translate): DueCheck {
  if (form.mode === 'date') {
    const date = form.date.trim();
    // The date field refuses what it cannot read; what reaches here is empty or not a calendar day.
    if (dateProblem(date) === null) return { ok: true, input: { kind: 'date', date } };
    return { ok: false, error: date === '' ? t('data.event.enterDate') : t('data.event.notADay', { value: date }) };
  }
  const amount = form.amount.trim();
  if (!/^\d+$/.test(amount) || Number(amount) > MAX_OFFSET) {
    return { ok: false, error: t('plan.panel.amountError', { unit: t(`plan.unit.${form.unit}`), max: MAX_OFFSET }) };
  }
  if (!form.event) return { ok: false, error: t('plan.panel.eventError') };
  return { ok: true, input: { kind: 'after-event', event: form.event, offset: { amount: Number(amount), unit: form.unit } } };
}

/** The form as it opens: the action's current due date, or an offset from `defaultEvent`. */
export function formFor(due: Deadline | null, defaultEvent: string): DueForm {
  const base: DueForm = { mode: 'after-event', date: '', amount: '', unit: 'days', event: defaultEvent };
  if (!due) return base;
  if (due.kind === 'calendar') return { ...base, mode: 'date', date: due.date };
  const offset = due.kind === 'within' ? due.offset : due.to;
  return { ...base, amount: String(offset.amount), unit: offset.unit, event: due.event };
}

import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/words';
import { checkDueForm, formFor, type DueForm } from '../../../renderer/src/features/action-detail/due-form';

const t = translator();
const FORM: DueForm = { mode: 'after-event', date: '', amount: '', unit: 'days', event: 'compact-signing' };

describe('the due-date form', () => {
  it('turns an offset after an anchor event into the input the document takes', () => {
    expect(checkDueForm({ ...FORM, amount: ' 45 ' }, t)).toEqual({
      ok: true, input: { kind: 'after-event', event: 'compact-signing', offset: { amount: 45, unit: 'days' } },
    });
    expect(checkDueForm({ ...FORM, amount: '0', unit: 'months' }, t)).toMatchObject({ ok: true });
  });

  it('refuses an offset that is not a whole number in range, or has no event, saying what to type', () => {
    for (const amount of ['', 'soon', '1.5', '-3', '3651']) {
      expect(checkDueForm({ ...FORM, amount, unit: 'months' }, t)).toEqual({
        ok: false, error: 'Enter how many months after the event as a whole number from 0 to 3650.',
      });
    }
    expect(checkDueForm({ ...FORM, amount: '3', event: '' }, t)).toEqual({ ok: false, error: 'Choose the event the due date counts from.' });
  });

  it('checks a calendar date against the calendar', () => {
    expect(checkDueForm({ ...FORM, mode: 'date', date: '2026-10-01' }, t)).toEqual({ ok: true, input: { kind: 'date', date: '2026-10-01' } });
    expect(checkDueForm({ ...FORM, mode: 'date', date: '2026-02-30' }, t)).toEqual({ ok: false, error: '2026-02-30 is not a day in the calendar.' });
    expect(checkDueForm({ ...FORM, mode: 'date', date: '1 Oct' }, t)).toEqual({ ok: false, error: '1 Oct is not a day in the calendar.' });
    expect(checkDueForm({ ...FORM, mode: 'date', date: '' }, t)).toEqual({ ok: false, error: 'Enter a date.' });
    expect(checkDueForm({ ...FORM, mode: 'date', date: '' }, translator('he'))).toEqual({ ok: false, error: 'הזינו תאריך.' });
  });

  it('opens on the action’s current due date', () => {
    expect(formFor(null, 'compact-signing')).toEqual(FORM);
    expect(formFor({ kind: 'calendar', phrase: '2026-10-01', date: '2026-10-01' }, 'compact-signing'))
      .toMatchObject({ mode: 'date', date: '2026-10-01' });
    expect(formFor({ kind: 'within', phrase: 'within 6 months', event: 'q3-launch', eventStated: true, offset: { amount: 6, unit: 'months' } }, 'compact-signing'))
      .toMatchObject({ mode: 'after-event', amount: '6', unit: 'months', event: 'q3-launch' });
  });
});

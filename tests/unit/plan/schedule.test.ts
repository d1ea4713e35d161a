import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addOffset, formatIsoDay, parseIsoDay } from '../../../shared/compact/calendar';
import { scheduleOf, SIGNING_EVENT, timingLabel, timingOf, windowEnd } from '../../../shared/plan/schedule';
import { setActionDue, type DueInput } from '../../../shared/workspace/action-edits';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions, type ActionView } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

const NAMES = new Map([[SIGNING_EVENT, 'Compact signing'], ['program-launch', 'program launch']]);
const eventName = (id: string) => NAMES.get(id) ?? id;

function actionDue(input: DueInput, status?: 'done'): ActionView {
  const doc = createWorkspaceDoc();
  const id = addAction(doc, { title: 'An action' });
  setActionDue(doc, id, input, NAMES);
  if (status) setActionStatus(doc, id, status);
  return deriveActions(doc).find((action) => action.id === id)!;
}

const day = (offset: number, from = '2026-09-01') => formatIsoDay(addOffset(parseIsoDay(from)!, { amount: offset, unit: 'days' }));

describe('date sense', () => {
  it('flags a due date years before signing as due before signing: not within the window, not overdue', () => {
    const schedule = scheduleOf(actionDue({ kind: 'date', date: '1999-01-01' }), new Map([[SIGNING_EVENT, '2026-09-01']]), '2026-12-02');
    expect(schedule).toMatchObject({ due: '1999-01-01', window: 'before-start', beforeEvent: SIGNING_EVENT, overdue: false });
    expect(timingOf(schedule)).toBe('before-start');
    expect(timingLabel(schedule, eventName)).toBe('Due before Compact signing');
  });

  it('flags an offset from an event dated before signing as due before signing', () => {
    const action = actionDue({ kind: 'after-event', event: 'program-launch', offset: { amount: 30, unit: 'days' } });
    const dates = new Map([[SIGNING_EVENT, '2026-09-01'], ['program-launch', '2026-01-01']]);
    expect(scheduleOf(action, dates, '2026-01-15')).toMatchObject({ due: '2026-01-31', window: 'before-start', beforeEvent: SIGNING_EVENT });
  });

  it('shows Overdue in place of "within the first 90 days", never both', () => {
    const schedule = scheduleOf(actionDue({ kind: 'date', date: '2026-09-10' }), new Map([[SIGNING_EVENT, '2026-09-01']]), '2026-10-01');
    expect(schedule).toMatchObject({ window: 'inside', overdue: true });
    expect(timingLabel(schedule, eventName)).toBe('Overdue');
  });

  it('still counts a due day on the signing day itself as within the window', () => {
    const schedule = scheduleOf(actionDue({ kind: 'date', date: '2026-09-01' }), new Map([[SIGNING_EVENT, '2026-09-01']]), '2026-08-01');
    expect(timingLabel(schedule, eventName)).toBe('Within the first 90 days');
  });

  it('keeps its invariants for any due day, signing day, today and status', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4000, max: 4000 }), fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
        fc.integer({ min: -4000, max: 4000 }), fc.boolean(), (dueOffset, signingOffset, todayOffset, done) => {
          const due = day(dueOffset);
          const today = day(todayOffset);
          const dates = new Map(signingOffset === undefined ? [] : [[SIGNING_EVENT, day(signingOffset)]]);
          const signing = dates.get(SIGNING_EVENT);
          const schedule = scheduleOf(actionDue({ kind: 'date', date: due }, done ? 'done' : undefined), dates, today);
          const label = timingLabel(schedule, eventName);
          // Before signing: said so, and nothing else.
          if (signing !== undefined && due < signing) {
            expect(schedule.window).toBe('before-start');
            expect(label).toBe('Due before Compact signing');
            expect(schedule.overdue).toBe(false);
          }
          // Within the window means on or after signing and on or before its last day.
          if (schedule.window === 'inside') {
            expect(signing !== undefined && due >= signing && due <= windowEnd(dates)!).toBe(true);
          }
          // The marker shown is one; "within" is never shown for a day already past while open.
          if (label === 'Within the first 90 days') expect(done || due >= today).toBe(true);
          if (schedule.overdue) expect(label).toBe('Overdue');
          expect(schedule.overdue).toBe(!done && due < today && schedule.window !== 'before-start');
        }),
      { numRuns: 150 },
    );
  });
});

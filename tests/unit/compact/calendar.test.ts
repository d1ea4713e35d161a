import { describe, expect, it } from 'vitest';
import { addOffset, dateProblem, formatIsoDay, parseIsoDay } from '../../../shared/compact/calendar';
import { resolveDeadline } from '../../../shared/compact/deadlines';
import type { Deadline } from '../../../shared/compact/deadline-types';

const day = (iso: string) => parseIsoDay(iso)!;
const plus = (iso: string, amount: number, unit: 'days' | 'months' | 'years') => formatIsoDay(addOffset(day(iso), { amount, unit }));

describe('calendar arithmetic', () => {
  it('counts days across month ends', () => {
    expect(plus('2026-09-01', 30, 'days')).toBe('2026-10-01');
    expect(plus('2026-09-01', 90, 'days')).toBe('2026-11-30');
    expect(plus('2026-12-15', 30, 'days')).toBe('2027-01-14');
  });

  it('counts calendar months, clamped to the month’s last day', () => {
    expect(plus('2026-09-01', 6, 'months')).toBe('2027-03-01');
    expect(plus('2026-08-31', 6, 'months')).toBe('2027-02-28');
    expect(plus('2027-08-31', 6, 'months')).toBe('2028-02-29');
    expect(plus('2026-09-01', 18, 'months')).toBe('2028-03-01');
    expect(plus('2026-09-01', 2, 'years')).toBe('2028-09-01');
    expect(plus('2026-06-30', 6, 'months')).toBe('2026-12-30');
    expect(plus('2026-11-30', 2, 'months')).toBe('2027-01-30');
    expect(plus('2028-02-29', 1, 'years')).toBe('2029-02-28');
    expect(plus('2026-12-31', 1, 'days')).toBe('2027-01-01');
  });

  it('refuses what is not a real day, saying why', () => {
    expect(parseIsoDay('2026-02-29')).toBeNull();
    expect(parseIsoDay('2026-9-1')).toBeNull();
    expect(dateProblem('2026-02-30')).toBe('2026-02-30 is not a day in the calendar.');
    expect(dateProblem('1 Sept')).toMatch(/not a date in the form YYYY-MM-DD/);
    expect(dateProblem('')).toBe('Enter a date.');
    expect(dateProblem('2026-09-01')).toBeNull();
  });
});

describe('deadlines', () => {
  const within: Deadline = {
    kind: 'within', phrase: 'within 90 days of signing', event: 'compact-signing', eventStated: true,
    offset: { amount: 90, unit: 'days' },
  };
  const window: Deadline = {
    kind: 'window', phrase: 'Months 6–18', event: 'compact-signing', eventStated: false,
    from: { amount: 6, unit: 'months' }, to: { amount: 18, unit: 'months' },
  };

  it('stay relative until their event has a date', () => {
    expect(resolveDeadline(within, new Map())).toEqual({ state: 'relative', event: 'compact-signing' });
    expect(resolveDeadline(within, new Map([['other-event', '2026-09-01']]))).toEqual({ state: 'relative', event: 'compact-signing' });
  });

  it('become dates when it does', () => {
    const dates = new Map([['compact-signing', '2026-09-01']]);
    expect(resolveDeadline(within, dates)).toEqual({ state: 'dated', date: '2026-11-30' });
    expect(resolveDeadline(window, dates)).toEqual({ state: 'dated-window', from: '2027-03-01', to: '2028-03-01' });
  });

  it('ignore an event date that is not a real day instead of computing from it', () => {
    expect(resolveDeadline(within, new Map([['compact-signing', '2026-13-01']]))).toEqual({ state: 'relative', event: 'compact-signing' });
  });
});

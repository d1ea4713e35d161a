import { describe, expect, it } from 'vitest';
import { asPercent, axisRange, dayNumber, fractionOf, monthTicks, onAxis, packRows } from '../../../shared/plan/timeline-axis';
import type { TimelineGroup } from '../../../shared/plan/timeline';

/** A group holding only what axisRange reads: the due days. */
function groupDue(...dues: (string | null)[]): TimelineGroup {
  return { key: 'ai', items: dues.map((due) => ({ schedule: { due } })) } as unknown as TimelineGroup;
}

describe('the timeline axis', () => {
  it('counts whole days, and places a due month on its last day', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-10-01')! - dayNumber('2026-09-01')!).toBe(30);
    expect(dayNumber('2028-02')).toBe(dayNumber('2028-02-29'));
    expect(dayNumber('2027-12')).toBe(dayNumber('2027-12-31'));
    expect(dayNumber('2026-13')).toBeNull();
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('soon')).toBeNull();
  });

  it('runs from the signing date to the latest due day, and always covers the 90-day window', () => {
    const base = { start: '2026-09-01', windowEnd: '2026-11-30' };
    expect(axisRange({ ...base, end: '2028-03-01', groups: [groupDue('2026-10-01', '2028-03-01', null)] }))
      .toEqual({ from: '2026-09-01', to: '2028-03-01' });
    expect(axisRange({ ...base, end: '2026-10-01', groups: [groupDue('2026-10-01')] }))
      .toEqual({ from: '2026-09-01', to: '2026-11-30' });
    expect(axisRange({ ...base, end: null, groups: [groupDue(null)] })).toEqual({ from: '2026-09-01', to: '2026-11-30' });
  });

  it('reaches back to a due day before the signing date and forward to the end of a due month', () => {
    const range = axisRange({ start: '2026-09-01', windowEnd: '2026-11-30', end: '2027-12', groups: [groupDue('2026-06-15', '2027-12-05', '2027-12')] });
    expect(range).toEqual({ from: '2026-06-15', to: '2027-12-31' });
  });

  it('has no axis while the signing date is unset', () => {
    expect(axisRange({ start: null, windowEnd: null, end: '2027-12', groups: [groupDue('2027-12')] })).toBeNull();
  });

  it('maps days to fractions of the axis, clamped to its ends', () => {
    const range = { from: '2026-01-01', to: '2026-01-11' };
    expect(fractionOf(range, '2026-01-01')).toBe(0);
    expect(fractionOf(range, '2026-01-06')).toBe(0.5);
    expect(fractionOf(range, '2026-01-11')).toBe(1);
    expect(fractionOf(range, '2025-12-01')).toBe(0);
    expect(fractionOf(range, '2027-01-01')).toBe(1);
    expect(fractionOf(range, 'never')).toBeNull();
    expect(onAxis(range, '2026-01-11')).toBe(true);
    expect(onAxis(range, '2026-01-12')).toBe(false);
    expect(onAxis(range, '2025-12-31')).toBe(false);
  });

  it('ticks the first of every month inside the range, the first label and each January with the year', () => {
    const ticks = monthTicks({ from: '2026-09-01', to: '2027-02-15' });
    expect(ticks.map((tick) => tick.date)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    expect(ticks.map((tick) => tick.label)).toEqual(['Sep 2026', 'Oct', 'Nov', 'Dec', 'Jan 2027', 'Feb']);
    expect(ticks[0]!.fraction).toBe(0);
    expect(ticks.every((tick, i) => i === 0 || tick.fraction > ticks[i - 1]!.fraction)).toBe(true);
    expect(monthTicks({ from: '2026-09-02', to: '2026-10-15' }).map((tick) => tick.date)).toEqual(['2026-10-01']);
  });

  it('labels only some months on a long axis, never more than asked, at months that stay put', () => {
    const ticks = monthTicks({ from: '2026-09-01', to: '2029-03-01' }, 12);
    expect(ticks).toHaveLength(31);
    const labels = ticks.filter((tick) => tick.label !== null);
    expect(labels.length).toBeLessThanOrEqual(12);
    expect(labels.map((tick) => tick.label)).toEqual(['Oct 2026', 'Jan 2027', 'Apr', 'Jul', 'Oct', 'Jan 2028', 'Apr', 'Jul', 'Oct', 'Jan 2029']);
  });

  it('stacks markers due together into separate rows and reuses a row once there is room', () => {
    const { rows, count } = packRows([
      { id: 'b', from: 0.5, to: 0.5 },
      { id: 'a', from: 0.5, to: 0.5 },
      { id: 'c', from: 0.51, to: 0.51 },
      { id: 'd', from: 0.6, to: 0.6 },
      { id: 'w', from: 0.1, to: 0.7 },
    ], 0.02);
    expect(count).toBe(4);
    expect(Object.fromEntries(rows)).toEqual({ w: 0, a: 1, b: 2, c: 3, d: 1 });
  });

  it('prints fractions as stable SVG percentages', () => {
    expect(asPercent(0)).toBe('0%');
    expect(asPercent(0.375)).toBe('37.5%');
    expect(asPercent(1 / 3)).toBe('33.333%');
  });
});

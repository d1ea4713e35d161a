import { expect, test } from '@playwright/test';
import { addOffset, formatIsoDay, parseIsoDay } from '../../shared/compact/calendar';
import { asPercent, dayNumber } from '../../shared/plan/timeline-axis';
import { todayIso } from '../../renderer/src/plan/today';
import { TimelinePage } from './pages/timeline-page';

const S1_STUDY = 'plan-s1a-commission-feasibility-study'; // 30 days after signing
const AI1_CALL = 'plan-ai1-first-challenge-call'; // 90 days
const AI1_PILOTS = 'plan-ai1-ot-pilots'; // 12 months
const F6_FUND = 'plan-f6-bioconvergence-fund'; // months 12–18: a window bar
const Q3_READINESS = 'plan-q3-readiness-assessment'; // counts from the Q-3 program launch, left undated
const DESIGNATE = 'plan-designate-owners-program-office'; // no deadline at all

function plus(day: string, amount: number, unit: 'days' | 'months'): string {
  return formatIsoDay(addOffset(parseIsoDay(day)!, { amount, unit }));
}

test.describe('the timeline', () => {
  test('without a signing date it says so and lists the deadlines as the compact words them', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.open();
    await expect(timeline.noSigningDate).toContainText('The date of Compact signing is not set');
    await expect(timeline.chart).toHaveCount(0);
    await expect(timeline.undatedHeading).toHaveText('Not yet dated (32)');
    await expect(timeline.rows).toHaveCount(32);
    await expect(timeline.row(S1_STUDY).getByTestId('deadline')).toContainText('“within 30 days of Compact signing”');
    await expect(timeline.row(S1_STUDY)).toContainText('Undated: waits for Compact signing');
    await expect(timeline.row(DESIGNATE)).toContainText('Undated: no deadline');
    await expect(timeline.criticalPath).toHaveText('No critical path yet: no open action waits for another.');
  });

  test('once signing is dated: a month axis, the 90-day window shaded, today marked, each action at its due day', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.watchCsp();
    await timeline.tandem.openAs();
    const today = todayIso();
    await timeline.setSigningDate(today);

    await expect(timeline.noSigningDate).toHaveCount(0);
    await expect(timeline.chart).toBeVisible();
    await expect(timeline.markers).toHaveCount(23);
    // The axis runs from signing to the latest due day, 18 months on.
    const days = dayNumber(plus(today, 18, 'months'))! - dayNumber(today)!;
    await expect(timeline.windowShade).toHaveAttribute('x', '0%');
    await expect(timeline.windowShade).toHaveAttribute('width', asPercent(90 / days));
    await expect(timeline.marker(S1_STUDY)).toHaveAttribute('cx', asPercent(30 / days));
    await expect(timeline.marker(F6_FUND)).toHaveClass(/\bbar\b/);
    await expect(timeline.todayLabel).toHaveText('Today');

    // The same in words, for screen readers and the keyboard.
    await expect(timeline.table('Semiconductors (2)')).toBeVisible();
    await expect(timeline.row(S1_STUDY).getByTestId('deadline')).toContainText(`Due ${plus(today, 30, 'days')}`);
    await expect(timeline.row(S1_STUDY)).toContainText('Within the 90-day window');
    await expect(timeline.row(AI1_PILOTS)).toContainText('After the 90-day window');
    await expect(timeline.row(F6_FUND).getByTestId('deadline')).toContainText(`${plus(today, 12, 'months')} to ${plus(today, 18, 'months')}`);
    await expect(timeline.undatedHeading).toHaveText('Not yet dated (9)');
    await expect(timeline.row(Q3_READINESS)).toContainText('Undated: waits for Q-3 quantum communications program launch');
    await expect(page.getByRole('table').getByText(/^Overdue/)).toHaveCount(0);
    await expect(timeline.criticalPath).toHaveText('No critical path yet: no open action waits for another.');

    // Positions are SVG attributes: the page's CSP (style-src 'self') saw nothing to refuse.
    expect(await timeline.cspViolations()).toEqual([]);
  });

  test('open actions past due are marked overdue; done ones are not', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.tandem.planRow(S1_STUDY).getByRole('combobox', { name: /^Status of action \d+$/ }).selectOption({ label: 'Done' });
    await timeline.setSigningDate('2020-01-01');

    await expect(timeline.row(AI1_CALL)).toContainText('Overdue (due 2020-03-31)');
    await expect(timeline.marker(AI1_CALL)).toHaveClass(/\boverdue\b/);
    await expect(timeline.row(S1_STUDY)).toContainText('Done');
    await expect(timeline.row(S1_STUDY)).not.toContainText('Overdue');
    await expect(timeline.marker(S1_STUDY)).toHaveClass(/\bclosed\b/);
    await expect(timeline.marker(S1_STUDY)).not.toHaveClass(/\boverdue\b/);
    // Today is years past this axis's end, so it has no line on it.
    await expect(timeline.todayLabel).toHaveCount(0);
  });

  test('the grouping toggle regroups the chart and the tables, by mouse', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.setSigningDate('2026-09-01');
    await expect(timeline.grouping('By domain')).toBeChecked();
    await expect(timeline.table('Artificial Intelligence (4)')).toBeVisible();
    await expect(page.getByTestId('timeline-chart-row')).toHaveCount(9);

    await timeline.grouping('By tier').click();
    await expect(timeline.table('Available now under existing authority (19)')).toBeVisible();
    await expect(timeline.table('Requires appropriations or legislative support (3)')).toBeVisible();
    await expect(timeline.table('Special projects requiring separate feasibility review (1)')).toBeVisible();
    await expect(timeline.table('Artificial Intelligence (4)')).toHaveCount(0);
    await expect(page.getByTestId('timeline-chart-row')).toHaveCount(3);
    await expect(page.getByRole('table', { name: 'Actions without a date' }).getByRole('columnheader', { name: 'Tier' })).toBeVisible();

    await timeline.grouping('By domain').click();
    await expect(timeline.table('Artificial Intelligence (4)')).toBeVisible();
  });

  test('from the keyboard alone: date the signing, open the timeline, switch the grouping', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.viewTab('Key dates').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(timeline.tandem.eventDateInput('Compact signing')).toBeFocused();
    await page.keyboard.type('2026-09-01');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('event').first()).toContainText('Set: 2026-09-01.');

    await timeline.openByKeyboard();
    await expect(timeline.table('Artificial Intelligence (4)')).toBeVisible();
    // Tab through the filter bar to the grouping, then arrows move between its choices.
    for (let presses = 0; presses < 12 && !(await timeline.grouping('By domain').evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(timeline.grouping('By domain')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(timeline.grouping('By tier')).toBeChecked();
    await expect(timeline.table('Available now under existing authority (19)')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(timeline.grouping('By domain')).toBeChecked();
    await expect(timeline.table('Quantum (4)')).toBeVisible();
  });
});

import { expect, test } from '@playwright/test';
import { shown } from './pages/date-field';
import { addOffset, formatIsoDay, parseIsoDay } from '../../shared/compact/calendar';
import { asPercent, dayNumber } from '../../shared/plan/timeline-axis';
import { TIMELINE_PAGE } from '../../renderer/src/features/timeline/timeline-paging';
import { todayIso } from '../../renderer/src/state/today';
import { storeLargePlan } from './pages/large-plan';
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
    await expect(timeline.undatedHeading).toHaveText('Not yet dated (33)');
    // The list renders a page; "Show more" renders the rest.
    await expect(timeline.rows).toHaveCount(TIMELINE_PAGE);
    await expect(timeline.showMore('Not yet dated')).toHaveText(`Show ${33 - TIMELINE_PAGE} more in Not yet dated (${33 - TIMELINE_PAGE} not shown)`);
    await timeline.showMore('Not yet dated').click();
    await expect(timeline.rows).toHaveCount(33);
    await expect(timeline.showMore('Not yet dated')).toHaveCount(0);
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
    await expect(timeline.row(S1_STUDY).getByTestId('deadline')).toContainText(`Due ${shown(plus(today, 30, 'days'))}`);
    await expect(timeline.row(S1_STUDY)).toContainText('Within the first 90 days');
    await expect(timeline.row(AI1_PILOTS)).toContainText('After the 90-day window');
    await expect(timeline.row(F6_FUND).getByTestId('deadline')).toContainText(`${shown(plus(today, 12, 'months'))} to ${shown(plus(today, 18, 'months'))}`);
    await expect(timeline.undatedHeading).toHaveText('Not yet dated (10)');
    await expect(timeline.row(Q3_READINESS)).toContainText('Undated: waits for Q-3 quantum communications program launch');
    await expect(page.getByRole('table').getByText(/^Overdue/)).toHaveCount(0);
    await expect(timeline.criticalPath).toHaveText('No critical path yet: no open action waits for another.');

    // Positions are SVG attributes: the page's CSP (style-src 'self') saw nothing to refuse.
    expect(await timeline.cspViolations()).toEqual([]);
  });

  test('open actions past due are marked overdue; done ones are not', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.tandem.openBoard();
    await timeline.tandem.planRow(S1_STUDY).getByRole('combobox', { name: /^Status of action \d+$/ }).selectOption({ label: 'Done' });
    await timeline.setSigningDate('2020-01-01');

    await expect(timeline.row(AI1_CALL)).toContainText(`Overdue (due ${shown('2020-03-31')})`);
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
    await page.keyboard.type('09/01/2026');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('event').first()).toContainText(`Set: ${shown('2026-09-01')}.`);

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

  test('by mouse: an action’s Details button opens its detail panel, and closing it gives the button its focus back', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.setSigningDate('2026-09-01');
    const title = 'Commission the S-1 Kiryat Gat feasibility study (Commerce/CHIPS and Ministry of Economy)';
    await expect(timeline.row(S1_STUDY).getByRole('button')).toHaveAccessibleName(`Details for ${title}`);
    await timeline.details(title).click();
    await expect(timeline.dialog).toBeVisible();
    await expect(timeline.dialog).toHaveAccessibleName(`Details of “${title}”`);
    await expect(timeline.dialog.getByTestId('detail-due')).toContainText(`Due ${shown('2026-10-01')}`);
    await timeline.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(timeline.dialog).toHaveCount(0);
    await expect(timeline.details(title)).toBeFocused();
    // Every Details button is named after its own action: no two alike.
    const names = await page.getByRole('button', { name: /^Details for / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
  });

  test('by keyboard: Tab reaches a row’s Details, Enter opens the panel, an edit there shows in the row, Escape comes back', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await timeline.setSigningDate('2026-09-01');
    await timeline.openByKeyboard();
    for (let presses = 0; presses < 12 && !(await timeline.grouping('By domain').evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(timeline.grouping('By domain')).toBeFocused();
    // The chart holds nothing focusable: the next Tab is the first table's first Details button.
    await page.keyboard.press('Tab');
    const first = timeline.table('Artificial Intelligence (4)').getByTestId('timeline-row').first();
    const title = (await first.locator('th[scope="row"] bdi[data-user-text]').textContent())!;
    await expect(timeline.details(title)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(timeline.dialog).toHaveAccessibleName(`Details of “${title}”`);
    await expect(timeline.dialog.getByLabel('Title', { exact: true })).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type(' (revised)');
    await page.keyboard.press('Escape');
    await expect(timeline.dialog).toHaveCount(0);
    await expect(timeline.details(`${title} (revised)`)).toBeFocused();
    await expect(first).toContainText(`${title} (revised)`);
  });
});

/** A timeline that pages: 40 dated Quantum actions, each waiting for the one before, and 30 undated. */
const step = (i: number) => `Quantum step ${String(i + 1).padStart(2, '0')}`;
const question = (i: number) => `Open question ${String(i + 1).padStart(2, '0')}`;

test.describe('the timeline at size', () => {
  test.beforeEach(async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await storeLargePlan(page, {
      signing: '2026-09-01',
      actions: [
        { count: 40, title: step, initiative: 'Q-1', dueDays: (i) => i + 1, chained: true },
        { count: 30, title: question },
      ],
    });
    await page.reload();
    await timeline.open();
  });

  test('by mouse: each group, in the chart and its table, and the undated list render a page; the critical path covers all', async ({ page }) => {
    const timeline = new TimelinePage(page);
    const quantum = timeline.table('Quantum (44)').getByTestId('timeline-row');
    await expect(quantum).toHaveCount(TIMELINE_PAGE);
    await expect(timeline.chartRow('Quantum').getByTestId('timeline-marker')).toHaveCount(TIMELINE_PAGE);
    await expect(timeline.chartRow('Quantum').getByTestId('chart-hidden')).toHaveText(` +${44 - TIMELINE_PAGE} not drawn`);
    // Worked out over every action: step 40 is on the path before its row is rendered.
    await expect(timeline.criticalPath).toHaveText(`Critical path: ${Array.from({ length: 40 }, (_, i) => step(i)).join(' → ')}`);
    await expect(timeline.rowTitled(step(39))).toHaveCount(0);

    await expect(timeline.showMore('Quantum')).toHaveText(`Show ${44 - TIMELINE_PAGE} more in Quantum (${44 - TIMELINE_PAGE} not shown)`);
    await timeline.showMore('Quantum').click();
    await expect(quantum).toHaveCount(44);
    await expect(timeline.chartRow('Quantum').getByTestId('timeline-marker')).toHaveCount(44);
    await expect(timeline.chartRow('Quantum').getByTestId('chart-hidden')).toHaveCount(0);
    await expect(timeline.showMore('Quantum')).toHaveCount(0);
    await expect(timeline.rowTitled(step(39))).toContainText('Critical path, step 40 of 40');
    // Focus went to the first row the page added.
    await expect(quantum.nth(TIMELINE_PAGE).getByRole('button', { name: /^Details for / })).toBeFocused();
    // Other groups kept their page.
    await expect(timeline.table('Artificial Intelligence (4)').getByTestId('timeline-row')).toHaveCount(4);

    await expect(timeline.undatedHeading).toHaveText('Not yet dated (40)');
    const undated = timeline.table('Actions without a date').getByTestId('timeline-row');
    await expect(undated).toHaveCount(TIMELINE_PAGE);
    await timeline.showMore('Not yet dated').click();
    await expect(undated).toHaveCount(40);
    await expect(timeline.rowTitled(question(29))).toContainText('Undated: no deadline');

    // A row rendered by "Show more" opens its panel like any other.
    await timeline.details(question(29)).click();
    await expect(timeline.dialog).toHaveAccessibleName(`Details of “${question(29)}”`);
    await timeline.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(timeline.details(question(29))).toBeFocused();
  });

  test('by keyboard: Show more moves focus to the first row it adds, whose Details opens the panel', async ({ page }) => {
    const timeline = new TimelinePage(page);
    const undated = timeline.table('Actions without a date').getByTestId('timeline-row');
    await expect(undated).toHaveCount(TIMELINE_PAGE);
    // From the last rendered row's Details, Tab reaches the list's Show more.
    await undated.last().getByRole('button').focus();
    await page.keyboard.press('Tab');
    await expect(timeline.showMore('Not yet dated')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(undated).toHaveCount(40);
    const added = undated.nth(TIMELINE_PAGE).getByRole('button', { name: /^Details for / });
    await expect(added).toBeFocused();
    const name = (await added.getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    await expect(timeline.dialog).toHaveAccessibleName(`Details of “${name.replace(/^Details for /, '')}”`);
    await page.keyboard.press('Escape');
    await expect(timeline.dialog).toHaveCount(0);
    await expect(added).toBeFocused();
    // Shift+Tab goes back up through the rows just added.
    await page.keyboard.press('Shift+Tab');
    await expect(undated.nth(TIMELINE_PAGE - 1).getByRole('button')).toBeFocused();
  });
});

import { expect, test, type Page } from '@playwright/test';
import { storeLargePlan } from './pages/large-plan';
import { shown } from './pages/date-field';
import { PlanListPage } from './pages/plan-list-page';
import { ShellPage } from './pages/shell-page';

/**
 * The Plan as a dense list (one line per action, chips edited in place, details in a panel beside
 * it, several selected and changed as one undoable step), by mouse and by keyboard alone.
 */
test.use({ viewport: { width: 1440, height: 900 } });

const UNSEQUENCED = 'Not yet sequenced';
const AI1_CALL = 'plan-ai1-first-challenge-call';

/** CSP violations from the first script on, to prove the virtual list needs no inline style. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('at least 20 actions are in sight at 1440×900, and the list is one Tab stop', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs();
  await expect(plan.allRows.first()).toBeVisible();
  const wide = await plan.fullyVisibleRows();
  expect(wide).toBeGreaterThanOrEqual(20);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => plan.fullyVisibleRows()).toBeLessThan(wide);
  const laptop = await plan.fullyVisibleRows();
  test.info().annotations.push({ type: 'rows in sight', description: `${wide} at 1440×900, ${laptop} at 1280×800` });
  console.log(`plan list rows fully in sight: ${wide} at 1440×900, ${laptop} at 1280×800`);
  expect(laptop).toBeGreaterThanOrEqual(16);
  await expect(plan.list.locator('[tabindex="0"]')).toHaveCount(1);
  await expect(plan.list.locator('.plan-row [tabindex="0"], .plan-row input:not([tabindex="-1"]), .plan-row select:not([tabindex="-1"])')).toHaveCount(0);
});

test('5,000 actions scroll to the last one with no “Show more”, by scrolling and by End, with no CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await recordCspViolations(page);
  const plan = new PlanListPage(page);
  await plan.openAs();
  await storeLargePlan(page, { actions: [{ count: 5_000, title: (i) => `Bulk action ${i + 1}` }] });
  await page.reload();
  await expect(plan.group(UNSEQUENCED).getByTestId('action-row').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('lane-window').or(page.getByRole('button', { name: /^Show \d+ more/ }))).toHaveCount(0);
  expect(await plan.allRows.count()).toBeLessThan(120);

  // The last line of the list (the seeded tiers come after the 5,000 unsequenced ones)…
  const total = 5_000;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const lastRow = plan.allRows.and(page.locator('[aria-posinset]')).last();
  await expect(lastRow).toBeInViewport();
  expect(await lastRow.getAttribute('aria-posinset')).toBe(await lastRow.getAttribute('aria-setsize'));
  expect(Number(await lastRow.getAttribute('aria-setsize'))).toBeGreaterThan(total);
  expect(await plan.allRows.count()).toBeLessThan(120);
  // …and the 5,000th, scrolled to where it lies.
  await page.evaluate(() => {
    const list = document.querySelector('.plan-list')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 30 + 4_999 * 36 - 300);
  });
  await expect(plan.list.locator('.plan-title', { hasText: /^Bulk action 5000$/ })).toBeInViewport();

  await page.evaluate(() => window.scrollTo(0, 0));
  const first = await plan.row('Bulk action 1');
  await first.focus();
  await page.keyboard.press('End');
  const focused = page.locator('.plan-row:focus');
  await expect(focused).toBeInViewport();
  expect(await focused.getAttribute('aria-posinset')).toBe(await focused.getAttribute('aria-setsize'));
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-posinset', '1');
  await expect(focused.locator('.plan-title')).toHaveText('Bulk action 1');
  expect(await violations()).toEqual([]);
});

test('details open in a panel beside the list: its address, reload, Back, Escape back to the row, the list still usable', async ({ page }) => {
  const plan = new PlanListPage(page);
  const shell = new ShellPage(page);
  await plan.openAs();
  const row = plan.planRow(AI1_CALL);
  await plan.titleLink(row).click();
  await expect(plan.panel).toHaveAccessibleName(/^Details of “Issue the first joint/);
  await expect(plan.panel).toHaveRole('complementary');
  await shell.expectHash(`#/plan/action/${AI1_CALL}`);
  await expect(plan.detailField('Title')).toBeFocused();
  // Beside, not over: the list is in sight and takes clicks while the panel is open.
  const listBox = (await plan.list.boundingBox())!;
  const panelBox = (await plan.panel.boundingBox())!;
  expect(listBox.x + listBox.width).toBeLessThanOrEqual(panelBox.x + 1);
  await expect(row).toHaveClass(/\bopen\b/);
  const other = plan.allRows.nth(0);
  const otherTitle = (await plan.titleLink(other).textContent())!;
  await plan.titleLink(other).click();
  await expect(plan.panel.getByRole('heading', { level: 2 })).toHaveText(`Details of “${otherTitle}”`);
  await page.goBack();
  await expect(plan.panel.getByRole('heading', { level: 2 })).toHaveText(/^Details of “Issue the first joint/);

  await page.reload();
  await expect(plan.panel.getByRole('heading', { level: 2 })).toHaveText(/^Details of “Issue the first joint/);
  await page.keyboard.press('Escape');
  await expect(plan.panel).toHaveCount(0);
  await shell.expectHash('#/plan');
  await expect(plan.planRow(AI1_CALL)).toBeFocused();

  await page.goBack();
  await expect(plan.panel).toBeVisible();
  await plan.detailField('Title').focus();
  await page.keyboard.press('Escape');
  await expect(plan.panel).toHaveCount(0);
  await expect(plan.planRow(AI1_CALL)).toBeFocused();
});

test('status, leads, tier and due date are edited in the row; a wrong day is refused with a message', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs();
  await plan.addAction('Convene the fusion steering committee');
  const row = await plan.row('Convene the fusion steering committee');
  await plan.statusOf(row).selectOption({ label: 'Agreed' });
  await plan.chooseLead(row, 'us', 'NIST');
  await plan.chooseLead(row, 'israel', 'Technion');
  await expect(plan.statusOf(row)).toHaveValue('agreed');
  await expect(plan.leadOf(row, 'us').locator('option:checked')).toHaveText('NIST');

  await plan.dueOf(row).click();
  const day = page.getByRole('form', { name: 'Due date of “Convene the fusion steering committee”' });
  await day.getByLabel('Due on (YYYY-MM-DD)').fill('2026-02-30');
  await day.getByRole('button', { name: 'Set' }).click();
  await expect(day.getByRole('alert')).toHaveText('2026-02-30 is not a day in the calendar.');
  await expect(plan.dueOf(row)).toHaveText('No date');
  await day.getByLabel('Due on (YYYY-MM-DD)').fill('2026-10-01');
  await day.getByLabel('Due on (YYYY-MM-DD)').press('Enter');
  await expect(day).toHaveCount(0);
  await expect(plan.dueOf(row)).toHaveText(shown('2026-10-01'));

  // The detail reads what the row wrote: one document, one set of commands.
  await plan.titleLink(row).click();
  await expect(plan.detailField('Status')).toHaveValue('agreed');
  await expect(plan.detailField('U.S. lead institution').locator('option:checked')).toHaveText('NIST');
  await expect(plan.detailField('Israel lead institution').locator('option:checked')).toHaveText('Technion');
  await expect(plan.panel.getByTestId('detail-due')).toHaveText(`Due ${shown('2026-10-01')}`);
  await page.keyboard.press('Escape');

  await plan.tierOf(row).selectOption({ label: 'Appropriations' });
  await expect(plan.group('Requires appropriations or legislative support').locator('.plan-title', { hasText: 'Convene the fusion steering committee' })).toBeVisible();
  await plan.expectSaved();
  await page.reload();
  const again = await plan.row('Convene the fusion steering committee');
  await expect(plan.statusOf(again)).toHaveValue('agreed');
  await expect(plan.tierOf(again)).toHaveValue('appropriations');
});

test('three selected, one status and one lead for all, and one Ctrl+Z each takes them back', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs();
  for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta']) await plan.addAction(title);
  await plan.expectSaved();
  const rows = await Promise.all(['Alpha', 'Bravo', 'Charlie', 'Delta'].map((title) => plan.row(title)));
  await plan.checkbox(rows[0]!).click();
  await plan.checkbox(rows[2]!).click({ modifiers: ['Shift'] });
  await expect(plan.bulkBar).toContainText('3 selected');
  await expect(plan.checkbox(rows[1]!)).toBeChecked();
  await expect(plan.checkbox(rows[3]!)).not.toBeChecked();

  await plan.bulkMenu('status').selectOption({ label: 'Agreed' });
  await expect(plan.bulkBar.getByRole('status')).toHaveText('Status set to Agreed on 3 actions. Undo (Ctrl+Z) takes it back.');
  await plan.bulkMenu('U.S. lead').selectOption({ label: 'NIST' });
  const statuses = () => Promise.all(rows.map((row) => plan.statusOf(row).inputValue()));
  const leads = () => Promise.all(rows.map((row) => plan.leadOf(row, 'us').inputValue()));
  await expect.poll(statuses).toEqual(['agreed', 'agreed', 'agreed', 'proposed']);
  await expect.poll(async () => (await leads()).map(Boolean)).toEqual([true, true, true, false]);

  // Straight from the menu that made the change (a menu has no undo of its own), then from a row.
  await plan.bulkMenu('U.S. lead').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(leads).toEqual(['', '', '', '']);
  await rows[3]!.focus();
  await expect.poll(statuses).toEqual(['agreed', 'agreed', 'agreed', 'proposed']);
  await page.keyboard.press('Control+z');
  await expect.poll(statuses).toEqual(['proposed', 'proposed', 'proposed', 'proposed']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(statuses).toEqual(['agreed', 'agreed', 'agreed', 'proposed']);

  await plan.bulkMenu('tier').selectOption({ label: 'Special projects requiring separate feasibility review' });
  await expect(plan.group(UNSEQUENCED).locator('.plan-title')).toHaveText(['Delta']);
  // The tier is at the list's foot, out of the rendered window: the filter brings it up.
  await page.getByLabel('Tier', { exact: true }).selectOption({ label: 'Special projects requiring separate feasibility review' });
  const feasibility = plan.group('Special projects requiring separate feasibility review');
  await expect(feasibility.locator('.plan-title', { hasText: /^(Alpha|Bravo|Charlie)$/ })).toHaveText(['Alpha', 'Bravo', 'Charlie']);
  await expect(plan.bulkBar).toContainText('3 selected');
  await plan.bulkBar.getByRole('button', { name: 'Clear' }).click();
  await expect(plan.bulkBar).toHaveCount(0);
});

test('by keyboard alone: into the list with one Tab, move, select, open, edit a chip, Escape back, and out with one Tab', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs();
  for (const title of ['Alpha', 'Bravo', 'Charlie']) await plan.addAction(title);
  await plan.expectSaved();
  await page.getByRole('button', { name: 'Add action' }).focus();
  await page.keyboard.press('Tab');
  const focusedTitle = page.locator('.plan-row:focus .plan-title');
  await expect(focusedTitle).toHaveText('Alpha');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await expect(focusedTitle).toHaveText('Charlie');
  await page.keyboard.press('k');
  await expect(focusedTitle).toHaveText('Bravo');
  await page.keyboard.press('x');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(plan.bulkBar).toContainText('2 selected');

  // s goes to the status chip; a letter picks a status there; Escape comes back to the row.
  await page.keyboard.press('s');
  await expect(plan.statusOf(await plan.row('Charlie'))).toBeFocused();
  await page.keyboard.type('d');
  await expect(plan.statusOf(await plan.row('Charlie'))).toHaveValue('done');
  await page.keyboard.press('Escape');
  await expect(focusedTitle).toHaveText('Charlie');
  // → walks the chips; ← past the first returns to the row.
  await page.keyboard.press('ArrowRight');
  await expect(plan.checkbox(await plan.row('Charlie'))).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(plan.statusOf(await plan.row('Charlie'))).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(focusedTitle).toHaveText('Charlie');

  await page.keyboard.press('Enter');
  await expect(plan.panel).toHaveAccessibleName('Details of “Charlie”');
  await expect(plan.detailField('Title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(plan.panel).toHaveCount(0);
  await expect(focusedTitle).toHaveText('Charlie');
  // With the panel open, ↑ moves in the list and the panel follows; focus stays in the list.
  await page.keyboard.press('o');
  await expect(plan.panel).toHaveAccessibleName('Details of “Charlie”');
  await (await plan.row('Charlie')).focus();
  await page.keyboard.press('ArrowUp');
  await expect(focusedTitle).toHaveText('Bravo');
  await expect(plan.panel).toHaveAccessibleName('Details of “Bravo”');
  await page.keyboard.press('Escape');
  await expect(plan.panel).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(plan.bulkBar).toHaveCount(0);
  await expect(focusedTitle).toHaveText('Bravo');

  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="plan-list"]') === null)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(focusedTitle).toHaveText('Bravo');
});

test('an empty or over-long title is refused with a message and changes nothing', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs();
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('form', { name: 'Add an action' }).getByRole('alert')).toHaveText('An action needs a title.');
  await expect(plan.group(UNSEQUENCED)).toHaveCount(0);

  await plan.addAction('Publish the access list');
  await plan.openDetails('Publish the access list');
  const title = plan.detailField('Title');
  await title.fill('');
  await expect(plan.panel.getByRole('alert')).toHaveText('A title cannot be empty; the last title is kept.');
  await title.fill('x'.repeat(5_000));
  await expect(plan.panel.getByRole('alert')).toHaveText('A title can have at most 500 characters; this one has 5,000.');
  await expect(plan.titleLink(plan.group(UNSEQUENCED).getByTestId('action-row'))).toHaveText('Publish the access list');
  await title.fill('Publish the testbed access list');
  await expect(plan.panel.getByRole('alert')).toHaveCount(0);
  await expect(plan.titleLink(plan.group(UNSEQUENCED).getByTestId('action-row'))).toHaveText('Publish the testbed access list');
});

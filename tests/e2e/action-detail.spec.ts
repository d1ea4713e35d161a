import { expect, test } from '@playwright/test';
import { isoDayFromToday } from './pages/board-page';
import { DateFieldModel, shown } from './pages/date-field';
import { PlanListPage } from './pages/plan-list-page';


/** Sets an anchor event's date under Key dates and comes back to the Plan. */
async function setEventDateAndReturn(plan: PlanListPage, eventName: string, date: string): Promise<void> {
  await plan.setEventDate(eventName, date);
  await expect(plan.page.getByTestId('event').filter({ hasText: `Date of ${eventName}` }).first()).toContainText(`Set: ${shown(date)}.`);
  await plan.openView('Plan');
  await expect(plan.allRows.first()).toBeVisible();
}

/** The action detail, in its panel beside the plan list. */
test.describe('the action detail editor', () => {
  test('by mouse: description, due date by event offset, a refused cycle, and leads', async ({ page }) => {
    const board = new PlanListPage(page);
    await board.openAs();
    const signing = '2026-09-01';
    await setEventDateAndReturn(board, 'Compact signing', signing);
    await board.addAction('Convene the fusion materials steering committee');
    await board.addAction('Publish the X-1 testbed access list');

    await board.openDetails('Convene the fusion materials steering committee');
    await expect(board.panel).toHaveAccessibleName('Details of “Convene the fusion materials steering committee”');
    await expect(board.detailField('Title')).toBeFocused();
    await board.detailField('Description').fill('Joint committee, first meeting in Tel Aviv. ועדת היגוי משותפת');
    await expect(board.detailField('Description')).toHaveAttribute('dir', 'auto');

    // Due date: a bad offset is refused with a message; a good one shows the computed date.
    await board.detailField('Amount').fill('soon');
    await board.panel.getByRole('button', { name: 'Set due date' }).click();
    await expect(board.panel.getByRole('alert')).toHaveText('Enter how many days after the event as a whole number from 0 to 3650.');
    await board.detailField('Amount').fill('45');
    await board.detailField('After the anchor event').selectOption({ label: 'Compact signing' });
    await board.panel.getByRole('button', { name: 'Set due date' }).click();
    await expect(board.panel.getByTestId('detail-due')).toHaveText(`Due ${shown('2026-10-16')} (45 days after Compact signing)`);

    // A calendar date, checked against the calendar.
    await board.panel.getByLabel('a calendar date').check();
    const dueOn = new DateFieldModel(board.panel.getByRole('group', { name: 'Due on', exact: true }));
    await dueOn.type('02/30');
    await board.panel.getByRole('button', { name: 'Set due date' }).click();
    await expect(board.panel.getByTestId('date-field-error')).toHaveText('Enter the whole date: day, month and year.');
    await expect(board.panel.getByTestId('detail-due')).toHaveText(`Due ${shown('2026-10-16')} (45 days after Compact signing)`);

    // Leads: an institution per side, and a named person added at the Israel lead.
    await board.detailField('U.S. lead institution').selectOption({ label: 'NIST' });
    await board.detailField('Israel lead institution').selectOption({ label: 'Technion' });
    await board.detailField('New person at the Israel lead').fill('Noa Cohen');
    await board.panel.getByRole('button', { name: 'Add and name as Israel lead' }).click();
    await expect(board.detailField('Israel lead person')).toHaveValue(/.+/);
    await expect(board.detailField('Israel lead person').locator('option:checked')).toHaveText('Noa Cohen');

    // A dependency, then the one that would close a cycle.
    await board.detailField('Add a dependency').selectOption({ label: 'Publish the X-1 testbed access list' });
    await board.panel.getByRole('button', { name: 'Add dependency' }).click();
    await expect(board.panel.getByRole('list', { name: 'Dependencies' })).toContainText('Publish the X-1 testbed access list');
    await board.panel.getByRole('button', { name: 'Close' }).click();
    await expect(board.panel).toHaveCount(0);

    // The row shows what the panel set: both leads (the person on hover) and the computed day.
    const row = await board.row('Convene the fusion materials steering committee');
    await expect(row.locator('.lead-us')).toHaveAttribute('title', 'U.S. lead: National Institute of Standards and Technology');
    await expect(board.leadOf(row, 'us').locator('option:checked')).toHaveText('NIST');
    await expect(row.locator('.lead-israel')).toHaveAttribute('title', 'Israel lead: Technion (Noa Cohen)');
    await expect(board.dueOf(row)).toHaveText(shown('2026-10-16'));
    await expect(board.dueOf(row)).toHaveAttribute('title', '45 days after Compact signing');

    await board.openDetails('Publish the X-1 testbed access list');
    await board.detailField('Add a dependency').selectOption({ label: 'Convene the fusion materials steering committee' });
    await board.panel.getByRole('button', { name: 'Add dependency' }).click();
    const cycle = 'That would make a cycle: “Publish the X-1 testbed access list” → “Convene the fusion materials steering committee” → “Publish the X-1 testbed access list”.';
    await expect(board.panel.getByTestId('dependency-error')).toHaveText(cycle);
    // Each title in its own isolated element (tests/e2e/bidi-dates.spec.ts checks the directions).
    await expect(board.panel.getByTestId('dependency-error').locator('bdi')).toHaveText([
      'Publish the X-1 testbed access list', 'Convene the fusion materials steering committee', 'Publish the X-1 testbed access list',
    ]);
    await expect(board.panel.getByText('Nothing: this action can start on its own.')).toBeVisible();
    await board.panel.getByRole('button', { name: 'Close' }).click();

    await board.expectSaved();
    await page.reload();
    await board.openDetails('Convene the fusion materials steering committee');
    await expect(board.detailField('Description')).toHaveValue('Joint committee, first meeting in Tel Aviv. ועדת היגוי משותפת');
    await expect(board.panel.getByRole('list', { name: 'Dependencies' })).toContainText('Publish the X-1 testbed access list');
    await expect(board.detailField('Amount')).toHaveValue('45');
  });

  test('by keyboard: open from the row, edit, Escape, and focus goes back to the row', async ({ page }) => {
    const board = new PlanListPage(page);
    await board.openAs();
    await setEventDateAndReturn(board, 'Compact signing', isoDayFromToday(0));
    await board.addAction('Alpha');
    await board.addAction('Bravo');

    const details = await board.row('Alpha');
    await details.focus();
    await page.keyboard.press('Enter');
    await expect(board.panel).toBeVisible();
    await expect(board.detailField('Title')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type(' committee');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(board.detailField('Description')).toBeFocused();
    await page.keyboard.type('Agreed in the room.');
    await page.keyboard.press('Home');
    await page.keyboard.type('Note: ');
    await expect(board.detailField('Description')).toHaveValue('Note: Agreed in the room.');

    // Due date 2 months after signing: type the amount, pick the unit by typeahead, Enter submits.
    await board.detailField('Amount').focus();
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await expect(board.detailField('Unit')).toBeFocused();
    await page.keyboard.type('m');
    await expect(board.detailField('Unit')).toHaveValue('months');
    await board.detailField('Amount').focus();
    await page.keyboard.press('Enter');
    await expect(board.panel.getByTestId('detail-due')).toContainText('(2 months after Compact signing)');

    // Dependency on Bravo by typeahead; then Bravo → Alpha is refused with the cycle named.
    await board.detailField('Add a dependency').focus();
    await page.keyboard.type('Bravo');
    await page.keyboard.press('Tab');
    await expect(board.panel.getByRole('button', { name: 'Add dependency' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(board.panel.getByRole('list', { name: 'Dependencies' })).toContainText('Bravo');

    // The U.S. lead by typeahead.
    await board.detailField('U.S. lead institution').focus();
    await page.keyboard.type('NIST');
    await expect(board.detailField('U.S. lead institution').locator('option:checked')).toHaveText('NIST');

    await page.keyboard.press('Escape');
    await expect(board.panel).toHaveCount(0);
    await expect(details).toBeFocused();
    const alpha = await board.row('Alpha committee');
    await expect(board.leadOf(alpha, 'us').locator('option:checked')).toHaveText('NIST');

    await (await board.row('Bravo')).focus();
    await page.keyboard.press('Enter');
    await board.detailField('Add a dependency').focus();
    await page.keyboard.type('Alpha');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(board.panel.getByTestId('dependency-error')).toHaveText('That would make a cycle: “Bravo” → “Alpha committee” → “Bravo”.');

    // Delete from the panel keeps focus on the same button, now Restore.
    const toggle = board.panel.getByRole('button', { name: 'Delete action' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(board.panel.getByRole('button', { name: 'Restore action' })).toBeFocused();
    await expect(board.panel.getByRole('status')).toContainText('This action is deleted.');
    // The deleted action's row is gone: focus lands on the list's current row, not on the page.
    await page.keyboard.press('Escape');
    await expect(board.panel).toHaveCount(0);
    await expect(page.locator('.plan-row:focus .plan-title')).toHaveText('Alpha committee');
  });

  test('the description is shared text: another tab’s edit arrives without moving the caret', async ({ context, page }) => {
    const first = new PlanListPage(page);
    await first.openAs();
    await first.addAction('Convene the steering committee');
    const second = new PlanListPage(await context.newPage());
    await second.open();
    await first.openDetails('Convene the steering committee');
    await first.detailField('Description').fill('Agreed');
    await second.openDetails('Convene the steering committee');
    await expect(second.detailField('Description')).toHaveValue('Agreed');

    await first.detailField('Description').press('Home');
    await second.detailField('Description').press('End');
    await second.detailField('Description').pressSequentially(' in Tel Aviv');
    await expect(first.detailField('Description')).toHaveValue('Agreed in Tel Aviv');
    await first.detailField('Description').pressSequentially('Note: ');
    await expect(first.detailField('Description')).toHaveValue('Note: Agreed in Tel Aviv');
    await expect(second.detailField('Description')).toHaveValue('Note: Agreed in Tel Aviv');
    await first.expectSaved();
  });
});

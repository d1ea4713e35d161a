import { expect, test } from '@playwright/test';
import { BoardPage, isoDayFromToday } from './pages/board-page';

/** Titles in messages are direction-isolated (FSI … PDI), so mixed Hebrew and English read right. */
const bidi = (title: string) => `\u2068${title}\u2069`;

test.describe('the action detail editor', () => {
  test('by mouse: description, due date by event offset, a refused cycle, and leads', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    const signing = '2026-09-01';
    await board.setEventDateAndReturn('Compact signing', signing);
    await board.addAction('Convene the fusion materials steering committee');
    await board.addAction('Publish the X-1 testbed access list');

    await board.openDetails('Convene the fusion materials steering committee');
    await expect(board.dialog).toHaveAccessibleName('Details of “Convene the fusion materials steering committee”');
    await expect(board.detailField('Title')).toBeFocused();
    await board.detailField('Description').fill('Joint committee, first meeting in Tel Aviv. ועדת היגוי משותפת');
    await expect(board.detailField('Description')).toHaveAttribute('dir', 'auto');

    // Due date: a bad offset is refused with a message; a good one shows the computed date.
    await board.detailField('Amount').fill('soon');
    await board.dialog.getByRole('button', { name: 'Set due date' }).click();
    await expect(board.dialog.getByRole('alert')).toHaveText('Enter how many days after the event as a whole number from 0 to 3650.');
    await board.detailField('Amount').fill('45');
    await board.detailField('After the anchor event').selectOption({ label: 'Compact signing' });
    await board.dialog.getByRole('button', { name: 'Set due date' }).click();
    await expect(board.dialog.getByTestId('detail-due')).toHaveText('Due 2026-10-16 (45 days after Compact signing)');

    // A calendar date, checked against the calendar.
    await board.dialog.getByLabel('a calendar date').check();
    await board.detailField('Due on (YYYY-MM-DD)').fill('2026-02-30');
    await board.dialog.getByRole('button', { name: 'Set due date' }).click();
    await expect(board.dialog.getByRole('alert')).toHaveText('2026-02-30 is not a day in the calendar.');
    await expect(board.dialog.getByTestId('detail-due')).toHaveText('Due 2026-10-16 (45 days after Compact signing)');

    // Leads: an institution per side, and a named person added at the Israel lead.
    await board.detailField('U.S. lead institution').selectOption({ label: 'NIST' });
    await board.detailField('Israel lead institution').selectOption({ label: 'Technion' });
    await board.detailField('New person at the Israel lead').fill('Noa Cohen');
    await board.dialog.getByRole('button', { name: 'Add and name as Israel lead' }).click();
    await expect(board.detailField('Israel lead person')).toHaveValue(/.+/);
    await expect(board.detailField('Israel lead person').locator('option:checked')).toHaveText('Noa Cohen');

    // A dependency, then the one that would close a cycle.
    await board.detailField('Add a dependency').selectOption({ label: 'Publish the X-1 testbed access list' });
    await board.dialog.getByRole('button', { name: 'Add dependency' }).click();
    await expect(board.dialog.getByRole('list', { name: 'Dependencies' })).toContainText('Publish the X-1 testbed access list');
    await board.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(board.dialog).toHaveCount(0);

    const row = await board.row('Convene the fusion materials steering committee');
    await expect(row).toContainText('U.S. lead: NIST');
    await expect(row).toContainText('Israel lead: Technion (Noa Cohen)');
    await expect(row.getByTestId('deadline')).toHaveText('Due 2026-10-16 (45 days after Compact signing)');

    await board.openDetails('Publish the X-1 testbed access list');
    await board.detailField('Add a dependency').selectOption({ label: 'Convene the fusion materials steering committee' });
    await board.dialog.getByRole('button', { name: 'Add dependency' }).click();
    const cycle = `That would make a cycle: “${bidi('Publish the X-1 testbed access list')}” → “${bidi('Convene the fusion materials steering committee')}” → “${bidi('Publish the X-1 testbed access list')}”.`;
    await expect(board.dialog.getByTestId('dependency-error')).toHaveText(cycle);
    await expect(board.dialog.getByText('Nothing: this action can start on its own.')).toBeVisible();
    await board.dialog.getByRole('button', { name: 'Close' }).click();

    await board.expectSaved();
    await page.reload();
    await board.openDetails('Convene the fusion materials steering committee');
    await expect(board.detailField('Description')).toHaveValue('Joint committee, first meeting in Tel Aviv. ועדת היגוי משותפת');
    await expect(board.dialog.getByRole('list', { name: 'Dependencies' })).toContainText('Publish the X-1 testbed access list');
    await expect(board.detailField('Amount')).toHaveValue('45');
  });

  test('by keyboard: open, edit, Escape, and focus goes back to the Details button', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    await board.setEventDateAndReturn('Compact signing', isoDayFromToday(0));
    await board.addAction('Alpha');
    await board.addAction('Bravo');

    const details = (await board.row('Alpha')).getByRole('button', { name: 'Details for action 1' });
    await details.focus();
    await page.keyboard.press('Enter');
    await expect(board.dialog).toBeVisible();
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
    await expect(board.dialog.getByTestId('detail-due')).toContainText('(2 months after Compact signing)');

    // Dependency on Bravo by typeahead; then Bravo → Alpha is refused with the cycle named.
    await board.detailField('Add a dependency').focus();
    await page.keyboard.type('Bravo');
    await page.keyboard.press('Tab');
    await expect(board.dialog.getByRole('button', { name: 'Add dependency' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(board.dialog.getByRole('list', { name: 'Dependencies' })).toContainText('Bravo');

    // The U.S. lead by typeahead.
    await board.detailField('U.S. lead institution').focus();
    await page.keyboard.type('NIST');
    await expect(board.detailField('U.S. lead institution').locator('option:checked')).toHaveText('NIST');

    await page.keyboard.press('Escape');
    await expect(board.dialog).toHaveCount(0);
    await expect(details).toBeFocused();
    const alpha = await board.row('Alpha committee');
    await expect(alpha).toContainText('U.S. lead: NIST');

    await (await board.row('Bravo')).getByRole('button', { name: 'Details for action 2' }).focus();
    await page.keyboard.press('Enter');
    await board.detailField('Add a dependency').focus();
    await page.keyboard.type('Alpha');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(board.dialog.getByTestId('dependency-error')).toHaveText(`That would make a cycle: “${bidi('Bravo')}” → “${bidi('Alpha committee')}” → “${bidi('Bravo')}”.`);

    // Delete from the dialog keeps focus on the same button, now Restore.
    const toggle = board.dialog.getByRole('button', { name: 'Delete action' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(board.dialog.getByRole('button', { name: 'Restore action' })).toBeFocused();
    await expect(board.dialog.getByRole('status')).toContainText('This action is deleted.');
    await page.keyboard.press('Escape');
    await expect(board.deletedList().getByRole('button', { name: 'Restore' })).toBeFocused();
  });

  test('the description is shared text: another tab’s edit arrives without moving the caret', async ({ context, page }) => {
    const first = new BoardPage(page);
    await first.openAs();
    await first.addAction('Convene the steering committee');
    const second = new BoardPage(await context.newPage());
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

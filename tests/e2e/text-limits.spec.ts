import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/board-page';
import { OwnersPage } from './pages/owners-page';

/** Empty and over-long text is refused with its reason beside the field, never cut or dropped silently. */
const TOO_LONG = 'x'.repeat(5_000);

test.describe('text limits', () => {
  test('the add form refuses an empty and a 5,000-character title, says why, and keeps the text', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    await board.openBoard();
    const input = page.getByLabel('New action');
    const form = page.getByRole('form', { name: 'Add an action' });
    await input.press('Enter');
    await expect(form.getByRole('alert')).toHaveText('An action needs a title.');
    await input.fill(TOO_LONG);
    await expect(form.getByRole('alert')).toHaveCount(0);
    await input.press('Enter');
    await expect(form.getByRole('alert')).toHaveText('A title can have at most 500 characters; this one has 5,000.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    expect((await input.inputValue()).length).toBe(5_000);
    await expect(board.rows).toHaveCount(0);
  });

  test('the board title: typing past the limit or emptying it writes nothing and says so; the stored title stays', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    await board.openBoard();
    await board.addAction('Launch fund');
    const title = board.title(1);
    const row = board.rows.first();

    // Exactly at the limit is taken; one more keystroke is refused, and nothing is cut.
    const full = 'y'.repeat(500);
    await title.fill(full);
    await expect(row.getByRole('alert')).toHaveCount(0);
    await title.press('End');
    await title.press('z');
    await expect(row.getByRole('alert')).toHaveText('A title can have at most 500 characters; this one has 501.');
    await expect(title).toHaveValue(`${full}z`);
    await title.press('Backspace');
    await expect(row.getByRole('alert')).toHaveCount(0);

    await title.fill('Launch the joint fund');
    await title.fill('');
    await expect(row.getByRole('alert')).toHaveText('A title cannot be empty; the last title is kept.');
    await expect(title).toHaveAttribute('aria-describedby', await row.getByRole('alert').getAttribute('id') ?? '');
    await title.fill(TOO_LONG);
    await expect(row.getByRole('alert')).toHaveText('A title can have at most 500 characters; this one has 5,000.');
    // Leaving the field shows the title the document holds.
    await title.blur();
    await expect(title).toHaveValue('Launch the joint fund');
    await board.expectSaved();
    await page.reload();
    await board.openBoard();
    await expect(board.title(1)).toHaveValue('Launch the joint fund');
  });

  test('the detail panel refuses the same way, beside its title field', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    await board.openBoard();
    await board.addAction('Publish the access list');
    await board.openDetails('Publish the access list');
    const field = board.detailField('Title');
    await field.fill('');
    await expect(board.dialog.getByRole('alert')).toHaveText('A title cannot be empty; the last title is kept.');
    await field.fill(TOO_LONG);
    await expect(board.dialog.getByRole('alert')).toHaveText('A title can have at most 500 characters; this one has 5,000.');
    await expect(board.title(1)).toHaveValue('Publish the access list');
    await field.fill('Publish the X-1 access list');
    await expect(board.dialog.getByRole('alert')).toHaveCount(0);
    await expect(board.title(1)).toHaveValue('Publish the X-1 access list');
  });

  test('an institution name over the limit is refused with its length, and not cut', async ({ page }) => {
    const board = new BoardPage(page);
    const owners = new OwnersPage(page);
    await board.openAs();
    await owners.open();
    await owners.openDirectory();
    const name = owners.institutionForm.getByLabel('Institution name');
    await name.fill('n'.repeat(250));
    await owners.institutionForm.getByRole('button', { name: 'Add institution' }).click();
    await expect(owners.institutionForm).toContainText('A name can have at most 200 characters; this one has 250.');
    expect((await name.inputValue()).length).toBe(250);
  });
});

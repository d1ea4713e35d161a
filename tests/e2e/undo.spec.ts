import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/board-page';

test.describe('undo and redo', () => {
  test('take back one’s own edits by button and by keyboard; undoing a creation keeps the action restorable', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await expect(undo).toBeDisabled();

    await board.addAction('Convene the AE-1 fusion materials working group');
    await board.status(1).selectOption({ label: 'Agreed' });
    await expect(board.status(1)).toHaveValue('agreed');

    await undo.click();
    await expect(board.status(1)).toHaveValue('proposed');
    await expect(redo).toBeEnabled();
    await redo.click();
    await expect(board.status(1)).toHaveValue('agreed');

    // Outside text fields, Ctrl+Z is undo and Ctrl+Shift+Z redo.
    await page.getByRole('heading', { name: /Not yet sequenced/ }).click();
    await page.keyboard.press('Control+z');
    await expect(board.status(1)).toHaveValue('proposed');
    await page.keyboard.press('Control+Shift+z');
    await expect(board.status(1)).toHaveValue('agreed');

    // Undo twice more: the status, then the creation, which goes to Deleted actions, not away.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(board.rows).toHaveCount(0);
    await expect(page.getByRole('alert')).toContainText('under Deleted actions');
    await expect(board.deletedList().getByTestId('deleted-action')).toContainText('Convene the AE-1 fusion materials working group');
    await board.deletedList().getByRole('button', { name: 'Restore' }).click();
    await expect(board.rows).toHaveCount(1);
    await board.expectSaved();
  });

  test('undo survives a reload of the window (hosting and joining reload it too), deleted words included', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await board.addAction('Draft the research MOU');
    // Replacing "Draft" deletes characters: undoing after the reload must bring back what the load
    // would otherwise have garbage-collected.
    await board.title(1).fill('Sign the research MOU');
    await board.title(1).press('Tab');
    await board.expectSaved();

    await page.reload();
    await expect(board.title(1)).toHaveValue('Sign the research MOU');
    await expect(undo).toBeEnabled();
    await undo.click();
    await expect(board.title(1)).toHaveValue('Draft the research MOU');
    await board.expectSaved();

    await page.reload();
    await expect(redo).toBeEnabled();
    await redo.click();
    await expect(board.title(1)).toHaveValue('Sign the research MOU');
    await board.expectSaved();
  });
});

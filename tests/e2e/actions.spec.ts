import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/board-page';

test.describe('actions', () => {
  test('added and edited actions are there after a reload', async ({ page }) => {
    const tandem = new BoardPage(page);
    await tandem.openAs();
    await tandem.addAction('Convene the fusion materials steering committee');
    await tandem.addAction('Publish the X-1 testbed access list');
    await tandem.title(1).fill('Convene the joint fusion materials steering committee');
    await tandem.status(2).selectOption({ label: 'Agreed' });
    await tandem.expectSaved();

    await page.reload();
    await expect(tandem.rows).toHaveCount(2);
    expect(await tandem.titles()).toEqual([
      'Convene the joint fusion materials steering committee',
      'Publish the X-1 testbed access list',
    ]);
    await expect(tandem.status(2)).toHaveValue('agreed');
  });

  test('typing edits the title in place, keystroke by keystroke', async ({ page }) => {
    const tandem = new BoardPage(page);
    await tandem.openAs();
    await tandem.addAction('Launch fund');
    await tandem.title(1).click();
    await tandem.title(1).press('End');
    await tandem.title(1).pressSequentially(' for quantum sensing');
    await tandem.title(1).press('Home');
    await tandem.title(1).pressSequentially('Q-2: ');
    await expect(tandem.title(1)).toHaveValue('Q-2: Launch fund for quantum sensing');
    await tandem.expectSaved();
    await page.reload();
    await expect(tandem.title(1)).toHaveValue('Q-2: Launch fund for quantum sensing');
  });

  test('a burst of typing survives the page closing within 100 ms of the last key', async ({ context, page }) => {
    const tandem = new BoardPage(page);
    await tandem.openAs();
    await tandem.addAction('Draft the AE-3 reauthorization text');
    await tandem.expectSaved();

    await tandem.title(1).click();
    await tandem.title(1).press('End');
    await tandem.title(1).pressSequentially(' (BIRD Energy)');
    const lastKeyAt = Date.now();
    await page.close();
    expect(Date.now() - lastKeyAt).toBeLessThan(100);

    const reopened = new BoardPage(await context.newPage());
    await reopened.open();
    await expect(reopened.title(1)).toHaveValue('Draft the AE-3 reauthorization text (BIRD Energy)');
  });

  test('an invalid edit is refused with a message and changes nothing', async ({ page }) => {
    const tandem = new BoardPage(page);
    await tandem.openAs();
    await page.getByLabel('New action').fill('    ');
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect(page.getByRole('alert')).toHaveText('An action needs a title.');
    await expect(tandem.rows).toHaveCount(0);
  });
});

import { expect, test } from '@playwright/test';
import { TandemPage } from './pages/tandem-page';

test.describe('identity', () => {
  test('first run asks who is working, says what is missing, and remembers the answer', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.open();
    await expect(tandem.identityForm).toBeVisible();

    await page.getByRole('button', { name: 'Start working' }).click();
    await expect(page.getByText('Enter your name.')).toBeVisible();
    await expect(page.getByText('Choose U.S. or Israel.')).toBeVisible();
    await expect(page.getByText('Choose delegate, note-taker or observer.')).toBeVisible();

    await tandem.completeIdentity({ name: 'Sam Ortiz', delegation: 'U.S.', role: 'Delegate' });
    await expect(tandem.identityBadge).toHaveText('Sam Ortiz · U.S. · Delegate');

    await page.reload();
    await expect(tandem.identityBadge).toHaveText('Sam Ortiz · U.S. · Delegate');
    await expect(tandem.identityForm).toHaveCount(0);
  });

  test('attributes the actions a person adds to them and their delegation', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs({ name: 'Dana Levi', delegation: 'Israel', role: 'Note-taker' });
    await tandem.addAction('Stand up the Q-1 reciprocal participation framework');
    await expect(tandem.rows.first()).toContainText('Added by Dana Levi (Israel, note-taker)');
  });

  test('a changed identity applies to new edits and leaves earlier ones with their author', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs({ name: 'Dana Levi', delegation: 'Israel', role: 'Note-taker' });
    await tandem.addAction('AE-1 fusion materials programme');
    await tandem.expectSaved();

    await page.getByRole('button', { name: 'Change' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Dana Levi');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(tandem.identityBadge).toHaveText('Dana Levi · Israel · Note-taker');

    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('Name').fill('Sam Ortiz');
    await page.getByLabel('U.S.', { exact: true }).check();
    await page.getByLabel('Role').selectOption({ label: 'Delegate' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(tandem.identityBadge).toHaveText('Sam Ortiz · U.S. · Delegate');

    await tandem.status(1).selectOption({ label: 'Agreed' });
    await tandem.expectSaved();
    await page.reload();
    await expect(tandem.rows.first()).toContainText('Added by Dana Levi (Israel, note-taker) · last edited by Sam Ortiz (U.S., delegate)');
  });
});

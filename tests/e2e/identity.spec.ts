import { expect, test } from '@playwright/test';
import { TandemPage } from './pages/tandem-page';

test.describe('first run', () => {
  test('asks who is working, says what is missing, and remembers the answer', async ({ page }) => {
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
});

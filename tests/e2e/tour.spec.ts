import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ShellPage } from './pages/shell-page';

/**
 * The first-run tour: offered in the sidebar to a new laptop (never in the way: no dialog opens
 * by itself), walked by keyboard with each step's view shown behind it, and not offered again
 * once taken or dismissed, also after a reload.
 */
test.use({ viewport: { width: 1440, height: 900 } });

test('a new laptop is invited to the tour; the tour walks the views by keyboard and is not offered again', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  const invite = page.getByRole('region', { name: 'New to Tandem?' });
  await expect(invite).toBeVisible();
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await invite.getByRole('button', { name: 'Take the tour' }).click();
  const tour = page.getByRole('dialog', { name: 'Welcome to Tandem' });
  await expect(tour).toBeVisible();
  await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
  await expect(invite).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="tour"]').analyze();
  expect(violations.filter((each) => each.impact === 'serious' || each.impact === 'critical').map((each) => each.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'The plan' })).toBeVisible();
  await shell.expectView('Plan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Meetings' })).toContainText('Step 3 of 6');
  await shell.expectView('Meetings');
  await shell.expectHash('#/meetings');
  await page.getByRole('dialog').getByRole('button', { name: 'Back' }).click();
  await shell.expectView('Plan');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await page.reload();
  await shell.expectView('Plan');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'New to Tandem?' })).toHaveCount(0);
  // Still there for later, from the palette.
  await page.keyboard.press('Control+k');
  await shell.paletteInput.fill('tour');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Welcome to Tandem' })).toBeVisible();
});

test('dismissing the invitation is remembered on this laptop', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await page.getByRole('button', { name: 'Dismiss the tour invitation' }).click();
  await expect(page.getByRole('region', { name: 'New to Tandem?' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'New to Tandem?' })).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import { TandemPage } from './pages/tandem-page';

test('two tabs on one workspace stay in step and lose nothing', async ({ context, page }) => {
  const first = new TandemPage(page);
  await first.openAs();
  const second = new TandemPage(await context.newPage());
  await second.open();
  await expect(second.identityBadge).toBeVisible();

  await first.addAction('From the first tab');
  await expect(second.title(1)).toHaveValue('From the first tab');
  await second.title(1).fill('From the first tab, edited in the second');
  await expect(first.title(1)).toHaveValue('From the first tab, edited in the second');

  await first.page.getByLabel('New action').fill('First tab again');
  await second.page.getByLabel('New action').fill('Second tab again');
  await Promise.all([first.page.getByLabel('New action').press('Enter'), second.page.getByLabel('New action').press('Enter')]);
  await expect(first.rows).toHaveCount(3);
  await expect(second.rows).toHaveCount(3);
  await first.expectSaved();
  await second.expectSaved();

  await second.page.close();
  await first.page.reload();
  await expect(first.rows).toHaveCount(3);
  expect((await first.titles()).sort()).toEqual(['First tab again', 'From the first tab, edited in the second', 'Second tab again']);
});

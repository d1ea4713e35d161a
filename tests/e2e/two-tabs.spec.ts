import { expect, test } from '@playwright/test';
import { ReviewPage } from './pages/review-page';
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

/**
 * Two windows of one laptop go through the same gate and conflict detection as two laptops: the
 * same status set at once in both files a conflict, seen in both windows. "At once" is made
 * certain, not likely: each window sets the status and then keeps its main thread busy for a
 * while in the same task, so neither can take in the other's change before making its own.
 */
test('the same field edited at once in two windows files a conflict in both', async ({ context, page }) => {
  const first = new ReviewPage(page);
  await first.openAs();
  await first.addAction('Shared between windows');
  const second = new ReviewPage(await context.newPage());
  await second.open();
  await expect(second.title(1)).toHaveValue('Shared between windows');
  await first.expectSaved();

  const setStatusAndHold = (value: string) => {
    const select = document.querySelector<HTMLSelectElement>('[aria-label="Status of action 1"]');
    if (!select) throw new Error('no status select');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const until = performance.now() + 1500;
    while (performance.now() < until) { /* hold the thread: the other window's change waits */ }
  };
  await Promise.all([first.page.evaluate(setStatusAndHold, 'agreed'), second.page.evaluate(setStatusAndHold, 'blocked')]);

  for (const window of [first, second]) {
    await expect(window.conflictCount).toHaveText('1');
    await expect(window.status(1)).toHaveValue(await first.status(1).inputValue());
  }
  await first.expectSaved();
  await second.expectSaved();
});

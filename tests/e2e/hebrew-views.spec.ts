import { expect, test } from '@playwright/test';
import { TandemPage } from './pages/tandem-page';

/**
 * Every view in Hebrew: the page right to left, the view's own text in Hebrew (no part left
 * marked English), the sidebar at the right edge. The views' own specs check their words; this
 * one walks all of them so that a view added later without messages is caught here.
 */
test.use({ viewport: { width: 1440, height: 900 }, locale: 'he-IL' });

test('every view of the sidebar renders in Hebrew, mirrored', async ({ page }) => {
  const tandem = new TandemPage(page);
  await tandem.openAs();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const views = page.locator('.sidebar [data-view]');
  const count = await views.count();
  expect(count).toBeGreaterThan(10);
  const english: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const view = views.nth(index);
    const id = await view.getAttribute('data-view');
    await view.click();
    await expect(view).toHaveAttribute('aria-current', 'page');
    const main = page.getByRole('main');
    await expect(main).toBeVisible();
    expect(await main.evaluate((element) => getComputedStyle(element).direction), id!).toBe('rtl');
    // The view's own body takes the page's direction: no view is left English, left to right.
    const body = page.locator('main .view-body');
    expect(await body.evaluate((element) => getComputedStyle(element).direction), id!).toBe('rtl');
    if (await body.getAttribute('lang')) english.push(id!);
    // Its headings speak Hebrew (one at least: the compact's own headings stay in its language).
    await expect(main.getByRole('heading').filter({ hasText: /[\u0590-\u05FF]/ }).first(), id!).toBeVisible();
    const sidebar = (await page.locator('.sidebar').boundingBox())!;
    const box = (await main.boundingBox())!;
    expect(sidebar.x, id!).toBeGreaterThan(box.x);
  }
  expect(english).toEqual([]);
});

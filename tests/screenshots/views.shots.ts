import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MeetingsPage } from '../e2e/pages/meetings-page';
import { TandemPage } from '../e2e/pages/tandem-page';

const OUT = path.resolve('docs/screenshots');
test.use({ viewport: { width: 1440, height: 900 } });

/** The file name of a view's picture: its address without `#/`. */
async function shoot(page: Page, name: string, out = OUT): Promise<void> {
  // Fonts, icons and virtual rows settle in a frame or two; wait for two frames, not a time.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: path.join(out, `${name}.png`) });
}

test('every view of the sidebar, then the palette, the help and the tour', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  const tandem = new TandemPage(page);
  await tandem.openAs();
  await page.getByRole('button', { name: 'Dismiss the tour invitation' }).click();
  const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
  const count = await views.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 0; index < count; index += 1) {
    await views.nth(index).click();
    await expect(views.nth(index)).toHaveAttribute('aria-current', 'page');
    const hash = await page.evaluate(() => location.hash);
    await shoot(page, hash.replace(/^#\//, '') || `view-${index}`);
  }
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('AI');
  await shoot(page, 'palette');
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await shoot(page, 'help');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('tour');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'The plan' })).toBeVisible();
  await shoot(page, 'tour');
});

test.describe('in Hebrew, mirrored (docs/screenshots/he/, beside the English set)', () => {
  test.use({ locale: 'he-IL' });

  test('every view of the sidebar and the palette', async ({ page }) => {
    const out = path.join(OUT, 'he');
    mkdirSync(out, { recursive: true });
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.locator('.tour-invite-close').click();
    const views = page.locator('.sidebar [data-view]');
    const count = await views.count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index += 1) {
      await views.nth(index).click();
      await expect(views.nth(index)).toHaveAttribute('aria-current', 'page');
      await shoot(page, (await views.nth(index).getAttribute('data-view'))!, out);
    }
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.type('AI');
    await shoot(page, 'palette', out);
  });
});

test('a meeting and its trail, in English, then in Hebrew (meeting.png, he/meeting.png, he/audit-meeting.png)', async ({ page }) => {
  const meetings = new MeetingsPage(page);
  await meetings.openAs();
  await page.getByRole('button', { name: 'Dismiss the tour invitation' }).click();
  await meetings.createMeeting({ title: 'Working session 4 — AI and quantum', day: '2026-07-16', time: '14:00', zone: 'Israel time', place: 'Tel Aviv' });
  await page.locator('.meeting-header .status-select').selectOption('in-progress');
  await shoot(page, 'meeting');
  await page.getByLabel('Language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await shoot(page, 'meeting', path.join(OUT, 'he'));
  await page.locator('.sidebar [data-view="audit"]').click();
  await expect(page.getByTestId('audit-meeting').first()).toBeVisible();
  await shoot(page, 'audit-meeting', path.join(OUT, 'he'));
  await page.getByLabel('שפה').selectOption('system');
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AgreementSection } from '../e2e/pages/agreement-section';
import { MeetingsPage } from '../e2e/pages/meetings-page';
import { PlanListPage } from '../e2e/pages/plan-list-page';
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

test('an action’s agreement by both delegations, changed after agreement, in English and Hebrew (agreement.png, he/agreement.png)', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs({ name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' });
  await page.getByRole('button', { name: 'Dismiss the tour invitation' }).click();
  await plan.openList();
  const first = plan.allRows.first();
  const title = (await first.locator('.plan-title').textContent())!;
  await plan.openDetails(title);
  const agreement = new AgreementSection(plan.panel);
  await agreement.agree();
  await expect(agreement.state('us')).toHaveText('Agreed');
  // The other delegation signs on this laptop too (a change of identity), then revises the title.
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await page.getByLabel('Name').fill('Avi Cohen');
  await page.getByLabel('Israel', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(plan.identityBadge).toHaveText('Avi Cohen · Israel · Delegate');
  await plan.openList();
  await plan.openDetails(title);
  await agreement.agreeAdReferendum();
  await agreement.agree();
  await expect(agreement.badge).toHaveText('Agreed by both');
  await plan.detailField('Title').fill(`${title} (joint call)`);
  await expect(agreement.badge).toHaveText('Changed after agreement');
  await plan.detailField('Title').blur();
  await agreement.section.scrollIntoViewIfNeeded();
  await shoot(page, 'agreement');
  await agreement.history.locator('summary').click();
  await page.getByLabel('Language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await new AgreementSection(plan.panel, 'he').section.scrollIntoViewIfNeeded();
  await shoot(page, 'agreement', path.join(OUT, 'he'));
  await page.getByLabel('שפה').selectOption('system');
});

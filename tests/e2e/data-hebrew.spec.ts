import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { BoardPage } from './pages/board-page';
import { SyncFilesPage } from './pages/sync-files-page';
import type { PersonInput } from './pages/tandem-page';

/**
 * Issue 13's proof for the data views (owners, key dates, funding, session, sync files, records):
 * in Hebrew each renders in Hebrew and mirrored, amounts in the he-IL form; a sync file's preview
 * quotes a mixed-direction title in logical order (DOM order and computed direction). Screenshots
 * of every view in both languages go to /work/notes/shots (data-<view>-<language>.png).
 */
const SHOTS = '/work/notes/shots';
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Delegate' };
const SAM: PersonInput = { name: 'Sam Ortiz', delegation: 'U.S.', role: 'Note-taker' };
/** Hebrew with English inside, and English with Hebrew inside. */
const HEBREW = 'הקמת מרכז AI Center לשנת 2027';
const ENGLISH = 'Launch the מרכז חדשנות hub';

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function laptop(browser: Browser, person: PersonInput, locale: string) {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('filechooser', () => undefined);
  const board = new BoardPage(page);
  await board.openAs(person);
  return { page, board, sync: new SyncFilesPage(page) };
}

/** The data views: id, name in the sidebar and first heading, per language. */
const VIEWS = [
  { id: 'owners', he: 'אחראים', en: 'Owners', heading: { he: 'מטריצת הבעלים', en: 'Owner matrix' } },
  { id: 'dates', he: 'תאריכי מפתח', en: 'Key dates', heading: { he: 'תאריכי מפתח', en: 'Key dates' } },
  { id: 'funding', he: 'מימון', en: 'Funding', heading: { he: 'מימון', en: 'Funding' } },
  { id: 'session', he: 'מפגש', en: 'Session', heading: { he: 'מפגש', en: 'Session' } },
  { id: 'sync-files', he: 'קובצי סנכרון', en: 'Sync files', heading: { he: 'קובצי סנכרון', en: 'Sync files' } },
  { id: 'records', he: 'מסמכים', en: 'Records', heading: { he: 'מסמכים', en: 'Records' } },
] as const;

async function openView(page: Page, language: 'he' | 'en', view: (typeof VIEWS)[number]): Promise<Locator> {
  const nav = page.getByRole('navigation', { name: language === 'he' ? 'תצוגות' : 'Views' });
  await nav.getByRole('button', { name: view[language], exact: true }).click();
  const heading = page.getByRole('heading', { level: 2, name: view.heading[language], exact: true });
  await expect(heading).toBeVisible();
  return heading;
}

/** Visible text without the direction marks ICU puts around he-IL numbers. */
const visible = async (element: Locator) => ((await element.textContent()) ?? '').replace(/[\u200e\u200f\u2068\u2069]/g, '');
const direction = (element: Locator) => element.evaluate((node) => getComputedStyle(node).direction);

test('in Hebrew every data view speaks Hebrew and is mirrored; amounts in the he-IL form', async ({ browser }) => {
  const { page } = await laptop(browser, SAM, 'he-IL');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const body = page.locator('main .view-body');
  for (const view of VIEWS) {
    const heading = await openView(page, 'he', view);
    // In the page's language and direction, not marked English.
    await expect(body).not.toHaveAttribute('lang', 'en');
    await expect(body).not.toHaveAttribute('dir', /./);
    expect(await direction(heading)).toBe('rtl');
    // Mirrored: the heading starts at the view's right edge.
    const main = (await page.getByRole('main').boundingBox())!;
    const box = (await heading.boundingBox())!;
    expect(main.x + main.width - (box.x + box.width)).toBeLessThan(80);
    await page.screenshot({ path: `${SHOTS}/data-${view.id}-he.png` });

    if (view.id === 'owners') {
      await expect(page.getByTestId('gap-summary')).toHaveText(/^\d+ שורות: /);
      await expect(page.getByRole('tab', { name: 'מדריך' })).toBeVisible();
      // The rows' names stand at the right, the institutions' columns to their left.
      const rowHead = (await page.locator('.matrix-row .row-head').first().boundingBox())!;
      const column = (await page.locator('.institution-head').first().boundingBox())!;
      expect(rowHead.x).toBeGreaterThan(column.x);
      await page.getByRole('tab', { name: 'מדריך' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'מדריך הבעלים' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'מוסדות אמריקאיים' })).toContainText('סוכנות');
      await page.screenshot({ path: `${SHOTS}/data-owners-directory-he.png` });
    }
    if (view.id === 'dates') {
      const signing = page.getByTestId('event').filter({ has: page.getByText('תאריך חתימת האמנה') });
      await expect(signing.locator('.event-status')).toHaveText(/^טרם נקבע\. \d+ מועדים נספרים מאירוע זה\.$/);
    }
    if (view.id === 'funding') {
      const us = page.getByTestId('side-total').first();
      expect(await visible(us.locator('h4'))).toBe('ארה״ב: כ־5.5 מיליארד\u00a0$');
      await expect(us).not.toContainText('$5.5B');
      await expect(page.getByTestId('total-check').first()).toContainText('תואם');
      await expect(page.getByTestId('total-check').first()).toContainText('סך הממשל האמריקאי');
    }
    if (view.id === 'session') {
      await expect(page.getByRole('heading', { name: 'אירוח מפגש' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'הצטרפות למפגש' })).toBeVisible();
    }
    if (view.id === 'sync-files') {
      await expect(page.getByRole('heading', { name: 'ייצוא קובץ סנכרון' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'בחירת קובץ סנכרון…' })).toBeVisible();
    }
    if (view.id === 'records') {
      await expect(page.getByTestId('record-summary')).toHaveText(/^תוכנית הפעולה: \d+ פעולות\.$/);
      await expect(page.getByRole('heading', { name: 'גיבויים במחשב זה' })).toBeVisible();
    }
  }
});

test('in English the data views read as before (screenshots beside the Hebrew ones)', async ({ browser }) => {
  const { page } = await laptop(browser, SAM, 'en-US');
  for (const view of VIEWS) {
    await openView(page, 'en', view);
    await expect(page.locator('main .view-body')).not.toHaveAttribute('dir', /./);
    await page.screenshot({ path: `${SHOTS}/data-${view.id}-en.png` });
    if (view.id === 'funding') expect(await visible(page.getByTestId('side-total').first().locator('h4'))).toBe('U.S.: ~$5.5B');
  }
});

test('a Hebrew import preview quotes mixed-direction titles in logical order, each in its own direction', async ({ browser }) => {
  const a = await laptop(browser, AVI, 'en-US');
  await a.board.addAction(HEBREW);
  await a.board.addAction(ENGLISH);
  await a.board.expectSaved();
  await a.sync.open();
  const download = await a.sync.export();
  const file = { name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile((await download.path())!) };

  const b = await laptop(browser, SAM, 'he-IL');
  await openView(b.page, 'he', VIEWS[4]);
  const [chooser] = await Promise.all([b.page.waitForEvent('filechooser'), b.page.getByRole('button', { name: 'בחירת קובץ סנכרון…' }).click()]);
  await chooser.setFiles(file);
  const preview = b.page.getByRole('region', { name: /^מה .* ישנה$/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByText('את כל סביבת העבודה')).toBeVisible();
  const added = preview.getByRole('region', { name: 'פעולות שנוספו' });

  const hebrew = added.getByRole('listitem').filter({ hasText: HEBREW });
  await expect(hebrew).toHaveText(`“${HEBREW}”, מאת Avi Cohen (ישראל, חבר משלחת)`);
  // The line is the interface's (right to left, its bullet on the right); each user string is isolated in its own direction.
  expect(await direction(hebrew)).toBe('rtl');
  const parts = (item: Locator) => item.locator('bdi[data-user-text]').evaluateAll((nodes) =>
    nodes.map((node) => ({ text: node.textContent ?? '', dir: getComputedStyle(node).direction })));
  expect(await parts(hebrew)).toEqual([{ text: HEBREW, dir: 'rtl' }, { text: 'Avi Cohen', dir: 'ltr' }]);
  // DOM order is logical order: the opening quote, the title, the closing quote, then the writer.
  expect(await hebrew.evaluate((node) => [...node.childNodes].map((child) => child.textContent))).toEqual(
    ['“', HEBREW, '”', ', מאת ', 'Avi Cohen', ' (ישראל, חבר משלחת)']);
  const bullet = await hebrew.evaluate((node) => getComputedStyle(node.parentElement!).direction);
  expect(bullet).toBe('rtl');

  const english = added.getByRole('listitem').filter({ hasText: ENGLISH });
  expect(await parts(english)).toEqual([{ text: ENGLISH, dir: 'ltr' }, { text: 'Avi Cohen', dir: 'ltr' }]);
  await b.page.screenshot({ path: `${SHOTS}/data-import-preview-he.png` });

  await preview.getByRole('button', { name: 'מיזוג לסביבת עבודה זו' }).click();
  await expect(b.page.getByTestId('import-result')).toContainText('מאת Avi Cohen (ישראל, חבר משלחת): שתי פעולות נוספו');
});

import { expect, test } from '@playwright/test';
import { DateFieldModel } from './pages/date-field';
import { PlanListPage } from './pages/plan-list-page';
import { say } from './pages/messages';
import { TandemPage } from './pages/tandem-page';

/**
 * The interface language follows the laptop's system language and can be changed at any time;
 * in Hebrew the frame mirrors (the sidebar on the right, the page right to left).
 */
test.use({ viewport: { width: 1440, height: 900 } });

test.describe('on a laptop whose system speaks Hebrew', () => {
  test.use({ locale: 'he-IL' });

  test('the frame is in Hebrew and mirrored; English can be chosen, live and for good', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    const nav = page.getByRole('navigation', { name: 'תצוגות' });
    await expect(nav.getByRole('button', { name: 'תוכנית' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'he-IL');
    await expect(page.getByRole('main', { name: 'תוכנית' })).toBeVisible();
    // Mirrored: the sidebar stands at the right edge, the view to its left.
    const sidebar = (await page.locator('.sidebar').boundingBox())!;
    const main = (await page.getByRole('main').boundingBox())!;
    expect(sidebar.x).toBeGreaterThan(main.x);
    expect(sidebar.x + sidebar.width).toBeGreaterThan(1400);
    await expect(page.getByRole('banner')).toContainText('עבודה');
    // The Plan's body takes the page's direction (no view is left English, left to right).
    await expect(page.locator('main .view-body')).not.toHaveAttribute('dir', /./);

    await page.getByLabel('שפה').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Plan' })).toBeVisible();
    await expect(page.locator('main .view-body')).not.toHaveAttribute('dir', /./);
    // Dates and numbers keep the system's region: English as written in Israel (en-IL: 31/12/2027).
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-IL');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByLabel('Language').selectOption('system');
    await expect(page.getByRole('navigation', { name: 'תצוגות' })).toBeVisible();
  });

  test('first run and the top bar in Hebrew: the identity form, its errors, save and session state', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'ברוכים הבאים ל־Tandem' })).toBeVisible();
    await page.getByRole('button', { name: 'להתחיל לעבוד' }).click();
    await expect(page.getByText('הזינו את שמכם.')).toBeVisible();
    await expect(page.getByText('בחרו ארה״ב או ישראל.')).toBeVisible();
    await page.getByLabel('שם').fill('דנה לוי');
    await page.getByLabel('ישראל', { exact: true }).check();
    await page.getByLabel('תפקיד').selectOption({ label: 'רושם פרוטוקול' });
    await page.getByRole('button', { name: 'להתחיל לעבוד' }).click();
    await expect(page.getByTestId('identity-badge')).toHaveText('דנה לוי · ישראל · רושם פרוטוקול');
    await expect(page.getByTestId('sync-status')).toHaveText('לא מחובר');
    await expect(page.getByTestId('save-state')).toHaveText('כל השינויים נשמרו');
    await expect(page.getByRole('button', { name: 'ביטול' })).toBeDisabled();
  });

  test('translated views speak Hebrew around the compact’s own words, which stay English and isolated', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await page.getByRole('navigation', { name: 'תצוגות' }).getByRole('button', { name: 'סתירות' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^סתירות באמנה \(\d+ פתוחות\)$/);
    await expect(page.locator('main .view-body')).not.toHaveAttribute('dir', /./);
    const subject = page.getByTestId('discrepancy').first().locator('h3 bdi');
    await expect(subject).toHaveText(/[A-Za-z]/);
    await page.getByRole('navigation', { name: 'תצוגות' }).getByRole('button', { name: 'יוזמות' }).click();
    await expect(page.getByRole('heading', { name: 'הפעולה', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'אחראים בארה״ב' })).toBeVisible();
    await expect(page.locator('figure.source blockquote').first()).toHaveAttribute('dir', 'auto');
  });

  test('the palette and the keyboard help speak Hebrew too', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('סיור');
    await expect(page.getByRole('option', { name: /לסיור/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'קיצורי מקלדת' })).toContainText('פתיחת לוח הפקודות');
  });

  test('a refused edit is said in Hebrew: an emptied title, and a cycle whose arrows point the way Hebrew reads', async ({ page }) => {
    const plan = new PlanListPage(page);
    await plan.openAs();
    const newAction = page.getByLabel(say('he', 'plan.add.label'));
    for (const title of ['הקמת מרכז AI', 'AI Center']) {
      await newAction.fill(title);
      await newAction.press('Enter');
      await plan.idOf(title);
    }
    await plan.openDetails('AI Center');
    const title = plan.detailField(say('he', 'plan.panel.title'));
    await title.fill('');
    await expect(plan.panel.getByRole('alert')).toHaveText('הכותרת לא יכולה להיות ריקה; הכותרת הקודמת נשמרה.');
    await title.blur();
    await expect(title).toHaveValue('AI Center');

    const addDependency = async (on: string) => {
      await plan.detailField(say('he', 'plan.panel.addDep')).selectOption({ label: on });
      await plan.panel.getByRole('button', { name: say('he', 'plan.panel.addDepButton') }).click();
    };
    await addDependency('הקמת מרכז AI');
    await plan.openDetails('הקמת מרכז AI');
    await addDependency('AI Center');
    const cycle = plan.panel.getByTestId('dependency-error');
    await expect(cycle).toHaveText('כך ייווצר מעגל: "הקמת מרכז AI" ← "AI Center" ← "הקמת מרכז AI".');
    // Each title its own element in its own direction, in the chain's (logical) order.
    const titles = await cycle.locator('bdi[data-user-text]').evaluateAll((nodes) =>
      nodes.map((node) => ({ text: node.textContent, dir: getComputedStyle(node).direction })));
    expect(titles).toEqual([
      { text: 'הקמת מרכז AI', dir: 'rtl' }, { text: 'AI Center', dir: 'ltr' }, { text: 'הקמת מרכז AI', dir: 'rtl' },
    ]);
    expect(await cycle.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
  });

  test('the audit trail says values in Hebrew, whatever language the change was made in', async ({ page }) => {
    const plan = new PlanListPage(page);
    await plan.openAs();
    // Made in English, read in Hebrew: the row keeps the value, not the English word.
    await page.getByLabel(say('he', 'language.label')).selectOption('en');
    await plan.addAction('Joint testbed charter');
    await plan.statusOf(await plan.row('Joint testbed charter')).selectOption('agreed');
    await plan.expectSaved();
    await page.getByLabel('Language').selectOption('system');
    await page.locator('.sidebar [data-view="audit"]').click();
    const row = page.getByTestId('audit-row').filter({ hasText: say('he', 'plan.status.agreed') });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('audit-before')).toHaveText(say('he', 'plan.status.proposed'));
    await expect(row.getByTestId('audit-after')).toHaveText(say('he', 'plan.status.agreed'));
  });

  test('a date typed half or out of range is refused in Hebrew, and nothing is set', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await page.locator('.sidebar [data-view="dates"]').click();
    const event = page.getByTestId('event').first();
    const field = new DateFieldModel(event.locator('.date-field-group'));
    await field.type('01/09');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('date-field-error')).toHaveText('הזינו את התאריך המלא: יום, חודש ושנה.');
    await field.type('01/09/1850');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('date-field-error')).toHaveText('הזינו שנה בין 1900 ל־2200.');
    // he-IL order (day first): 31/12/2027 is a date, stored, and the message goes.
    await field.type('31/12/2027');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('date-field-error')).toHaveCount(0);
    await expect(field.firstSegment).toHaveAttribute('aria-valuenow', '31');
  });
});

test('on an English system the frame is English, left to right', async ({ page }) => {
  const tandem = new TandemPage(page);
  await tandem.openAs();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Language')).toHaveValue('system');
});

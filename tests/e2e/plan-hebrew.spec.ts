import { expect, test, type Locator } from '@playwright/test';
import { PlanListPage } from './pages/plan-list-page';

/**
 * The plan's views in Hebrew (issue 13): the list, the board and the side panel speak Hebrew and
 * are mirrored (right to left, the board's lanes in reading order, the panel on the inline-end
 * side, i.e. the left), a mixed Hebrew/English title reads in logical order wherever it is shown,
 * and counts take Hebrew's plural forms. Screenshots at 1440×900 beside the English ones.
 */
const SHOTS = '/work/notes/shots';
/** A Hebrew title with an English name and code inside: the case bidi gets wrong without isolation. */
const MIXED = 'תיאום עם NIST על תוכנית AI-1';

test.use({ viewport: { width: 1440, height: 900 } });

/** Where on screen a substring of the element's text is drawn (the first text node that holds it). */
async function xOf(element: Locator, part: string): Promise<number> {
  return element.evaluate((node, wanted) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + wanted.length);
      return range.getBoundingClientRect().x;
    }
    throw new Error(`“${wanted}” is not in the element`);
  }, part);
}

const direction = (element: Locator) => element.evaluate((node) => getComputedStyle(node).direction);

/** The title reads in logical order: the DOM holds it as typed, right to left, its first word drawn right of "NIST". */
async function expectLogical(element: Locator): Promise<void> {
  await expect(element).toHaveText(MIXED);
  expect(await direction(element)).toBe('rtl');
  expect(await xOf(element, 'תיאום')).toBeGreaterThan(await xOf(element, 'NIST'));
  expect(await xOf(element, 'NIST')).toBeGreaterThan(await xOf(element, 'תוכנית'));
}

test.describe('in Hebrew', () => {
  test.use({ locale: 'he-IL' });

  test('the plan list, the board and the panel speak Hebrew, mirrored, with a mixed title in logical order', async ({ page }) => {
    const plan = new PlanListPage(page);
    await plan.openAs();
    await plan.openList();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const list = plan.list;
    expect(await direction(list)).toBe('rtl');
    await expect(page.getByTestId('plan-summary')).toContainText('בתוך 90 הימים הראשונים');
    await expect(page.locator('.filter-count')).toHaveText(/^מוצגות \d+ מתוך \d+ פעולות$/);

    await page.locator('#new-action-title').fill(MIXED);
    await page.locator('#new-action-title').press('Enter');
    const id = await plan.idOf(MIXED);
    const row = plan.planRow(id);
    await expect(list.getByRole('list', { name: 'טרם שובצה', exact: true })).toBeVisible();
    await expect(row.locator('[data-control="status"]')).toHaveAccessibleName(`סטטוס של „${MIXED}”`);
    await expect(row.locator('[data-control="status"] option:checked')).toHaveText('מוצעת');
    await expect(row.locator('[data-control="due"]')).toHaveText('ללא תאריך');
    await expectLogical(row.locator('.plan-title bdi'));
    // The row reads right to left: the checkbox at the right edge, the tier at the left.
    const check = (await row.locator('.plan-check').boundingBox())!;
    const tier = (await row.locator('.plan-tier').boundingBox())!;
    expect(check.x).toBeGreaterThan(tier.x);

    // Plurals: one, two, then many, as Hebrew says them.
    const rows = plan.allRows;
    await rows.nth(0).locator('[data-control="select"]').click();
    await expect(plan.bulkBar.locator('.bulk-count')).toHaveText('אחת נבחרה');
    await rows.nth(1).locator('[data-control="select"]').click();
    await expect(plan.bulkBar.locator('.bulk-count')).toHaveText('שתיים נבחרו');
    await rows.nth(2).locator('[data-control="select"]').click();
    await expect(plan.bulkBar.locator('.bulk-count')).toHaveText('3 נבחרו');
    await page.screenshot({ path: `${SHOTS}/plan-list-he.png` });
    await plan.bulkBar.locator('.bulk-clear').click();

    // The panel opens on the inline-end side: in Hebrew, left of the list.
    await row.locator('.plan-title').click();
    const panel = page.getByTestId('action-detail');
    await expect(panel).toBeVisible();
    expect(await direction(panel)).toBe('rtl');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`פרטי „${MIXED}”`);
    await expectLogical(panel.getByRole('heading', { level: 2 }).locator('bdi'));
    await expect(panel.getByRole('button', { name: 'מחיקת הפעולה' })).toBeVisible();
    const panelBox = (await panel.boundingBox())!;
    const listBox = (await page.getByRole('main').boundingBox())!;
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(listBox.x + 1);
    await page.screenshot({ path: `${SHOTS}/plan-panel-he.png` });
    await panel.locator('.detail-close').click();

    // The board: lanes in reading order, right to left; the card's title in logical order.
    await plan.openBoard();
    const lanes = page.getByTestId('lane');
    await expect(lanes).toHaveCount(4);
    const tiers = await lanes.evaluateAll((all) => all.map((lane) => lane.getAttribute('data-tier')));
    expect(tiers).toEqual(['none', 'existing-authority', 'appropriations', 'feasibility-review']);
    const xs = await lanes.evaluateAll((all) => all.map((lane) => lane.getBoundingClientRect().x));
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    await expect(lanes.first().getByRole('heading', { level: 2 })).toContainText('טרם שובצה');
    const card = page.getByTestId('board').locator(`[data-action-id="${id}"]`);
    const title = card.locator('textarea.card-title');
    await expect(title).toHaveValue(MIXED);
    expect(await direction(title)).toBe('rtl');
    await expect(card.locator('[data-control="details"]')).toHaveAccessibleName(/^פרטי פעולה \d+$/);
    await expect(card.locator('.lead-chip.us .lead-side')).toHaveText('ארה״ב');
    await page.screenshot({ path: `${SHOTS}/plan-board-he.png` });

    await page.locator('.sidebar [data-view="timeline"]').click();
    await expect(page.getByRole('heading', { name: 'ציר זמן' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'פעולה' }).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/plan-timeline-he.png` });
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the same views in English, for the screenshots beside the Hebrew ones', async ({ page }) => {
    const plan = new PlanListPage(page);
    await plan.openAs();
    await plan.openList();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.locator('#new-action-title').fill(MIXED);
    await page.locator('#new-action-title').press('Enter');
    const id = await plan.idOf(MIXED);
    // Inside an English page the Hebrew title keeps its own direction, isolated.
    await expectLogical(plan.planRow(id).locator('.plan-title bdi'));
    await plan.allRows.nth(0).locator('[data-control="select"]').click();
    await expect(plan.bulkBar.locator('.bulk-count')).toHaveText('1 selected');
    await page.screenshot({ path: `${SHOTS}/plan-list-en.png` });
    await plan.bulkBar.locator('.bulk-clear').click();
    await plan.planRow(id).locator('.plan-title').click();
    const panel = page.getByTestId('action-detail');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Details of “${MIXED}”`);
    const panelBox = (await panel.boundingBox())!;
    const listBox = (await page.getByRole('main').boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(listBox.x + listBox.width - 1);
    await page.screenshot({ path: `${SHOTS}/plan-panel-en.png` });
    await panel.locator('.detail-close').click();
    await plan.openBoard();
    await page.screenshot({ path: `${SHOTS}/plan-board-en.png` });
    await page.locator('.sidebar [data-view="timeline"]').click();
    await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/plan-timeline-en.png` });
  });
});

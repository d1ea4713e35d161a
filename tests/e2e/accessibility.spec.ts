import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { TandemPage } from './pages/tandem-page';

const VIEWS = ['Plan', 'Board', 'Owners', 'Timeline', 'Meetings', 'Compact', 'Key dates', 'Funding', 'Steps & measures', 'Discrepancies', 'Session', 'Sync files', 'Review', 'Conflicts', 'Audit', 'Records'] as const;
const INTERACTIVE = new Set(['button', 'textbox', 'combobox', 'checkbox', 'radio', 'link', 'searchbox', 'spinbutton', 'menuitem', 'gridcell', 'tab', 'switch', 'slider', 'listbox']);

/** Interactive nodes of Chromium's own accessibility tree that have no accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && INTERACTIVE.has(String(node.role?.value)))
    .filter((node) => String(node.name?.value ?? '').trim() === '')
    .map((node) => `${String(node.role?.value)} (backend node ${node.backendDOMNodeId})`);
}

/** Text fields where people type names and titles must take Hebrew and English alike. */
async function textFieldsWithoutDirAuto(page: Page): Promise<string[]> {
  return page.locator('input:not([type]), input[type="text"], input[type="search"], textarea').evaluateAll((fields) =>
    fields
      .filter((field) => field.getAttribute('inputmode') !== 'numeric' && field.getAttribute('dir') !== 'auto')
      .map((field) => field.id || field.getAttribute('aria-label') || field.outerHTML.slice(0, 80)));
}

test('every control in every view has an accessible name, and text fields take either direction', async ({ page }) => {
  const tandem = new TandemPage(page);
  await tandem.openAs();
  for (const view of VIEWS) {
    await tandem.openView(view);
    await expect(page.getByRole('main', { name: view })).toBeVisible();
    expect(await unnamedControls(page), view).toEqual([]);
    expect(await textFieldsWithoutDirAuto(page), view).toEqual([]);
  }
  await tandem.openView('Plan');
  await tandem.planRow('plan-ai1-first-challenge-call').locator('.plan-title').click();
  await expect(page.getByTestId('action-detail')).toBeVisible();
  expect(await unnamedControls(page), 'details panel').toEqual([]);
  expect(await textFieldsWithoutDirAuto(page), 'details panel').toEqual([]);
});

/**
 * axe-core (the maintained rule set behind most accessibility audits) over every view at 1440×900:
 * no serious or critical violation. Each failure names the view, the rule and the first nodes.
 */
test('axe-core finds no serious or critical violation in any view', async ({ page }) => {
  // A full axe scan of each of the 17 views: 1.3–1.7 min on a loaded 2-core machine, so the
  // limit leaves room for load (the scan's own length, not a wait for anything).
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const tandem = new TandemPage(page);
  await tandem.openAs();
  await tandem.addAction('Joint quantum testbed');
  const found: string[] = [];
  for (const view of VIEWS) {
    await tandem.openView(view);
    await expect(page.getByRole('main')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations.filter((each) => each.impact === 'serious' || each.impact === 'critical')) {
      found.push(`${view}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
    }
  }
  // The plan with two rows selected (the bulk bar), an action's panel open and a due form open.
  await tandem.openView('Plan');
  const rows = page.getByTestId('action-row');
  await rows.nth(0).getByRole('checkbox').click();
  await rows.nth(1).getByRole('checkbox').click();
  await rows.nth(2).locator('.plan-title').click();
  await rows.nth(3).locator('[data-control="due"]').click();
  await expect(page.getByTestId('bulk-bar')).toBeVisible();
  await expect(page.getByTestId('action-detail')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const violation of violations.filter((each) => each.impact === 'serious' || each.impact === 'critical')) {
    found.push(`Plan, selected and open: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
  }
  expect(found).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';
import { Laptop } from './pages/laptop';
import { ShellPage } from './pages/shell-page';
import { DANA, type PersonInput } from './pages/tandem-page';

/**
 * The app shell: a URL per view and per open action (reload and Back/Forward stay in the app),
 * the command palette and the keyboard help, by keyboard alone, with focus where a keyboard user
 * expects it. At 1440×900, the size the room's laptops have.
 */
test.use({ viewport: { width: 1440, height: 900 } });

const AI1_CALL = 'plan-ai1-first-challenge-call';

test('every view has an address; the address alone brings the view back; an unknown one changes nothing, or opens Plan', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await shell.expectView('Plan');
  await shell.expectHash('#/plan');
  for (const [view, hash] of [['Session', '#/session'], ['Sync files', '#/sync-files'], ['Key dates', '#/dates'], ['Records', '#/records']] as const) {
    await shell.tandem.openView(view);
    await shell.expectView(view);
    await shell.expectHash(hash);
  }
  await page.goto('/#/funding');
  await shell.expectView('Funding');
  // Typed into the open app: the view stays, and the address says so again.
  await page.goto('/#/nowhere');
  await shell.expectHash('#/funding');
  await shell.expectView('Funding');
  // A fresh window with it: the default view.
  await page.goto('about:blank');
  await page.goto('/#/nowhere/action/x');
  await shell.expectView('Plan');
  await shell.expectHash('#/plan');
});

test('Back and Forward move between the views and the open action, and never leave the app', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await shell.tandem.openView('Session');
  await shell.tandem.openView('Records');
  await page.goBack();
  await shell.expectView('Session');
  await expect(shell.main('Session')).toBeFocused();
  await page.goBack();
  await shell.expectView('Plan');
  await page.goForward();
  await shell.expectView('Session');
  await shell.expectHash('#/session');

  await shell.tandem.openView('Plan');
  await shell.tandem.planRow(AI1_CALL).locator('.plan-title').click();
  await expect(shell.detail).toBeVisible();
  await shell.expectHash(`#/plan/action/${AI1_CALL}`);
  await page.goBack();
  await expect(shell.detail).toBeHidden();
  await shell.expectView('Plan');
  await shell.expectHash('#/plan');
  await page.goForward();
  await expect(shell.detail).toBeVisible();
  await expect(shell.detail.getByRole('heading', { name: /^Details of “Issue the first joint/ })).toBeVisible();
});

test('a reload keeps the view, and the open action', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await shell.tandem.openView('Conflicts');
  await page.reload();
  await shell.expectView('Conflicts');
  await shell.tandem.openView('Plan');
  await shell.tandem.planRow(AI1_CALL).locator('.plan-title').click();
  await page.reload();
  await expect(shell.detail.getByRole('heading', { name: /^Details of “Issue the first joint/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shell.detail).toBeHidden();
  await shell.expectHash('#/plan');
});

test('changing view does not scroll the page, and focus moves to the view', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  for (const view of ['Session', 'Owners', 'Plan'] as const) {
    await shell.tandem.openView(view);
    await expect(shell.main(view)).toBeFocused();
    expect(await page.evaluate(() => window.scrollY), view).toBe(0);
  }
});

test('the palette from the keyboard alone: a view, an action by code, one by Hebrew title, a command; Escape gives focus back', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await shell.tandem.addAction('פגישת תיאום שָׁלוֹם בתל אביב');
  await shell.tandem.expectSaved();

  // Escape closes it and gives the focus back to where it was.
  const sessionButton = shell.tandem.viewButton('Session');
  await sessionButton.focus();
  await page.keyboard.press('Control+k');
  await expect(shell.paletteInput).toBeFocused();
  await page.keyboard.type('nothing like this');
  await expect(shell.palette.getByText('Nothing matches')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shell.palette).toBeHidden();
  await expect(sessionButton).toBeFocused();

  // A view: typed, then Enter.
  await page.keyboard.press('Control+k');
  await expect(shell.paletteInput).toHaveValue('');
  await page.keyboard.type('key dates');
  await expect(shell.selectedOption).toHaveText(/^Key dates/);
  await page.keyboard.press('Enter');
  await expect(shell.palette).toBeHidden();
  await shell.expectView('Key dates');
  await expect(shell.main('Key dates')).toBeFocused();

  // An action by its initiative's code and a word of its title, chosen with the arrow keys.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('AI-1');
  await expect(shell.palette.getByTestId('palette-action')).toHaveCount(2);
  await page.keyboard.type(' issue');
  await expect(shell.palette.getByTestId('palette-action')).toHaveCount(1);
  await expect(shell.selectedOption).toContainText('Issue the first joint');
  await page.keyboard.press('Enter');
  await expect(shell.detail.getByRole('heading', { name: /^Details of “Issue the first joint/ })).toBeVisible();
  await shell.expectHash(`#/plan/action/${AI1_CALL}`);
  await page.keyboard.press('Escape');
  await expect(shell.detail).toBeHidden();
  await shell.expectView('Plan');

  // Hebrew, typed without the points the title has.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('שלום');
  await expect(shell.selectedOption).toContainText('פגישת תיאום שָׁלוֹם בתל אביב');
  await page.keyboard.press('Enter');
  await expect(shell.detail.getByRole('heading', { name: 'Details of “פגישת תיאום שָׁלוֹם בתל אביב”' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A command: hosting goes to the Session view.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('host');
  await expect(shell.selectedOption).toHaveText(/^Host a session/);
  await page.keyboard.press('Enter');
  await shell.expectView('Session');
  await expect(page.getByRole('heading', { name: 'Host a session' })).toBeVisible();
});

test('the palette’s undo undoes the last change', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await shell.tandem.addAction('Undone from the palette');
  await shell.tandem.expectSaved();
  // From the New action field: Ctrl+K works while typing, too.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('undo');
  await expect(shell.selectedOption).toHaveText(/^Undo/);
  await page.keyboard.press('Enter');
  await expect(shell.tandem.rows).toHaveCount(0);
});

test('? opens the keyboard help, except while typing; Escape closes it and gives focus back', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  const field = page.getByLabel('New action');
  await field.click();
  await page.keyboard.type('Why?');
  await expect(field).toHaveValue('Why?');
  await expect(shell.help).toBeHidden();

  const plan = shell.tandem.viewButton('Plan');
  await plan.focus();
  await page.keyboard.press('?');
  await expect(shell.help).toBeVisible();
  await expect(shell.help.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(shell.help.getByRole('region', { name: 'Anywhere' })).toContainText('Open the command palette');
  await expect(shell.help.getByRole('region', { name: 'The views' })).toContainText('Concurrent edits that need a decision');
  // The palette does not open over it.
  await page.keyboard.press('Control+k');
  await expect(shell.palette).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(shell.help).toBeHidden();
  await expect(plan).toBeFocused();

  // The sidebar's buttons open the same dialogs.
  await page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
  await expect(shell.help).toBeVisible();
  await shell.help.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Search and commands' }).click();
  await expect(shell.paletteInput).toBeFocused();
});

/** Interactive nodes of Chromium's accessibility tree with no name (as accessibility.spec.ts checks each view). */
async function unnamedControls(page: Page): Promise<string[]> {
  const roles = new Set(['button', 'textbox', 'combobox', 'option', 'listbox', 'link', 'dialog', 'navigation', 'main']);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && roles.has(String(node.role?.value)))
    .filter((node) => String(node.name?.value ?? '').trim() === '')
    .map((node) => `${String(node.role?.value)} (backend node ${node.backendDOMNodeId})`);
}

/** Text of the frame whose contrast against its background is under 4.5:1 (WCAG AA for body text). */
async function lowContrast(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const color = rgb(getComputedStyle(at).backgroundColor);
        if (color.length === 3 || (color.length === 4 && color[3]! > 0.5)) return color.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return elements.filter((element) => element.checkVisibility()).flatMap((element) => {
      const [fg, bg] = [lum(rgb(getComputedStyle(element).color)), lum(background(element))];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      return ratio < 4.5 ? [`${element.textContent?.trim().slice(0, 40)}: ${ratio.toFixed(2)}`] : [];
    });
  });
}

test('the frame is labelled and legible: named landmarks and controls, text contrast at least 4.5:1, palette included', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.tandem.openAs();
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('group', { name: 'The compact' }).getByRole('button')).toHaveCount(5);
  await expect(page.getByRole('banner')).toHaveCount(1);
  expect(await unnamedControls(page)).toEqual([]);
  const frameText = '.view-label, .nav-group-label, .brand h1, .brand-sub, .sidebar-search-label, .topbar-group, .topbar-view, .topbar-hint, .save-state, .identity span, .sync-status';
  expect(await lowContrast(page, frameText)).toEqual([]);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('a');
  await expect(shell.paletteOptions.first()).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  expect(await lowContrast(page, '.palette-label, .palette-hint, .palette-code, [cmdk-group-heading], [cmdk-input]')).toEqual([]);
});

const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 40;

test('joining a session reloads the page into the Session view, not the Plan', async () => {
  test.setTimeout(90_000);
  const [a, b] = await Promise.all([Laptop.start('shell-a', { port: BASE }), Laptop.start('shell-b', { port: BASE + 1 })]);
  try {
    await Promise.all([a.openAs(AVI), b.openAs(DANA)]);
    const { address, code } = await a.host('127.0.0.1', BASE + 2);
    // A mark on the page's window: a reload wipes it.
    await b.page.evaluate(() => Object.assign(window, { beforeJoin: true }));
    const reloaded = b.page.waitForEvent('load', { timeout: 15_000 });
    await b.join(address, code);
    await reloaded;
    expect(await b.page.evaluate(() => 'beforeJoin' in window)).toBe(false);
    await expect(b.status).toHaveText('Synced with 1 peer', { timeout: 15_000 });
    const shell = new ShellPage(b.page);
    await shell.expectView('Session');
    await shell.expectHash('#/session');
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

import { expect, test, type Page } from '@playwright/test';
import { ACTION_PAGE } from '../../renderer/src/features/owners/matrix-paging';
import { storeLargePlan } from './pages/large-plan';
import { OwnersPage } from './pages/owners-page';
import { TandemPage, type PersonInput } from './pages/tandem-page';

/** X-1 … X-5 have no owner table in the annex and start with no lead on either side. */
test.describe('owner assignments', () => {
  test('by mouse: an initiative’s gaps close as leads are set on both sides, and stay after a reload', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    await tandem.openAs();
    await owners.open();
    await expect(owners.gaps('X-1')).toHaveText(['No U.S. lead', 'No Israel lead']);
    const before = await owners.summary.textContent();
    const [, rows, us, israel] = /^(\d+) rows: (\d+) have no U\.S\. lead, (\d+) have no Israel lead\.$/.exec(before ?? '')!.map(Number);

    await owners.setLead('X-1', 'NIST');
    await expect(owners.gaps('X-1')).toHaveText(['No Israel lead']);
    await owners.setLead('X-1', 'IIA');
    await expect(owners.gaps('X-1')).toHaveCount(0);
    await expect(owners.row('X-1')).toContainText('U.S. lead: NIST');
    await expect(owners.row('X-1')).toContainText('Israel lead: IIA');
    await expect(owners.summary).toHaveText(`${rows} rows: ${us! - 1} have no U.S. lead, ${israel! - 1} have no Israel lead.`);

    // Only one side's columns, then only those in use: the row keeps its leads.
    await page.getByLabel('Sides', { exact: true }).selectOption({ label: 'Israel only' });
    await expect(owners.cell('X-1', 'NIST')).toHaveCount(0);
    await expect(owners.cell('X-1', 'IIA')).toHaveAccessibleName('X-1 × IIA: Lead');
    // No row names the Prime Minister's Office.
    await expect(owners.cell('X-1', "Prime Minister's Office")).toHaveCount(1);
    await page.getByLabel('Columns', { exact: true }).selectOption({ label: 'Only institutions in use' });
    await expect(owners.cell('X-1', "Prime Minister's Office")).toHaveCount(0);
    await expect(owners.cell('X-1', 'IIA')).toHaveAccessibleName('X-1 × IIA: Lead');

    await tandem.expectSaved();
    await page.reload();
    await owners.open();
    await expect(owners.gaps('X-1')).toHaveCount(0);
    await expect(owners.cell('X-1', 'NIST')).toHaveAccessibleName('X-1 × NIST: Lead');
    await expect(owners.cell('X-1', 'IIA')).toHaveAccessibleName('X-1 × IIA: Lead');
  });

  test('by mouse: a cell can make an institution supporting or remove it, and annex owners are shown', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    await tandem.openAs();
    await owners.open();
    await expect(owners.cell('AI-1', 'CAISI')).toHaveAccessibleName('AI-1 × CAISI: named in annex');
    await owners.cell('X-2', 'DOE').click();
    await expect(owners.menu).toBeVisible();
    await owners.cell('X-2', 'DOE').click();
    await expect(owners.menu).toBeVisible();
    await owners.menu.getByRole('button', { name: 'Make DOE supporting' }).click();
    await expect(owners.cell('X-2', 'DOE')).toHaveAccessibleName('X-2 × DOE: Supporting');
    await expect(owners.gaps('X-2')).toHaveText(['No U.S. lead', 'No Israel lead']);
    await owners.cell('X-2', 'DOE').click();
    await owners.menu.getByRole('button', { name: 'Remove DOE as supporting' }).click();
    await expect(owners.cell('X-2', 'DOE')).toHaveAccessibleName('X-2 × DOE: no role');
  });

  test('by mouse: a new institution and person from the directory, then that person named as lead', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    await tandem.openAs();
    await owners.open();

    await owners.institutionForm.getByRole('button', { name: 'Add institution' }).click();
    await expect(owners.institutionForm).toContainText('Enter the institution’s name.');
    await expect(owners.institutionForm).toContainText('Choose the side: U.S. or Israel.');
    await expect(owners.institutionForm.getByLabel('Institution name')).toBeFocused();
    await owners.personForm.getByRole('button', { name: 'Add person' }).click();
    await expect(owners.personForm).toContainText('Enter the person’s name.');
    await expect(owners.personForm).toContainText('Choose the institution the person works at.');

    await owners.addInstitution({ name: 'Negev Quantum Center', shortName: 'NQC', side: 'Israel', kind: 'Lab' });
    await owners.addPerson('Noa Cohen', 'NQC');
    await expect(owners.directoryEntry('Negev Quantum Center')).toContainText('Noa Cohen');
    await page.getByLabel('Search the directory').fill('noa coh');
    await expect(page.getByTestId('institution')).toHaveCount(1);
    await expect(page.getByTestId('institution')).toContainText('Negev Quantum Center');

    await owners.setLead('X-2', 'NQC', 'Noa Cohen');
    await expect(owners.row('X-2')).toContainText('Israel lead: NQC · Noa Cohen');
    await expect(owners.gaps('X-2')).toHaveText(['No U.S. lead']);
    await tandem.expectSaved();
    await page.reload();
    await owners.open();
    await expect(owners.row('X-2')).toContainText('Israel lead: NQC · Noa Cohen');
  });

  test('by keyboard only: add an institution and a person, then set both leads from the matrix', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    const keys = page.keyboard;
    await tandem.openAs();
    await owners.openByKeyboard();

    const institution = owners.institutionForm;
    await owners.typeInto(institution.getByLabel('Institution name'), 'Galilee Photonics Institute');
    await owners.typeInto(institution.getByLabel('Short name (optional)'), 'GPI');
    await owners.tabTo(institution.getByLabel('Side'));
    await owners.chooseByKeyboard(institution.getByLabel('Side'), 'Israel');
    await owners.tabTo(institution.getByLabel('Kind'));
    await owners.chooseByKeyboard(institution.getByLabel('Kind'), 'Lab');
    await keys.press('Tab');
    await expect(institution.getByRole('button', { name: 'Add institution' })).toBeFocused();
    await keys.press('Enter');
    await expect(institution.getByRole('status')).toHaveText('Added Galilee Photonics Institute to the Israel institutions.');

    const person = owners.personForm;
    await owners.typeInto(person.getByLabel('Person’s name'), 'Yael Mizrahi');
    await keys.press('Tab');
    await owners.chooseByKeyboard(person.getByLabel('Works at'), 'GPI');
    await keys.press('Tab');
    await expect(person.getByRole('button', { name: 'Add person' })).toBeFocused();
    await keys.press('Enter');
    await expect(person.getByRole('status')).toHaveText('Added Yael Mizrahi at GPI.');

    // Into the grid, then by arrows to X-3 × GPI; Escape closes a menu and gives the cell its focus back.
    await owners.viewTab.focus();
    await keys.press('Enter');
    await owners.tabIntoGrid();
    await owners.arrowTo(owners.cell('X-3', 'GPI'));
    await keys.press('Enter');
    await expect(owners.menu).toBeVisible();
    await keys.press('Escape');
    await expect(owners.menu).toBeHidden();
    await expect(owners.cell('X-3', 'GPI')).toBeFocused();
    await keys.press('Enter');
    await expect(owners.menu).toBeVisible();
    await keys.press('Shift+Tab');
    await expect(owners.menu).toBeHidden();
    await expect(owners.cell('X-3', 'GPI')).toBeFocused();

    await keys.press('Space');
    await owners.chooseByKeyboard(owners.menu.getByLabel('Person at GPI (optional)'), 'Yael Mizrahi');
    await owners.tabTo(owners.menu.getByRole('button', { name: 'Make GPI the Israel lead' }));
    await keys.press('Enter');
    await expect(owners.menu).toBeHidden();
    await expect(owners.cell('X-3', 'GPI')).toBeFocused();
    await expect(owners.cell('X-3', 'GPI')).toHaveAccessibleName('X-3 × GPI: Lead');
    await expect(owners.gaps('X-3')).toHaveText(['No U.S. lead']);

    // The U.S. lead, with a person added from the cell's menu.
    await owners.arrowTo(owners.cell('X-3', 'NIST'));
    await keys.press('Enter');
    await owners.typeInto(owners.menu.getByLabel('New person at NIST'), 'Sam Ortiz');
    await keys.press('Enter');
    await expect(owners.menu.getByLabel('Person at NIST (optional)')).toHaveValue(/.+/);
    await owners.tabTo(owners.menu.getByRole('button', { name: 'Make NIST the U.S. lead' }));
    await keys.press('Enter');
    await expect(owners.cell('X-3', 'NIST')).toBeFocused();
    await expect(owners.gaps('X-3')).toHaveCount(0);
    await expect(owners.row('X-3')).toContainText('U.S. lead: NIST · Sam Ortiz');
    await expect(owners.row('X-3')).toContainText('Israel lead: GPI · Yael Mizrahi');
    await tandem.expectSaved();
  });

  test('an observer sees the matrix and the directory with no editing controls', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    await tandem.openAs({ name: 'Rina Tal', delegation: 'Israel', role: 'Observer' });
    await owners.open();
    await expect(owners.table).toBeVisible();
    await expect(owners.grid).toHaveCount(0);
    await expect(owners.table.getByRole('button')).toHaveCount(0);
    await expect(owners.gaps('X-1')).toHaveText(['No U.S. lead', 'No Israel lead']);
    await expect(owners.row('AI-1').getByTitle('named in annex')).toHaveCount(2 + 3);
    await expect(page.getByRole('heading', { name: 'Owner directory' })).toBeVisible();
    await expect(owners.directoryEntry('National Institute of Standards and Technology')).toBeVisible();
    await expect(owners.institutionForm).toHaveCount(0);
    await expect(owners.personForm).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Add|Make|Remove)\b/ })).toHaveCount(0);
  });
});

/** 60 actions on top of the seed's 33: the matrix renders 15 of the 93 action rows at first. */
const BULK = 60;
const bulkTitle = (i: number) => `Bulk action ${String(i + 1).padStart(2, '0')}`;

/** Opens the app as `person` with the bulk actions stored, as if typed over many sessions. */
async function openWithBulk(page: Page, person?: PersonInput): Promise<void> {
  const tandem = new TandemPage(page);
  await tandem.openAs(person);
  await storeLargePlan(page, { actions: [{ count: BULK, title: bulkTitle }] });
  await page.reload();
  await expect(tandem.identityBadge).toBeVisible();
}

test.describe('the owner matrix at size', () => {
  test('by mouse: initiatives all, actions a page at a time; the counts cover every row, and rows shown later work', async ({ page }) => {
    const owners = new OwnersPage(page);
    await openWithBulk(page);
    await owners.open();
    const initiatives = await owners.renderedRows('initiative').count();
    expect(await owners.actionTotal()).toBe(33 + BULK);
    await expect(owners.renderedRows('action')).toHaveCount(ACTION_PAGE);
    const hidden = 33 + BULK - ACTION_PAGE;
    await expect(owners.pagingNote).toHaveText(
      `Showing ${initiatives} initiatives and the first ${ACTION_PAGE} actions of ${33 + BULK}: ${hidden} action rows are not shown ` +
      '(the counts above include them). Search or filter to find an action, or use “Show more” below the matrix.',
    );
    // The gap counts are over every row: each bulk action lacks both leads, rendered or not.
    const summary = /^(\d+) rows: (\d+) have no U\.S\. lead, (\d+) have no Israel lead\.$/.exec((await owners.summary.textContent()) ?? '')!;
    expect(Number(summary[1])).toBe(initiatives + 33 + BULK);
    expect(Number(summary[2])).toBeGreaterThanOrEqual(BULK);

    await expect(owners.showMore).toHaveText(`Show ${ACTION_PAGE} more actions (${hidden} not shown)`);
    await owners.showMore.click();
    await expect(owners.renderedRows('action')).toHaveCount(2 * ACTION_PAGE);
    await expect(owners.showMore).toHaveText(`Show ${ACTION_PAGE} more actions (${hidden - ACTION_PAGE} not shown)`);
    // Focus went to the first row the page added.
    expect((await owners.focusedCell())?.row).toBe(initiatives + ACTION_PAGE);

    // A row rendered by "Show more" is a working row: its lead closes a gap in the counts.
    const added = owners.renderedRows('action').nth(ACTION_PAGE + 2);
    const title = (await added.locator('.row-label').textContent())!;
    await owners.setLead(title, 'NIST');
    await expect(owners.summary).toHaveText(`${summary[1]} rows: ${Number(summary[2]) - 1} have no U.S. lead, ${summary[3]} have no Israel lead.`);

    // Until every row is shown; then the note and the button go.
    while (await owners.showMore.count()) await owners.showMore.click();
    await expect(owners.renderedRows('action')).toHaveCount(33 + BULK);
    await expect(owners.pagingNote).toHaveCount(0);
  });

  test('by keyboard: the grid moves over the rendered rows, Show more follows it, and a remembered cell past the rows is clamped', async ({ page }) => {
    const owners = new OwnersPage(page);
    const keys = page.keyboard;
    await openWithBulk(page);
    await owners.openByKeyboard();
    const initiatives = await owners.renderedRows('initiative').count();
    const rendered = initiatives + ACTION_PAGE;

    await owners.tabIntoGrid();
    expect(await owners.focusedCell()).toEqual({ row: 0, col: 0 });
    // Ctrl+End: the last rendered row (not a row that is not there); one more ArrowDown stays put.
    await keys.press('Control+End');
    const last = (await owners.focusedCell())!;
    expect(last.row).toBe(rendered - 1);
    await keys.press('ArrowDown');
    expect(await owners.focusedCell()).toEqual(last);

    // The grid is one Tab stop: the next Tab reaches "Show more"; Enter shows the next page and
    // puts focus on its first row, in the same column, where arrows go on.
    await keys.press('Tab');
    await expect(owners.showMore).toBeFocused();
    await keys.press('Enter');
    await expect(owners.renderedRows('action')).toHaveCount(2 * ACTION_PAGE);
    expect(await owners.focusedCell()).toEqual({ row: rendered, col: last.col });
    await keys.press('PageDown');
    expect(await owners.focusedCell()).toEqual({ row: rendered + 10, col: last.col });
    await keys.press('Enter');
    await expect(owners.menu).toBeVisible();
    await keys.press('Escape');
    expect(await owners.focusedCell()).toEqual({ row: rendered + 10, col: last.col });

    // A search leaves one action: the remembered cell (far below) is clamped to the rows there are.
    await keys.press('/');
    await keys.type(bulkTitle(41));
    await expect(owners.renderedRows('action')).toHaveCount(1);
    await owners.tabIntoGrid();
    const clamped = (await owners.focusedCell())!;
    expect(clamped.row).toBeLessThan(await owners.grid.locator('[data-testid="matrix-row"]').count());
    await expect(owners.grid.locator(`button[data-row="${clamped.row}"][data-col="${clamped.col}"]`)).toBeFocused();
    await keys.press('Control+End');
    expect(await owners.focusedCell()).toEqual({ row: 0, col: (await owners.grid.locator('.institution-head').count()) - 1 });
    await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${bulkTitle(41)} × `));
  });

  test('an observer pages the plain table the same way', async ({ page }) => {
    const owners = new OwnersPage(page);
    await openWithBulk(page, { name: 'Rina Tal', delegation: 'Israel', role: 'Observer' });
    await owners.open();
    await expect(owners.table).toBeVisible();
    await expect(owners.renderedRows('action')).toHaveCount(ACTION_PAGE);
    await owners.showMore.click();
    await expect(owners.renderedRows('action')).toHaveCount(2 * ACTION_PAGE);
    await expect(owners.table.getByRole('button')).toHaveCount(0);
  });
});

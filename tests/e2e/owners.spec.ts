import { expect, test, type Page } from '@playwright/test';
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
    await owners.rowInView('X-1');
    await expect(owners.gaps('X-1')).toHaveText(['No U.S. lead', 'No Israel lead']);
    const before = await owners.summary.textContent();
    const [, rows, us, israel] = /^(\d+) rows: (\d+) have no U\.S\. lead, (\d+) have no Israel lead\.$/.exec(before ?? '')!.map(Number);

    await owners.setLead('X-1', 'NIST');
    await owners.rowInView('X-1');
    await expect(owners.gaps('X-1')).toHaveText(['No Israel lead']);
    await owners.setLead('X-1', 'IIA');
    await expect(owners.gaps('X-1')).toHaveCount(0);
    await expect(owners.row('X-1')).toContainText('U.S. lead: NIST');
    await expect(owners.row('X-1')).toContainText('Israel lead: IIA');
    await expect(owners.summary).toHaveText(`${rows} rows: ${us! - 1} have no U.S. lead, ${israel! - 1} have no Israel lead.`);

    // Only one side's columns, then only those in use: the row keeps its leads.
    const all = await owners.columnCount();
    await owners.showSide('Israel');
    const israelColumns = await owners.columnCount();
    expect(israelColumns).toBeLessThan(all);
    await expect(page.locator('.institution-head.us')).toHaveCount(0);
    await expect(owners.cell('X-1', 'NIST')).toHaveCount(0);
    await expect(await owners.cellInView('X-1', 'IIA')).toHaveAccessibleName('X-1 × IIA: Lead');
    await page.getByLabel('Columns', { exact: true }).selectOption({ label: 'Only institutions in use' });
    // No row names the Prime Minister's Office: it is among the columns dropped.
    expect(await owners.columnCount()).toBeLessThan(israelColumns);
    await expect(await owners.cellInView('X-1', 'IIA')).toHaveAccessibleName('X-1 × IIA: Lead');

    // The side chosen is remembered on this laptop, across a reload.
    await tandem.expectSaved();
    await page.reload();
    await owners.open();
    await expect(owners.side('Israel')).toBeChecked();
    await owners.showSide('Both');
    await owners.rowInView('X-1');
    await expect(owners.gaps('X-1')).toHaveCount(0);
    await expect(await owners.cellInView('X-1', 'NIST')).toHaveAccessibleName('X-1 × NIST: Lead');
    await expect(await owners.cellInView('X-1', 'IIA')).toHaveAccessibleName('X-1 × IIA: Lead');
  });

  test('by mouse: a cell can make an institution supporting or remove it, and annex owners are shown', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    await tandem.openAs();
    await owners.open();
    await expect(await owners.cellInView('AI-1', 'CAISI')).toHaveAccessibleName('AI-1 × CAISI: named in annex');
    await (await owners.cellInView('X-2', 'DOE')).click();
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
    await owners.openDirectory();

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

    await owners.openMatrix();
    await owners.setLead('X-2', 'NQC', 'Noa Cohen');
    await expect(owners.row('X-2')).toContainText('Israel lead: NQC · Noa Cohen');
    await expect(owners.gaps('X-2')).toHaveText(['No U.S. lead']);
    await tandem.expectSaved();
    await page.reload();
    await owners.open();
    await expect(await owners.rowInView('X-2')).toContainText('Israel lead: NQC · Noa Cohen');
  });

  test('by keyboard only: add an institution and a person, then set both leads from the matrix', async ({ page }) => {
    const tandem = new TandemPage(page);
    const owners = new OwnersPage(page);
    const keys = page.keyboard;
    await tandem.openAs();
    await owners.openByKeyboard();
    // The tabs: one Tab stop, arrows between them.
    await owners.tabTo(owners.tab('Matrix'));
    await keys.press('ArrowRight');
    await expect(owners.tab('Directory')).toBeFocused();
    await expect(owners.tab('Directory')).toHaveAttribute('aria-selected', 'true');

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

    // Back to the matrix, into the grid, then by arrows to X-3 × GPI; Escape closes a menu and gives the cell its focus back.
    await owners.tabTo(owners.tab('Directory'));
    await keys.press('ArrowLeft');
    await expect(owners.tab('Matrix')).toHaveAttribute('aria-selected', 'true');
    await owners.tabIntoGrid();
    await owners.arrowToCell('X-3', 'GPI');
    // The corner says the full names of the focused cell.
    await expect(owners.detail).toHaveText(/^X-3 .+ × Galilee Photonics Institute \(GPI\) · Israel · no role$/);
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
    await owners.arrowToCell('X-3', 'NIST');
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
    await owners.rowInView('X-1');
    await expect(owners.gaps('X-1')).toHaveText(['No U.S. lead', 'No Israel lead']);
    await owners.scrollTo(0, 0);
    await expect(owners.row('AI-1').getByTitle('named in annex')).toHaveCount(2);
    await owners.openDirectory();
    await expect(owners.directoryEntry('National Institute of Standards and Technology')).toBeVisible();
    await expect(owners.institutionForm).toHaveCount(0);
    await expect(owners.personForm).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Add|Make|Remove)\b/ })).toHaveCount(0);
  });
});

/** 60 actions on top of the seed's 33: more rows than the view holds. */
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

/** WCAG's contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(fg: string, bg: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

test.describe('the owner matrix, readable at a glance', () => {
  test('one scroll area fills the view, and its headers stay in view scrolled both ways', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const owners = new OwnersPage(page);
    await openWithBulk(page);
    await owners.open();
    // The page itself does not scroll: the matrix's own area takes the height left.
    const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    const box = (await owners.scroller.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(box.height).toBeGreaterThan(400);

    // Far down and far right: the corner, the side band, the institution names and the row headers are where they were.
    await owners.scrollTo(100_000, 100_000);
    const lastRow = owners.renderedRows('action').last();
    await expect(lastRow).toBeVisible();
    const head = owners.scroller.locator('.institution-head').last();
    const rowHead = lastRow.locator('th');
    const [headBox, rowHeadBox, cornerBox] = [await head.boundingBox(), await rowHead.boundingBox(), await owners.scroller.locator('th.corner').boundingBox()];
    expect(cornerBox!.y).toBeCloseTo(box.y + 1, 0);
    expect(cornerBox!.x).toBeCloseTo(box.x + 1, 0);
    expect(headBox!.y).toBeGreaterThanOrEqual(box.y);
    expect(headBox!.y + headBox!.height).toBeLessThanOrEqual(cornerBox!.y + cornerBox!.height + 1);
    expect(rowHeadBox!.x).toBeCloseTo(box.x + 1, 0);
    await expect(owners.scroller.locator('.side-band.israel .side-band-label')).toBeInViewport();
    // The last row rendered is the matrix's last row.
    expect(await lastRow.getAttribute('aria-rowindex')).toBe(await owners.grid.getAttribute('aria-rowcount'));
    // Back to the start, both ways.
    await owners.scrollTo(0, 0);
    await expect(owners.row('AI-1')).toBeInViewport();
    await expect(owners.scroller.locator('.side-band.us .side-band-label')).toBeInViewport();
  });

  test('names are never cut: short names in the headers, full names on hover and in the corner on focus', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const owners = new OwnersPage(page);
    await new TandemPage(page).openAs();
    await owners.open();
    const seen = new Map<string, string>();
    const size = await owners.scroller.evaluate((element) => element.scrollWidth);
    for (let left = 0; left <= size; left += 600) {
      await owners.scrollTo(0, left);
      const heads = await owners.scroller.locator('.institution-head').evaluateAll((cells) => cells.map((cell) => {
        const text = cell.querySelector('.head-text') as HTMLElement;
        return { label: text.textContent ?? '', title: cell.getAttribute('title') ?? '', name: cell.getAttribute('aria-label') ?? '',
          cut: text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1 };
      }));
      for (const head of heads) {
        seen.set(head.label, head.title);
        expect(head.cut, head.label).toBe(false);
        expect(head.title.length, head.label).toBeGreaterThanOrEqual(head.label.length);
        expect(head.name).toContain(head.title);
      }
    }
    expect(seen.size).toBe(await owners.columnCount());
    expect(seen.get('NIST')).toBe('National Institute of Standards and Technology');

    // Hover a header, then focus a cell: the corner names them in full.
    await owners.scrollTo(0, 0);
    await owners.scroller.locator('.institution-head', { hasText: /^CAISI$/ }).hover();
    await expect(owners.detail).toHaveText('Center for AI Standards & Innovation (CAISI) · U.S.');
    await owners.tabIntoGrid();
    await owners.arrowToCell('AI-1', 'CAISI');
    await page.mouse.move(0, 0);
    await expect(owners.detail).toHaveText('AI-1 The Agentic Defense Foundry × Center for AI Standards & Innovation (CAISI) · U.S. · named in annex');
  });

  test('the sides: switched U.S., Israel or both, each in its colour, and the cells legible (contrast at least 4.5:1)', async ({ page }) => {
    const owners = new OwnersPage(page);
    await new TandemPage(page).openAs();
    await owners.open();
    await owners.setLead('X-1', 'NIST');
    await (await owners.cellInView('X-2', 'DOE')).click();
    await owners.menu.getByRole('button', { name: 'Make DOE supporting' }).click();
    await owners.showSide('Israel');
    await owners.setLead('X-1', 'IIA');
    await expect(page.locator('.institution-head.us')).toHaveCount(0);
    await expect(page.locator('.side-band.israel:not(.mx-pad)')).toHaveCSS('background-color', 'rgb(11, 110, 105)');
    await owners.showSide('U.S.');
    await expect(page.locator('.institution-head.israel')).toHaveCount(0);
    await expect(page.locator('.side-band.us:not(.mx-pad)')).toHaveCSS('background-color', 'rgb(31, 78, 156)');
    await owners.showSide('Both');
    expect(await owners.columnCount()).toBeGreaterThan(60);

    // A lead on each side, a supporter, an annex mention.
    for (const [row, institution] of [['X-1', 'NIST'], ['X-1', 'IIA'], ['X-2', 'DOE'], ['AI-1', 'CAISI']] as const) {
      const cell = await owners.cellInView(row, institution);
      const { fg, bg } = await cell.evaluate((element) => {
        const style = getComputedStyle(element);
        let bg = style.backgroundColor;
        for (let at: Element | null = element; at && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); at = at.parentElement) bg = getComputedStyle(at).backgroundColor;
        return { fg: style.color, bg };
      });
      expect(contrast(fg, bg), `${await cell.getAttribute('aria-label')}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

test.describe('the owner matrix at size', () => {
  test('by mouse: only the rows in view are rendered, the counts cover every row, and a row far down works', async ({ page }) => {
    const owners = new OwnersPage(page);
    await openWithBulk(page);
    await owners.open();
    expect(await owners.actionTotal()).toBe(33 + BULK);
    const initiatives = 22;
    const rendered = await page.locator('[data-testid="matrix-row"]').count();
    expect(rendered).toBeLessThan(initiatives + 33 + BULK);
    // The gap counts are over every row: each bulk action lacks both leads, rendered or not.
    const summary = /^(\d+) rows: (\d+) have no U\.S\. lead, (\d+) have no Israel lead\.$/.exec((await owners.summary.textContent()) ?? '')!;
    expect(Number(summary[1])).toBe(initiatives + 33 + BULK);
    expect(Number(summary[2])).toBeGreaterThanOrEqual(BULK);

    // A row reached by scrolling is a working row: its lead closes a gap in the counts.
    await owners.setLead(bulkTitle(BULK - 3), 'NIST');
    await expect(owners.summary).toHaveText(`${summary[1]} rows: ${Number(summary[2]) - 1} have no U.S. lead, ${summary[3]} have no Israel lead.`);
    expect(await page.locator('[data-testid="matrix-row"]').count()).toBeLessThan(initiatives + 33 + BULK);
  });

  test('by keyboard: the keys move over every row, rendered or not, and a remembered cell past the rows is clamped', async ({ page }) => {
    const owners = new OwnersPage(page);
    const keys = page.keyboard;
    await openWithBulk(page);
    await owners.openByKeyboard();
    const total = 22 + 33 + BULK;

    await owners.tabIntoGrid();
    expect(await owners.focusedCell()).toEqual({ row: 0, col: 0 });
    // Ctrl+End: the very last row and column, scrolled to and focused; one more ArrowDown stays put.
    await keys.press('Control+End');
    await expect.poll(() => owners.focusedCell()).toEqual({ row: total - 1, col: (await owners.columnCount()) - 1 });
    const last = (await owners.focusedCell())!;
    // The focused row is the matrix's last.
    expect(await page.locator('tr:has(:focus)').getAttribute('aria-rowindex')).toBe(await owners.grid.getAttribute('aria-rowcount'));
    await keys.press('ArrowDown');
    expect(await owners.focusedCell()).toEqual(last);
    await keys.press('PageUp');
    await expect.poll(() => owners.focusedCell()).toEqual({ row: last.row - 10, col: last.col });
    await keys.press('Enter');
    await expect(owners.menu).toBeVisible();
    await keys.press('Escape');
    expect(await owners.focusedCell()).toEqual({ row: last.row - 10, col: last.col });
    // Ctrl+Home goes back to the first cell, scrolled to.
    await keys.press('Control+Home');
    await expect.poll(() => owners.focusedCell()).toEqual({ row: 0, col: 0 });

    // A search leaves one action: the remembered cell (far below) is clamped to the rows there are.
    await keys.press('Control+End');
    await expect.poll(() => owners.focusedCell()).toEqual(last);
    await keys.press('/');
    await keys.type(bulkTitle(41));
    await expect(owners.renderedRows('action')).toHaveCount(1);
    await owners.tabIntoGrid();
    const clamped = (await owners.focusedCell())!;
    expect(clamped.row).toBeLessThan(await owners.grid.locator('[data-testid="matrix-row"]').count());
    await expect(owners.grid.locator(`button[data-row="${clamped.row}"][data-col="${clamped.col}"]`)).toBeFocused();
    await keys.press('Control+End');
    await expect.poll(() => owners.focusedCell()).toEqual({ row: 0, col: (await owners.columnCount()) - 1 });
    await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${bulkTitle(41)} × `));
  });

  test('an observer scrolls the plain table the same way', async ({ page }) => {
    const owners = new OwnersPage(page);
    await openWithBulk(page, { name: 'Rina Tal', delegation: 'Israel', role: 'Observer' });
    await owners.open();
    await expect(owners.table).toBeVisible();
    const lastRow = page.locator('[data-testid="matrix-row"]', { hasText: bulkTitle(BULK - 1) });
    await expect(lastRow).toHaveCount(0);
    await owners.reveal(lastRow);
    await expect(lastRow).toBeVisible();
    await expect(owners.table.getByRole('button')).toHaveCount(0);
  });
});

import { expect, test } from '@playwright/test';
import { OwnersPage } from './pages/owners-page';
import { TandemPage } from './pages/tandem-page';

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
    await owners.addPerson('Noa Cohen', 'NQC — Negev Quantum Center');
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
    await owners.chooseByKeyboard(person.getByLabel('Works at'), 'GPI — Galilee Photonics Institute');
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

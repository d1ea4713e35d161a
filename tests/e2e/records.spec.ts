import { expect, test, type Locator, type Page } from '@playwright/test';
import { shown } from './pages/date-field';
import * as Y from 'yjs';
import { deriveActions } from '../../shared/workspace/action-view';
import { parseCsv } from '../unit/support/csv-reader';
import { readDocx } from '../unit/support/docx-reader';
import { readPdfPages } from '../unit/support/pdf-reader';
import { damageEverySnapshot, RecordsPage } from './pages/records-page';
import { TandemPage, type PersonInput } from './pages/tandem-page';

const HEBREW = 'תוכנית פיילוט, "שלב א"';
const FORMULA = '=1+2 looks like a formula';
const AI1_CALL = 'Issue the first joint AI-Cybersecurity Foundry challenge call';
const OT_PILOTS = 'Start at least three U.S. critical infrastructure OT security AI pilots';
const BIRD = 'Reauthorize and expand the BIRD Energy program';
const COLUMNS = ['#', 'Action', 'Initiative', 'U.S. lead', 'Israel lead', 'Supporting', 'Status', 'Due', 'Disputed'];
const TIERS = [
  'Available now under existing authority',
  'Requires appropriations or legislative support',
  'Special projects requiring separate feasibility review',
];

/** Signing dated, and two actions of our own (unsequenced): one in Hebrew, one that looks like a formula. */
async function preparePlan(tandem: TandemPage): Promise<void> {
  await tandem.openAs();
  await tandem.setEventDate('Compact signing', '2026-09-01');
  await expect(tandem.page.getByText(`Set: ${shown('2026-09-01')}.`)).toBeVisible();
  await tandem.openBoard();
  await tandem.addAction(HEBREW);
  await tandem.addAction(FORMULA);
  await tandem.expectSaved();
}

/** Presses Tab until `target` has focus (bounded), proving it is reachable by keyboard alone. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by ${limit} presses of Tab`);
}

test.describe('records', () => {
  test('the plan exports as DOCX, CSV and Markdown, and the workspace as JSON, read back with both delegations’ leads', async ({ page }) => {
    const records = new RecordsPage(page);
    await preparePlan(records.tandem);
    await records.open();

    const docx = readDocx((await records.export('Word (DOCX)')).bytes);
    expect(docx.paragraphs[0]).toBe('U.S.–Israel Strategic Technology Compact — Action plan');
    expect(docx.paragraphs).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/),
      'Compact signing: 2026-09-01', '90-day window ends: 2026-11-30', 'Prepared by \u2068Dana Levi (Israel, note-taker)\u2069',
      'Not yet sequenced', ...TIERS,
    ]));
    expect(docx.tables).toHaveLength(4);
    for (const table of docx.tables) expect(table[0]).toEqual(COLUMNS);
    expect(docx.tables[0]!.slice(1).map((row) => row.slice(1, 5))).toEqual([
      [HEBREW, '', 'None named', 'None named'],
      [FORMULA, '', 'None named', 'None named'],
    ]);
    const docxRow = (title: string) => docx.tables.flatMap((table) => table.slice(1)).find((row) => row[1] === title);
    expect(docxRow(AI1_CALL)?.slice(2, 7)).toEqual(['AI-1', 'CAISI', 'INCD', '', 'Proposed']);
    expect(docxRow(AI1_CALL)?.[7]).toMatch(/^2026-11-30/);
    expect(docx.tables[2]!.slice(1).map((row) => row[1])).toContain(BIRD);

    const csvFile = await records.export('CSV');
    expect(csvFile.path).toMatch(/tandem-action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csvFile.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(csvFile.bytes.slice(3)));
    expect(csv[0]).toEqual(['Tier', ...COLUMNS]);
    const csvRow = (title: string) => csv.find((row) => row[2] === title);
    expect(csvRow(HEBREW)?.slice(0, 6)).toEqual(['Not yet sequenced', '1', HEBREW, '', 'None named', 'None named']);
    expect(csvRow(`'${FORMULA}`)?.[0]).toBe('Not yet sequenced');
    expect(csvRow(AI1_CALL)?.slice(3, 6)).toEqual(['AI-1', 'CAISI', 'INCD']);
    expect(csvRow(BIRD)?.[0]).toBe(TIERS[1]);

    const markdown = new TextDecoder().decode((await records.export('Markdown')).bytes);
    expect(markdown).toContain('# U.S.–Israel Strategic Technology Compact — Action plan\n');
    expect(markdown).toContain(`## ${TIERS[0]}\n\n| # | Action | Initiative | U.S. lead | Israel lead | Supporting | Status | Due | Disputed |`);
    expect(markdown).toMatch(new RegExp(`\\| \\d+ \\| ${AI1_CALL} \\| AI-1 \\| CAISI \\| INCD \\|  \\| Proposed \\| 2026-11-30`));
    expect(markdown).toContain(`| 1 | ${HEBREW} |  | None named | None named |`);

    const json = JSON.parse(new TextDecoder().decode((await records.export('the whole workspace (JSON)')).bytes));
    expect(json).toMatchObject({ format: 'tandem-workspace', version: 1, signingDate: '2026-09-01', windowEnd: '2026-11-30' });
    expect(json.exportedBy).toEqual({ name: 'Dana Levi', delegation: 'israel', role: 'note-taker' });
    const hebrew = json.actions.find((action: { title: string }) => action.title === HEBREW);
    expect(hebrew).toMatchObject({ status: 'proposed', tier: null, deleted: false, createdBy: json.exportedBy });
    expect(json.actions.find((action: { id: string }) => action.id === 'plan-ai1-first-challenge-call'))
      .toMatchObject({ usLead: 'us-caisi', israelLead: 'il-incd', initiative: 'AI-1', schedule: { dueDay: '2026-11-30', window: 'inside' } });
    expect(json.institutions.find((entry: { id: string }) => entry.id === 'us-caisi')).toMatchObject({ shortName: 'CAISI', side: 'us' });
    expect(json.eventDates.dates).toEqual({ 'compact-signing': '2026-09-01' });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(json.state.data, 'base64'));
    expect(deriveActions(doc).map((action) => action.id).sort()).toEqual(json.actions.map((action: { id: string }) => action.id).sort());

    // The 90-day plan: only what falls due by 2026-11-30, each tier listed.
    await records.chooseScope('90-day sequencing plan');
    await expect(page.getByTestId('record-summary')).toContainText('the 90-day window ends Nov 30, 2026');
    const ninety = readDocx((await records.export('Word (DOCX)')).bytes);
    expect(ninety.paragraphs[0]).toBe('U.S.–Israel Strategic Technology Compact — 90-day sequencing plan');
    const titles = ninety.tables.flatMap((table) => table.slice(1)).map((row) => row[1]);
    expect(titles).toContain(AI1_CALL);
    expect(titles).not.toContain(OT_PILOTS);
    expect(titles).not.toContain(HEBREW);
    expect(ninety.tables.flatMap((table) => table.slice(1)).every((row) => row[7]! >= '2026-09-01' && row[7]!.slice(0, 10) <= '2026-11-30')).toBe(true);
  });

  test('the print layout prints to a PDF with the headings, dates, table headers and rows, a tier per page', async ({ page }) => {
    const records = new RecordsPage(page);
    await preparePlan(records.tandem);
    await records.open();
    const opener = page.getByRole('button', { name: 'Print layout (PDF)…' });
    await opener.click();
    const layout = page.getByTestId('print-layout');
    await expect(layout.getByRole('heading', { name: 'U.S.–Israel Strategic Technology Compact — Action plan' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();

    const pages = await readPdfPages(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
    const all = pages.join('\n');
    // Cells wrap where the page is narrow, so rows are compared without white space.
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(pages[0]).toContain('U.S.–Israel Strategic Technology Compact — Action plan');
    expect(pages[0]).toContain('Compact signing: 2026-09-01');
    expect(pages[0]).toContain('90-day window ends: 2026-11-30');
    expect(pages[0]).toMatch(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(all).not.toContain('Save as PDF');
    expect(all).not.toContain('Close print layout');
    const pageOf = (text: string) => pages.findIndex((page_) => squash(page_).includes(squash(text)));
    // Each tier starts a page of its own, in order.
    const starts = TIERS.map(pageOf);
    expect(starts[0]).toBeGreaterThan(pageOf('Not yet sequenced'));
    expect(starts[1]).toBeGreaterThan(starts[0]!);
    expect(starts[2]).toBeGreaterThan(starts[1]!);
    // The headers repeat on every page that holds rows; the leads of both delegations are there.
    for (const text of pages) expect(squash(text)).toContain(squash(COLUMNS.join('')));
    expect(squash(pages[pageOf(AI1_CALL)]!)).toMatch(new RegExp(`\\d+${squash(AI1_CALL)}AI-1CAISIINCDProposed2026-11-30`));
    expect(pages[pageOf(BIRD)]).toContain('Requires appropriations or legislative support');
    expect(pages.length).toBeGreaterThanOrEqual(5);

    // Browser mode: "Save as PDF" opens the browser's print dialog on this layout.
    await page.evaluate(() => {
      const counted = window as unknown as { printed: string[] };
      counted.printed = [];
      window.print = () => void counted.printed.push(document.title);
    });
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await expect(page.getByTestId('print-result')).toHaveText('The print dialog was opened: choose “Save as PDF” there.');
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([expect.stringMatching(/^tandem-action-plan-\d{4}-\d{2}-\d{2}$/)]);

    await page.keyboard.press('Escape');
    await expect(layout).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page).toHaveTitle('Tandem');
  });

  test('a restore brings a snapshot’s state back and survives a reload; the before-restore snapshot undoes it', async ({ page }) => {
    const records = new RecordsPage(page);
    const tandem = records.tandem;
    await tandem.openAs();
    await records.open();
    await expect(records.backupRows).toHaveCount(1);
    await expect(records.backupRows.first()).toContainText('Daily backup');

    await tandem.openBoard();
    await tandem.addAction('Agreed after the daily backup');
    await tandem.expectSaved();

    await records.open();
    await records.restoreButton('Daily backup').click();
    await expect(records.restoreDialog).toContainText('Changes that peers already have are not undone for them');
    await records.restoreDialog.getByRole('button', { name: 'Restore this snapshot' }).click();
    await expect(records.notice).toContainText('Changes that peers already have will come back at the next sync.');
    await tandem.openBoard();
    await expect(tandem.rows).toHaveCount(0);
    await page.reload();
    await tandem.openBoard();
    await expect(tandem.rows).toHaveCount(0);

    await records.open();
    await expect(records.backupRows).toHaveCount(2);
    await expect(records.backupRows.first()).toHaveAttribute('data-kind', 'before-restore');
    await records.restoreButton(/^.*Before restoring the snapshot of/).click();
    await records.restoreDialog.getByRole('button', { name: 'Restore this snapshot' }).click();
    await expect(records.notice).toBeVisible();
    await tandem.openBoard();
    expect(await tandem.titles()).toEqual(['Agreed after the daily backup']);
    await page.reload();
    await expect(tandem.identityBadge).toBeVisible();
    expect(await tandem.titles()).toEqual(['Agreed after the daily backup']);
    await records.open();
    await expect(records.backupRows).toHaveCount(3);
  });

  test('by keyboard alone: export a record and restore a snapshot', async ({ page }) => {
    const records = new RecordsPage(page);
    const tandem = records.tandem;
    await tandem.openAs();
    await tandem.addAction('Typed before the keyboard-only restore');
    await tandem.expectSaved();

    // From a fresh page, focus starts at the top: everything below is reached with Tab.
    await page.reload();
    await expect(tandem.identityBadge).toBeVisible();
    const recordsTab = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Records', exact: true });
    await tabTo(page, recordsTab);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main', { name: 'Records' })).toBeFocused();

    await tabTo(page, page.getByRole('radio', { name: /^Action plan/ }));
    await tabTo(page, records.exportButton('CSV'));
    await page.keyboard.press('Enter');
    const csv = parseCsv(new TextDecoder().decode((await records.savedFile()).bytes.slice(3)));
    expect(csv.find((row) => row[2] === 'Typed before the keyboard-only restore')?.[0]).toBe('Not yet sequenced');

    await tabTo(page, records.restoreButton('Daily backup'));
    await page.keyboard.press('Enter');
    await expect(records.restoreDialog).toBeVisible();
    await expect(records.restoreDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(records.restoreDialog).toBeHidden();
    await expect(records.restoreButton('Daily backup')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(records.restoreDialog.getByRole('button', { name: 'Restore this snapshot' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(records.notice).toBeVisible();
    await tandem.openBoard();
    await expect(tandem.rows).toHaveCount(0);
  });

  test('an observer exports and sees the backups, but cannot restore', async ({ page }) => {
    const observer: PersonInput = { name: 'Avi Cohen', delegation: 'U.S.', role: 'Observer' };
    const records = new RecordsPage(page);
    await records.tandem.openAs(observer);
    await records.open();
    await expect(records.backupRows).toHaveCount(1);
    await expect(page.getByText('Observers can see the backups but not restore them.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Restore/ })).toHaveCount(0);
    const csv = parseCsv(new TextDecoder().decode((await records.export('CSV')).bytes.slice(3)));
    expect(csv.find((row) => row[2] === AI1_CALL)?.slice(4, 6)).toEqual(['CAISI', 'INCD']);
  });

  test('a damaged snapshot is refused with the reason, and the workspace stays as it is', async ({ page }) => {
    const records = new RecordsPage(page);
    await records.tandem.openAs();
    await records.tandem.addAction('Kept through a refused restore');
    await records.tandem.expectSaved();
    await records.open();
    await expect(records.backupRows).toHaveCount(1);
    expect(await damageEverySnapshot(page)).toBe(1);
    await records.restoreButton('Daily backup').click();
    await records.restoreDialog.getByRole('button', { name: 'Restore this snapshot' }).click();
    await expect(records.restoreDialog.getByRole('alert')).toHaveText(/^The snapshot is damaged and was not restored: Checksum mismatch/);
    await records.restoreDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(records.backupRows).toHaveCount(1);
    await page.reload();
    await expect(records.tandem.identityBadge).toBeVisible();
    // The reload stays on Records; the plan shows what was kept.
    await records.tandem.openBoard();
    await expect(records.tandem.rows).toHaveCount(1);
    expect(await records.tandem.titles()).toEqual(['Kept through a refused restore']);
  });

  test('snapshots taken by hand are kept to the newest ten', async ({ page }) => {
    const records = new RecordsPage(page);
    await records.tandem.openAs();
    await records.open();
    const take = page.getByRole('button', { name: 'Take a snapshot now' });
    for (let i = 1; i <= 12; i++) {
      await take.click();
      await expect(records.backupRows.and(page.locator('[data-kind="manual"]'))).toHaveCount(Math.min(i, 10));
    }
    await expect(records.backupRows.and(page.locator('[data-kind="daily"]'))).toHaveCount(1);
    await expect(page.getByTestId('snapshot-result')).toContainText('Snapshot taken at');
  });

  test('a restore in one window closes the other window of the workspace meanwhile, and it reopens on the restored state', async ({ page, context }) => {
    const first = new RecordsPage(page);
    await first.tandem.openAs();
    const other = new TandemPage(await context.newPage());
    await other.openAs();
    await other.openBoard();
    // Headless Chromium throttles a tab in the background: the one being driven comes to the front.
    await page.bringToFront();
    await first.tandem.addAction('Mirrored, then restored away');
    await first.tandem.expectSaved();
    await expect(other.rows).toHaveCount(1);

    await first.open();
    await first.restoreButton('Daily backup').click();
    await first.restoreDialog.getByRole('button', { name: 'Restore this snapshot' }).click();
    await expect(first.notice).toBeVisible();
    await other.page.bringToFront();
    await other.openBoard();
    await expect(other.rows).toHaveCount(0);
    await page.bringToFront();
    await first.tandem.openBoard();
    await expect(first.tandem.rows).toHaveCount(0);
    // The other window did not hand its old state back: not live, and not on disk.
    await page.reload();
    await first.tandem.openBoard();
    await expect(first.tandem.rows).toHaveCount(0);
    // And the two windows are in step again.
    await first.tandem.addAction('After the restore');
    await expect(other.rows).toHaveCount(1);
  });

  test('a daily snapshot on opening, none again within the day, and the next one 24 hours later while open', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-10-15T08:00:00') });
    const records = new RecordsPage(page);
    await records.tandem.openAs();
    await records.open();
    const daily = records.backupRows.and(page.locator('[data-kind="daily"]'));
    await expect(daily).toHaveCount(1);
    await page.reload();
    await records.open();
    await expect(daily).toHaveCount(1);
    await page.clock.fastForward('23:00:00');
    await expect(records.backupRows).toHaveCount(1);
    await page.clock.fastForward('01:00:01');
    await expect(daily).toHaveCount(2);
    await expect(daily.first()).toContainText('2026-10-16 08:00');
  });
});

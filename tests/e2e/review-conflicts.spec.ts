import { readFile } from 'node:fs/promises';
import { expect, test, type Browser } from '@playwright/test';
import { carryByFile } from './pages/carry';
import { ReviewPage } from './pages/review-page';
import { DANA, type PersonInput } from './pages/tandem-page';

/**
 * Review since last look, the conflict inbox and the audit trail, on two laptops (two browser
 * contexts, each with its own IndexedDB).
 *
 * Changes travel between them as sync files, exported and imported through the app's own views
 * (pages/carry.ts), so every merge runs the real conflict detection, review and audit. The LAN
 * path is covered by tests/e2e/lan-sync.spec.ts.
 */
const SAM: PersonInput = { name: 'Sam Ortiz', delegation: 'U.S.', role: 'Delegate' };
const NOA: PersonInput = { name: 'Noa Bar', delegation: 'Israel', role: 'Observer' };

async function laptop(browser: Browser, person: PersonInput): Promise<ReviewPage> {
  const page = await (await browser.newContext()).newPage();
  const tandem = new ReviewPage(page);
  await tandem.openAs(person);
  return tandem;
}

/** Dana's laptop adds "Joint quantum testbed" and carries it to Sam's by file. */
async function sharingOneAction(browser: Browser): Promise<{ a: ReviewPage; b: ReviewPage }> {
  const a = await laptop(browser, DANA);
  const b = await laptop(browser, SAM);
  await a.addAction('Joint quantum testbed');
  await a.expectSaved();
  await carryByFile(a.page, b.page);
  await expect(b.title(1)).toHaveValue('Joint quantum testbed');
  return { a, b };
}

test('a reviewer who never marked sees what the first file brought, under the name of who wrote it', async ({ browser }) => {
  const { b } = await sharingOneAction(browser);
  // Sam changes one of the compact's draft actions (row 2; row 1 is Dana's new one).
  await b.setStatus(2, 'Blocked');
  await b.expectSaved();

  await b.openView('Review');
  await expect(b.reviewStatus).toHaveText('Not reviewed on this laptop yet: below is everything since this laptop was set up.');
  await expect(b.page.getByRole('heading', { name: 'Changes since setup (2)' })).toBeVisible();
  const groups = b.page.getByTestId('review-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.first()).toHaveAccessibleName('By Dana Levi (Israel)');
  const byDana = b.page.getByRole('region', { name: 'By Dana Levi (Israel)' });
  await expect(byDana.getByTestId('review-change')).toHaveCount(1);
  await expect(byDana.getByTestId('review-change')).toContainText('Added');
  await expect(byDana.getByTestId('review-change')).toContainText('Joint quantum testbed');
  await expect(byDana.getByTestId('review-change')).toContainText('Created by Dana Levi (Israel)');
  const bySam = b.page.getByRole('region', { name: 'By Sam Ortiz (U.S.)' });
  await expect(bySam.getByTestId('review-change')).toHaveCount(1);
  const status = await bySam.getByRole('row').filter({ has: b.page.getByRole('rowheader', { name: 'Status', exact: true }) }).locator('th, td').allInnerTexts();
  expect(status.slice(2, 4)).toEqual(['Blocked', 'Sam Ortiz (U.S.)']);
  expect(status[5]).toBe('This laptop');

  // The first mark ends the first look: from then on, changes since the mark.
  await b.page.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(b.page.getByText('Nothing has changed since the last review.')).toBeVisible();
});

test('B’s review shows what A changed since B’s last look, with A’s name', async ({ browser }) => {
  const { a, b } = await sharingOneAction(browser);

  await b.markReviewed();
  await b.page.reload();
  await b.openView('Review');
  await expect(b.reviewStatus).toContainText('by Sam Ortiz (U.S.)');
  await expect(b.page.getByText('Nothing has changed since the last review.')).toBeVisible();

  await a.openBoard();
  await a.title(1).fill('Joint quantum testbed, phase one');
  await a.addAction('Shared PQC migration plan');
  await a.setStatus(2, 'Agreed');
  await a.expectSaved();
  await carryByFile(a.page, b.page);
  await b.setStatus(1, 'Blocked');
  await b.expectSaved();

  await b.openView('Review');
  await expect(b.page.getByRole('heading', { name: 'Changes since review (2)' })).toBeVisible();
  await expect(b.reviewChange('Shared PQC migration plan')).toContainText('Added');
  await expect(b.reviewChange('Shared PQC migration plan')).toContainText('Created by Dana Levi (Israel)');
  const title = await b.reviewRow('Joint quantum testbed, phase one', 'Title');
  expect(title.slice(0, 4)).toEqual(['Title', 'Joint quantum testbed', 'Joint quantum testbed, phase one', 'Dana Levi (Israel)']);
  const status = await b.reviewRow('Joint quantum testbed, phase one', 'Status');
  expect(status.slice(0, 4)).toEqual(['Status', 'Proposed', 'Blocked', 'Sam Ortiz (U.S.)']);
  expect(status[5]).toBe('This laptop');

  // Marking again starts a new look.
  await b.page.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(b.page.getByText('Nothing has changed since the last review.')).toBeVisible();
});

test('the conflict inbox: both values with both names, a decision on one laptop reaches the other', async ({ browser }) => {
  const { a, b } = await sharingOneAction(browser);

  // Offline, each laptop sets the same field.
  await a.setStatus(1, 'Agreed');
  await b.setStatus(1, 'Blocked');
  await a.expectSaved();
  await b.expectSaved();
  // The preview says so before anything is merged, with both values and both names.
  await carryByFile(a.page, b.page, async (target) => {
    const opens = target.preview.getByRole('region', { name: 'Conflicts this merge opens' });
    await expect(opens).toContainText('Conflicts this merge opens (1)');
    await expect(opens).toContainText('“Joint quantum testbed” · Status:');
    await expect(opens).toContainText('Dana Levi (Israel');
    await expect(opens).toContainText('Sam Ortiz (U.S.');
    await expect(opens).toContainText('for a decision in Conflicts');
  });

  await expect(b.conflictCount).toHaveText('1');
  await expect(b.viewButton('Conflicts')).toHaveAccessibleName('Conflicts (1 open)');
  await b.openView('Conflicts');
  const card = b.conflictCard('Joint quantum testbed — Status');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Dana Levi (Israel)');
  await expect(card).toContainText('Sam Ortiz (U.S.)');
  const current = (await card.locator('.current .conflict-text').innerText()).trim();
  const other = (await card.locator('.other .conflict-text').innerText()).trim();
  expect([current, other].sort()).toEqual(['Agreed', 'Blocked']);

  // By keyboard: the button is reachable and takes Enter.
  await card.getByRole('button', { name: `Use other: ${other}` }).focus();
  await b.page.keyboard.press('Enter');
  await expect(b.page.getByText('No open conflicts.')).toBeVisible();
  await expect(b.conflictCount).toHaveCount(0);
  await b.page.getByText('Resolved (1)').click();
  await expect(b.page.getByTestId('resolved-conflict')).toContainText(`used the other value “${other}”, by Sam Ortiz (U.S.)`);
  await b.openBoard();
  await expect(b.status(1)).toHaveValue(other.toLowerCase());
  await b.expectSaved();

  // The decision travels with the workspace: Dana's inbox closes too, and her field follows.
  await a.openView('Conflicts');
  await carryByFile(b.page, a.page);
  await a.openView('Conflicts');
  await expect(a.page.getByText('No open conflicts.')).toBeVisible();
  await a.page.getByText('Resolved (1)').click();
  await expect(a.page.getByTestId('resolved-conflict')).toContainText('by Sam Ortiz (U.S.)');
  await a.openBoard();
  await expect(a.status(1)).toHaveValue(other.toLowerCase());
});

test('observers see the inbox and cannot resolve it', async ({ browser }) => {
  const { a, b } = await sharingOneAction(browser);
  const observer = await laptop(browser, NOA);
  // Noa learns Dana's key from a file of hers first: Sam's file relays Dana's content, and a
  // workspace refuses content signed by a key it has not learned (AUTHORSHIP.md, policy).
  await carryByFile(a.page, observer.page);
  await a.setStatus(1, 'Agreed');
  await b.setStatus(1, 'Done');
  await a.expectSaved();
  await b.expectSaved();
  await carryByFile(a.page, b.page);
  await b.expectSaved();
  await carryByFile(b.page, observer.page);

  await expect(observer.conflictCount).toHaveText('1');
  await observer.openView('Conflicts');
  const card = observer.conflictCard('Joint quantum testbed — Status');
  await expect(card).toContainText('Dana Levi (Israel)');
  await expect(card.getByRole('button')).toHaveCount(0);
  await expect(observer.page.getByText('Observers see the inbox; delegates and note-takers resolve it.')).toBeVisible();
});

test('the audit trail lists each change with who and how, filters it, and exports it as CSV', async ({ browser }) => {
  const a = await laptop(browser, DANA);
  const b = await laptop(browser, SAM);
  await a.addAction('Joint quantum testbed');
  await a.setStatus(1, 'Agreed');
  await a.openBoard();
  await a.title(1).focus();
  await a.title(1).press('End');
  await a.title(1).pressSequentially(', phase one');
  await a.expectSaved();

  await a.openView('Audit');
  await expect(a.page.getByTestId('audit-count')).toHaveText('3 of 3 changes');
  const texts = await a.auditRows.allInnerTexts();
  expect(texts[0]).toContain('Joint quantum testbed, phase one');
  expect(texts.join('\n')).toMatch(/Dana Levi \(Israel\)\s+Joint quantum testbed.*\s+Status\s+Proposed\s+Agreed\s+This laptop/);
  // The keystrokes are one entry: the title before and after the burst of typing.
  await a.auditFilter('Field').selectOption({ label: 'Title' });
  await expect(a.auditRows).toHaveCount(1);
  await expect(a.auditRows.first()).toContainText('Joint quantum testbed');
  await expect(a.auditRows.first()).toContainText('Joint quantum testbed, phase one');

  await a.auditFilter('Field').selectOption({ label: 'Any field' });
  await a.auditFilter('Source').selectOption({ label: 'Sync file' });
  await expect(a.auditRows).toHaveCount(0);
  await a.auditFilter('Source').selectOption({ label: 'Any source' });
  await a.auditFilter('Person').selectOption({ label: 'Dana Levi' });
  await a.auditFilter('Action').fill('QUANTUM');
  await expect(a.auditRows).toHaveCount(3);

  await a.page.getByRole('button', { name: 'Export CSV' }).click();
  const result = a.page.getByTestId('audit-export-result');
  await expect(result).toContainText('Exported 3 rows to');
  const csv = await readFile((await result.textContent())!.replace(/^Exported 3 rows to /, ''), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('When (UTC),Who,Delegation,Action id,Action,Field,Before,After,Source,From,Subject');
  expect(lines).toHaveLength(4);
  expect(lines.some((line) => /,Dana Levi,Israel,.*,Status,Proposed,Agreed,This laptop,,Action$/.test(line))).toBe(true);

  // On B, A's changes arrive by file: each listed under Dana's name, as coming from a sync file.
  await carryByFile(a.page, b.page);
  await b.openView('Audit');
  const total = b.page.getByTestId('audit-count');
  await expect(total).not.toHaveText('0 of 0 changes');
  const all = Number(/of (\d+) changes/.exec((await total.textContent())!)![1]);
  await b.auditFilter('Source').selectOption({ label: 'Sync file' });
  await expect(b.auditRows).toHaveCount(all);
  for (const row of await b.auditRows.all()) await expect(row).toContainText('Dana Levi (Israel)');
  await expect(b.auditRows.filter({ hasText: 'Joint quantum testbed, phase one' }).first()).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { shown } from './pages/date-field';
import { TandemPage } from './pages/tandem-page';

const S1_STUDY = 'plan-s1a-commission-feasibility-study';
const AI1_CALL = 'plan-ai1-first-challenge-call';

test.describe('the compact', () => {
  test('setting the Compact signing date turns every dependent deadline into a date', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await tandem.openBoard();
    await expect(tandem.planRow(S1_STUDY).getByTestId('deadline')).toContainText('within 30 days of Compact signing');
    await expect(tandem.planRow(S1_STUDY).getByTestId('deadline')).toContainText('a date once Compact signing is set');

    await tandem.setEventDate('Compact signing', '2026-09-01');
    await expect(page.getByTestId('event').filter({ hasText: 'Compact signing' }).first()).toContainText(`Set: ${shown('2026-09-01')}.`);

    await tandem.openBoard();
    await expect(tandem.planRow(S1_STUDY).getByTestId('deadline')).toHaveText(`Due ${shown('2026-10-01')} (30 days after Compact signing)`);
    await expect(tandem.planRow(AI1_CALL).getByTestId('deadline')).toHaveText(`Due ${shown('2026-11-30')} (90 days after Compact signing)`);

    await tandem.openView('Compact');
    await page.getByRole('navigation', { name: 'Domains' }).getByRole('button', { name: 'Semiconductors' }).click();
    const s1Targets = page.getByRole('list', { name: 'Targets of S-1A' });
    await expect(s1Targets.getByTestId('target').filter({ hasText: 'Commissioning the feasibility study within 30 days' })).toContainText(`Due ${shown('2026-10-01')}`);

    await tandem.expectSaved();
    // A reload stays on the view it was on (Compact): the board is one click away.
    await page.reload();
    await tandem.openBoard();
    await expect(tandem.planRow(AI1_CALL).getByTestId('deadline')).toContainText(`Due ${shown('2026-11-30')}`);
  });

  test('an invalid date is refused with a message and changes nothing', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await tandem.openView('Key dates');
    const field = tandem.eventDateField('Compact signing');
    // Half a date: said, and nothing set.
    await field.type('09/01');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('date-field-error')).toHaveText('Enter the whole date: day, month and year.');
    await expect(field.firstSegment).toHaveAttribute('aria-invalid', 'true');
    // A year the app does not accept: said, and nothing set.
    await field.type('09/01/1850');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('date-field-error')).toHaveText('Enter a year from 1900 to 2200.');
    await expect(page.getByTestId('event').first()).toContainText('Not set yet.');
    await tandem.openBoard();
    await expect(tandem.planRow(AI1_CALL).getByTestId('deadline')).toContainText('a date once Compact signing is set');
  });

  test('an initiative shows its owners on both sides, deadlines, sources and discrepancies', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await tandem.openView('Compact');
    await page.getByRole('navigation', { name: 'Domains' }).getByRole('button', { name: 'Quantum' }).click();
    await page.getByRole('navigation', { name: 'Initiatives in Quantum' }).getByRole('button', { name: /Q-2 / }).click();
    await expect(page.getByRole('heading', { name: /Q-2: .*Anchor initiative/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'U.S. owners' })).toContainText('DHS Science & Technology Directorate');
    await expect(page.getByRole('region', { name: 'Israel owners' })).toContainText('Qbeat Ventures');
    const discrepancies = page.getByRole('region', { name: 'Discrepancies concerning Q-2' });
    await expect(discrepancies.getByTestId('discrepancy').filter({ hasText: 'PQC testbed' })).toContainText('within 12 months');
    // "Months 1–6" is read as a span from signing: the app says that reading is an interpretation.
    const months = page.getByTestId('target').filter({ hasText: 'Months 1–6' });
    await expect(months.getByTestId('deadline')).toContainText('the anchor is an interpretation');
    await expect(months.getByTestId('anchor-note')).toHaveAttribute('title', /Months 1–6/);

    await page.getByRole('navigation', { name: 'Domains' }).getByRole('button', { name: 'Implementation Architecture' }).click();
    await expect(page.getByRole('region', { name: 'U.S. owners' })).toContainText('No owner table in the annex');
  });

  test('funding totals are computed and agree with the document', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await tandem.openView('Funding');
    await expect(page.getByTestId('funding-row')).toHaveCount(6);
    await expect(page.getByTestId('side-total').first()).toContainText('U.S.: ~$5.5B');
    await expect(page.getByTestId('total-check')).toHaveCount(3);
    for (const check of await page.getByTestId('total-check').all()) await expect(check).toContainText('agrees');
    await expect(page.getByTestId('funding-row').filter({ hasText: 'F-5' })).toContainText('$500M–1B (TBD)');
    // F-3 has its ten-year term; its face value stays outside for what it is, not for a missing term.
    await expect(page.getByTestId('side-total').first()).toContainText('F-3 $2–3B (face value) (face value of a lending facility, not a budget commitment)');
    await expect(page.getByTestId('side-total').first()).not.toContainText('F-3 $2–3B (face value) (no term stated)');
    // Open-ended figures are minimums, in the totals and in the Q&A figures.
    await expect(page.getByTestId('total-check').filter({ hasText: 'Headline' })).toContainText('computed at least $10B');
    await expect(page.getByTestId('qa-figure').filter({ hasText: 'Total headline mobilization' })).toContainText('$15B+ (at least $15B)');
  });

  test('the views and the key dates work from the keyboard alone', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    const keyDates = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Key dates' });
    await keyDates.focus();
    await page.keyboard.press('Enter');
    await expect(keyDates).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(tandem.eventDateInput('Compact signing')).toBeFocused();
    await page.keyboard.type('09/01/2026');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('event').first()).toContainText(`Set: ${shown('2026-09-01')}.`);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Discrepancies' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Discrepancies in the compact \(\d+ open\)/ })).toBeVisible();
  });
});

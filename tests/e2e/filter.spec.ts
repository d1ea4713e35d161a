import { expect, test } from '@playwright/test';
import { TimelinePage } from './pages/timeline-page';

const HEBREW = 'תוכנית עבודה משותפת עם רשות החדשנות';
const S1_STUDY = 'Commission the S-1 Kiryat Gat feasibility study (Commerce/CHIPS and Ministry of Economy)';
const Q1_FUND = 'Seek appropriations for the U.S. share of the Bilateral Quantum Systems Fund';
/** The 33 seeded drafts and the one each test adds. */
const ALL = 34;
const Q1_FIRST_GRANTS = 'Award the first Bilateral Quantum Fund grants';

/** Adds the Hebrew action and agrees it, so text, tier "not yet sequenced" and status each find it alone. */
async function withHebrewAction(timeline: TimelinePage): Promise<void> {
  await timeline.tandem.openAs();
  await timeline.tandem.addAction(HEBREW);
  await timeline.tandem.status(1).selectOption({ label: 'Agreed' });
}

test.describe('search and filter', () => {
  test('by text in Hebrew and English, tier, owner, side, status, domain, combined, then cleared — by mouse', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await withHebrewAction(timeline);
    await timeline.open();
    await timeline.expectCount(ALL, ALL);
    await expect(timeline.clear).toBeDisabled();

    await timeline.search.fill('משותפת');
    await timeline.expectCount(1, ALL);
    expect(await timeline.titles()).toEqual([HEBREW]);
    await timeline.search.fill('kiryat GAT');
    expect(await timeline.titles()).toEqual([S1_STUDY]);
    await timeline.search.fill('CM-2');
    await timeline.expectCount(1, ALL);
    await timeline.search.fill('Privacy Protection Authority'); // an owner's name
    await timeline.expectCount(1, ALL);
    await timeline.search.fill('');

    await timeline.choose('Tier', 'Not yet sequenced');
    await timeline.expectCount(1, ALL);
    expect(await timeline.titles()).toEqual([HEBREW]);
    await timeline.choose('Tier', 'Requires appropriations or legislative support');
    await timeline.expectCount(6, ALL);
    await timeline.choose('Tier', 'Any tier');

    await timeline.choose('Owner', 'NIST');
    await timeline.expectCount(3, ALL);
    await timeline.choose('Owner', 'Any owner');
    await timeline.choose('Side', 'Israel');
    await timeline.expectCount(23, ALL);
    await expect(timeline.rowTitled(HEBREW)).toHaveCount(0);
    await timeline.choose('Side', 'Either side');

    await timeline.choose('Status', 'Agreed');
    expect(await timeline.titles()).toEqual([HEBREW]);
    await timeline.choose('Status', 'Any status');

    await timeline.choose('Domain', 'Quantum');
    await timeline.expectCount(7, ALL);
    await timeline.choose('Tier', 'Requires appropriations or legislative support');
    await timeline.expectCount(2, ALL);
    expect((await timeline.titles()).sort()).toEqual([Q1_FIRST_GRANTS, Q1_FUND].sort());
    await timeline.search.fill('fusion');
    await timeline.expectCount(0, ALL);
    await expect(page.getByText('No actions match the filters.')).toBeVisible();

    // The criteria belong to the plan, not to one view: they hold on the Plan view too.
    await timeline.viewTab('Plan').click();
    await timeline.expectCount(0, ALL);
    await expect(timeline.choice('Domain')).toHaveValue('quantum');

    await timeline.clear.click();
    await timeline.expectCount(ALL, ALL);
    await timeline.expectCleared();
    await expect(timeline.search).toBeFocused();
  });

  test('the same from the keyboard alone: "/" to search, Tab and arrows through the choices, Enter to clear', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await withHebrewAction(timeline);
    await timeline.openByKeyboard();

    await page.keyboard.press('/');
    await expect(timeline.search).toBeFocused();
    await page.keyboard.type('משותפת');
    await timeline.expectCount(1, ALL);
    expect(await timeline.titles()).toEqual([HEBREW]);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await timeline.expectCount(ALL, ALL);

    await page.keyboard.press('Tab');
    await expect(timeline.choice('Owner')).toBeFocused();
    await page.keyboard.type('NIST'); // a closed select's type-ahead
    await expect(timeline.choice('Owner')).toHaveValue('us-nist');
    await timeline.expectCount(3, ALL);

    await page.keyboard.press('Tab');
    await expect(timeline.choice('Side')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(timeline.choice('Side')).toHaveValue('us');
    await timeline.expectCount(3, ALL); // NIST is a U.S. owner
    await page.keyboard.press('ArrowUp');

    await page.keyboard.press('Tab');
    await expect(timeline.choice('Tier')).toBeFocused();
    await page.keyboard.press('End');
    await expect(timeline.choice('Tier')).toHaveValue('unsequenced');
    await timeline.expectCount(0, ALL); // nothing is both NIST's and unsequenced
    await page.keyboard.press('Home');

    await page.keyboard.press('Tab');
    await expect(timeline.choice('Status')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(timeline.choice('Domain')).toBeFocused();
    await page.keyboard.type('Quantum');
    await expect(timeline.choice('Domain')).toHaveValue('quantum');
    await timeline.expectCount(1, ALL); // NIST and Quantum: the PQC testbed
    await expect(timeline.rows).toHaveCount(1);

    await page.keyboard.press('Tab');
    await expect(timeline.clear).toBeFocused();
    await page.keyboard.press('Enter');
    await timeline.expectCleared();
    await timeline.expectCount(ALL, ALL);
    await expect(timeline.search).toBeFocused();

    // Back in a field, "/" is just a character.
    await page.keyboard.type('AI-1/');
    await expect(timeline.search).toHaveValue('AI-1/');
  });

  test('"/" never takes a keystroke from a field the user is typing in', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.tandem.openAs();
    await page.getByLabel('New action').click();
    await page.keyboard.type('AE-1/AE-2 joint review');
    await expect(page.getByLabel('New action')).toHaveValue('AE-1/AE-2 joint review');
    await expect(timeline.search).toHaveValue('');
  });
});

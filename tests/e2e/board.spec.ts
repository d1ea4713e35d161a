import { expect, test } from '@playwright/test';
import { APPROPRIATIONS, AVAILABLE_NOW, BoardPage, FEASIBILITY, isoDayFromToday, UNSEQUENCED } from './pages/board-page';
import { shown } from './pages/date-field';

const S1_STUDY = 'plan-s1a-commission-feasibility-study'; // within 30 days of Compact signing
const Q1_GRANTS = 'plan-q1-first-fund-grants'; // within 18 months
const PQC_TESTBED = 'plan-q2-pqc-testbed'; // "within six months", one side of pqc-testbed-timing
const Q3_READINESS = 'plan-q3-readiness-assessment'; // within 90 days of Q-3 program launch

test.describe('the sequencing board', () => {
  test('rows move by drag and drop, within a lane and to another lane, and the order is kept', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    for (const title of ['Alpha', 'Bravo', 'Charlie']) await board.addAction(title);
    expect(await board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Bravo', 'Charlie']);

    await board.dragBefore(await board.row('Charlie'), await board.row('Alpha'));
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Charlie', 'Alpha', 'Bravo']);
    await expect(board.announcement).toHaveText('Moved “Charlie” to Not yet sequenced, position 1 of 3.');

    await board.dragAfter(await board.row('Charlie'), await board.row('Bravo'));
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Bravo', 'Charlie']);

    // Into the next lane, on top of its first row.
    const availableBefore = await board.laneTotal(AVAILABLE_NOW);
    await board.dragBefore(await board.row('Bravo'), board.laneRows(AVAILABLE_NOW).first());
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Charlie']);
    await expect.poll(() => board.laneTotal(AVAILABLE_NOW)).toBe(availableBefore + 1);
    expect((await board.laneTitles(AVAILABLE_NOW))[0]).toBe('Bravo');
    await expect(board.announcement).toHaveText(`Moved “Bravo” to ${AVAILABLE_NOW}, position 1 of ${availableBefore + 1}.`);
    await board.dragAfter(await board.row('Alpha'), await board.row('Charlie'));
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Charlie', 'Alpha']);
    await board.dragBefore(await board.row('Charlie'), await board.row('Bravo'));
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha']);
    expect((await board.laneTitles(AVAILABLE_NOW)).slice(0, 2)).toEqual(['Charlie', 'Bravo']);

    await board.expectSaved();
    await page.reload();
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha']);
    expect((await board.laneTitles(AVAILABLE_NOW)).slice(0, 2)).toEqual(['Charlie', 'Bravo']);
  });

  test('rows move from the keyboard, and focus stays on the moved row', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    for (const title of ['Alpha', 'Bravo', 'Charlie']) await board.addAction(title);
    const charlie = await board.row('Charlie');

    // A card's tools show while focus is inside it: into the title, then to Move up.
    await charlie.getByLabel(/^Title of action \d+$/).focus();
    await expect(charlie.getByRole('button', { name: 'Move up' })).toBeVisible();
    await charlie.getByRole('button', { name: 'Move up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    await expect(charlie.getByRole('button', { name: 'Move up' })).toBeFocused();
    await expect(board.announcement).toHaveText('Moved “Charlie” to Not yet sequenced, position 2 of 3.');
    await page.keyboard.press('Enter');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Charlie', 'Alpha', 'Bravo']);
    await expect(charlie.getByRole('button', { name: 'Move up' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(board.announcement).toHaveText('“Charlie” is already first in Not yet sequenced.');

    // The shortcut works from any control in the row, and focus stays on that control.
    await page.keyboard.press('Tab');
    await expect(charlie.getByRole('button', { name: 'Move down' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    await expect(charlie.getByRole('button', { name: 'Move down' })).toBeFocused();
    await charlie.getByLabel(/^Title of action \d+$/).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    await expect(charlie.getByLabel(/^Title of action \d+$/)).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    await expect(charlie.getByLabel(/^Title of action \d+$/)).toBeFocused();

    // Move to lane: the next lane down is "Available now"; the row goes to its end, focus with it.
    const availableBefore = await board.laneTotal(AVAILABLE_NOW);
    await charlie.getByLabel('Move to lane', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Bravo']);
    await expect(board.laneRows(AVAILABLE_NOW).last()).toHaveAttribute('data-action-id', await board.idOf('Charlie'));
    await expect(charlie.getByLabel('Move to lane', { exact: true })).toBeFocused();
    await expect(charlie.getByLabel('Move to lane', { exact: true })).toHaveValue('existing-authority');
    await expect(board.announcement).toHaveText(`Moved “Charlie” to ${AVAILABLE_NOW}, position ${availableBefore + 1} of ${availableBefore + 1}.`);

    await board.expectSaved();
    await page.reload();
    await expect(board.laneRows(AVAILABLE_NOW).last()).toHaveAttribute('data-action-id', await board.idOf('Charlie'));
  });

  test('the 90-day window shows on every row and in each lane once the signing date is set', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    const marker = (id: string) => board.planRow(id).getByTestId('window-marker');
    await expect(marker(S1_STUDY)).toHaveText('Undated');
    await expect(page.getByTestId('window-dates')).toContainText('no date yet');

    // Dated by another event while signing has no date: it cannot be placed in the window yet.
    await board.setEventDateAndReturn('Q-3 quantum communications program launch', isoDayFromToday(30));
    await expect(marker(Q3_READINESS)).toHaveText('Set the signing date');

    const signing = isoDayFromToday(10);
    await board.setEventDateAndReturn('Compact signing', signing);
    await expect(page.getByTestId('window-dates')).toContainText(`From Compact signing on ${shown(signing)} to ${shown(isoDayFromToday(100))}.`);
    await expect(marker(S1_STUDY)).toHaveText('Within the first 90 days');
    await expect(marker(Q1_GRANTS)).toHaveText('After the 90-day window');
    await expect(board.planRow(S1_STUDY).getByTestId('overdue-marker')).toHaveCount(0);
    await expect(board.laneSection(APPROPRIATIONS).getByTestId('lane-window')).toHaveText(/^\d+ in the 90 days · [1-9]\d* after · \d+ undated$/);

    // Signing long ago: the 30-day commitment is overdue until it is done.
    await board.setEventDateAndReturn('Compact signing', isoDayFromToday(-200));
    await expect(board.planRow(S1_STUDY).getByTestId('overdue-marker')).toHaveText('Overdue');
    await expect(board.laneSection(UNSEQUENCED).getByTestId('lane-window')).toHaveText('0 in the 90 days · 0 after · 0 undated');
    await board.planRow(S1_STUDY).getByLabel(/^Status of action \d+$/).selectOption({ label: 'Done' });
    await expect(board.planRow(S1_STUDY).getByTestId('overdue-marker')).toHaveCount(0);
  });

  test('a draft that takes one side of a discrepancy is marked disputed on its row and shows every value in its details', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    await expect(board.planRow(PQC_TESTBED).getByTestId('disputed-badge')).toHaveText('Disputed');
    await expect(board.planRow(PQC_TESTBED).getByTestId('disputed-badge')).toHaveAttribute('title', /When the joint PQC testbed must be operational/);
    await expect(board.planRow(S1_STUDY).getByTestId('disputed-badge')).toHaveCount(0);
    await board.planRow(PQC_TESTBED).getByRole('button', { name: /^Details for action \d+$/ }).click();
    const disputed = board.dialog.getByRole('region', { name: 'Disputed values' });
    await expect(disputed.getByTestId('discrepancy')).toHaveCount(1);
    await expect(disputed).toContainText('within six months');
    await expect(disputed).toContainText('within 12 months');
    await board.dialog.getByRole('button', { name: 'Close' }).click();
    // A tier the compact gives no passage for says so instead of citing a generic one.
    const runway = board.planRow('plan-cm2-runway-analysis');
    await runway.locator('summary', { hasText: 'Drafted from the compact' }).click();
    await expect(runway.getByTestId('tier-note')).toContainText('Why this tier: No specific source');
  });

  test('a deleted action is listed apart and restored to its place, by mouse', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    for (const title of ['Alpha', 'Bravo', 'Charlie']) await board.addAction(title);
    // The pointer on a card shows its tools (first away from every card).
    const bravo = await board.row('Bravo');
    await page.mouse.move(1, 1);
    await expect(bravo.getByRole('group', { name: /^Tools for action \d+$/ })).toHaveCSS('opacity', '0');
    await bravo.hover();
    await expect(bravo.getByRole('group', { name: /^Tools for action \d+$/ })).toHaveCSS('opacity', '1');
    await bravo.getByRole('button', { name: /^Delete action \d+$/ }).click();
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Charlie']);
    const deleted = board.deletedList().getByTestId('deleted-action');
    await expect(deleted).toHaveCount(1);
    await expect(deleted).toContainText('Bravo');
    await expect(deleted).toContainText('deleted by Dana Levi');

    await board.expectSaved();
    await page.reload();
    await expect(board.deletedList().getByTestId('deleted-action')).toContainText('Bravo');
    await board.deletedList().getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    await expect(board.deletedList()).toHaveCount(0);
  });

  test('delete and restore work from the keyboard, with focus kept in the plan', async ({ page }) => {
    const board = new BoardPage(page);
    await board.openAs();
    for (const title of ['Alpha', 'Bravo']) await board.addAction(title);
    const alpha = await board.row('Alpha');
    const alphaId = await board.idOf('Alpha');
    await alpha.getByLabel(/^Title of action \d+$/).focus();
    await alpha.getByRole('button', { name: /^Delete action \d+$/ }).focus();
    await expect(alpha.getByRole('button', { name: /^Delete action \d+$/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Bravo']);
    await expect(await board.row('Bravo')).toBeFocused();
    await expect(board.announcement).toHaveText('Deleted “Alpha”. It is listed under Deleted actions, where it can be restored.');

    const restore = board.deletedList().getByRole('button', { name: 'Restore' });
    await restore.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => board.laneTitles(UNSEQUENCED)).toEqual(['Alpha', 'Bravo']);
    await expect(board.planRow(alphaId)).toBeFocused();
    await expect(board.announcement).toHaveText(`Restored “Alpha” to ${UNSEQUENCED}.`);
  });

  test('an observer sees the plan and no editing controls', async ({ page }) => {
    const board = new BoardPage(page);
    await board.open();
    await board.completeIdentity({ name: 'Avi Ben-David', delegation: 'Israel', role: 'Observer' });
    await expect(board.planRow(S1_STUDY)).toBeVisible();
    await expect(board.planRow(S1_STUDY).getByTestId('window-marker')).toHaveText('Undated');
    await expect(page.getByLabel('New action')).toHaveCount(0);
    await expect(board.board.getByRole('textbox')).toHaveCount(0);
    await expect(board.board.getByRole('combobox')).toHaveCount(0);
    await expect(board.board.getByRole('button')).not.toHaveCount(0);
    // Every button on the board is a card's Details.
    const details = await board.board.getByRole('button', { name: /^Details for action \d+$/ }).count();
    await expect(board.board.getByRole('button')).toHaveCount(details);
    await expect(board.dragHandle(board.planRow(S1_STUDY))).toHaveCount(0);

    await board.planRow(S1_STUDY).getByRole('button', { name: /^Details for action \d+$/ }).click();
    await expect(board.dialog).toBeVisible();
    await expect(board.dialog).toContainText('You are an observer');
    await expect(board.dialog).toContainText('S-1A');
    await expect(board.dialog.getByRole('textbox')).toHaveCount(0);
    await expect(board.dialog.getByRole('combobox')).toHaveCount(0);
    await expect(board.dialog.getByRole('button')).toHaveText(['Close']);
    await page.keyboard.press('Escape');
    await expect(board.dialog).toHaveCount(0);
    await expect(board.planRow(S1_STUDY).getByRole('button', { name: /^Details for action \d+$/ })).toBeFocused();
  });

  test('a title is shared text: another tab’s typing arrives without moving the caret', async ({ context, page }) => {
    const first = new BoardPage(page);
    await first.openAs();
    await first.addAction('Agreed');
    const second = new BoardPage(await context.newPage());
    await second.open();
    await expect(second.title(1)).toHaveValue('Agreed');

    await first.title(1).click();
    await first.title(1).press('Home');
    await second.title(1).click();
    await second.title(1).press('End');
    await second.title(1).pressSequentially(' in Tel Aviv');
    await expect(first.title(1)).toHaveValue('Agreed in Tel Aviv');
    await first.title(1).pressSequentially('Note: ');
    await expect(first.title(1)).toHaveValue('Note: Agreed in Tel Aviv');
    await expect(second.title(1)).toHaveValue('Note: Agreed in Tel Aviv');
    await first.expectSaved();
  });
});


test.describe('the board on the screen', () => {
  test('at 1440×900 the four lanes stand side by side in the window, each with its cards and its count', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new BoardPage(page);
    await board.openAs();
    await board.addAction('Alpha');
    const lanes = [UNSEQUENCED, AVAILABLE_NOW, APPROPRIATIONS, FEASIBILITY] as const;
    const boxes = await Promise.all(lanes.map(async (name) => (await board.laneSection(name).boundingBox())!));
    // One row: the same top, left to right without overlap, all of it inside the window.
    for (const [index, box] of boxes.entries()) {
      expect(Math.abs(box.y - boxes[0]!.y), lanes[index]).toBeLessThanOrEqual(1);
      if (index > 0) expect(box.x, lanes[index]).toBeGreaterThanOrEqual(boxes[index - 1]!.x + boxes[index - 1]!.width);
      expect(box.y + box.height, lanes[index]).toBeLessThanOrEqual(900);
      expect(box.width, lanes[index]).toBeGreaterThan(240);
    }
    // The page itself does not scroll: the lanes do.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    // Each header counts its lane; every card of these short lanes is rendered.
    const totals = await Promise.all(lanes.map((name) => board.laneTotal(name)));
    expect(totals[0]).toBe(1);
    expect(totals.reduce((sum, total) => sum + total, 0)).toBe(34);
    for (const [index, name] of lanes.entries()) await expect(board.laneRows(name)).toHaveCount(totals[index]!);
    // Cards in view in the longest lane: whole cards inside its scroll area.
    const inView = await board.lane(AVAILABLE_NOW).evaluate((list) => {
      const area = list.parentElement!.getBoundingClientRect();
      return [...list.children].filter((card) => {
        const box = card.getBoundingClientRect();
        return box.top >= area.top && box.bottom <= area.bottom;
      }).length;
    });
    expect(inView).toBeGreaterThanOrEqual(3);
    // A card holds its title, then status, both leads, due and window.
    const card = board.planRow('plan-ai1-first-challenge-call');
    await expect(card.getByRole('combobox', { name: /^Status of action \d+$/ })).toBeVisible();
    await expect(card).toContainText('U.S. lead:');
    await expect(card).toContainText('Israel lead:');
    await expect(card.getByTestId('window-marker')).toBeVisible();
  });

  test('a lane of hundreds renders a window of cards; a keyboard move to its end scrolls there and focus follows', async ({ page }) => {
    const { storeLargePlan } = await import('./pages/large-plan');
    const board = new BoardPage(page);
    await board.openAs();
    await storeLargePlan(page, { actions: [{ count: 400, title: (i) => `Bulk action ${i + 1}` }] });
    await page.reload();
    await expect(board.laneRows(UNSEQUENCED).first()).toBeVisible();
    expect(await board.laneTotal(UNSEQUENCED)).toBe(400);
    const rendered = await board.laneRows(UNSEQUENCED).count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);

    // Scrolled to its end, the lane renders its last cards.
    await board.lane(UNSEQUENCED).evaluate((list) => list.parentElement!.scrollTo({ top: list.parentElement!.scrollHeight }));
    await expect(board.laneRows(UNSEQUENCED).getByLabel('Title of action 400', { exact: true })).toHaveValue('Bulk action 400');

    // Back at the top, a card of the short lane goes to the end of the long one: the lane
    // scrolls to it, and focus stays on its Move to lane.
    await board.lane(UNSEQUENCED).evaluate((list) => list.parentElement!.scrollTo({ top: 0 }));
    const card = board.planRow('plan-ai1-first-challenge-call');
    await card.getByLabel(/^Title of action \d+$/).focus();
    const lane = card.getByLabel('Move to lane', { exact: true });
    await lane.selectOption({ label: UNSEQUENCED });
    await expect(board.laneRows(UNSEQUENCED).last()).toHaveAttribute('data-action-id', 'plan-ai1-first-challenge-call');
    await expect(board.planRow('plan-ai1-first-challenge-call').getByLabel('Move to lane', { exact: true })).toBeFocused();
    await expect(board.announcement).toContainText(`to ${UNSEQUENCED}, position 401 of 401.`);
    expect(await board.laneTotal(UNSEQUENCED)).toBe(401);
  });
});

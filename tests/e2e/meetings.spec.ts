import { expect, test } from '@playwright/test';
import { BoardPage, APPROPRIATIONS } from './pages/board-page';
import { MeetingsPage } from './pages/meetings-page';

const TITLE = 'Working session 3: quantum and AI';
const HEBREW = 'הוחלט להקים צוות משותף לבדיקת המעבדה.';
const ENGLISH = 'The delegations reviewed the testbed plan.';
const NEW_ACTION = 'Charter the joint quantum testbed';

test.describe('a working session on one laptop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('workspace undo takes back an attendee removed and an agenda item added, step by step', async ({ page }) => {
    const meetings = new MeetingsPage(page);
    await meetings.openAs();
    await meetings.createMeeting({ title: 'Undo session', day: '2026-07-15', time: '09:00', zone: 'Israel time', place: 'Tel Aviv' });
    await page.getByLabel('Name to add to the U.S. delegation').fill('Amb. Rivera');
    await page.getByLabel('Name to add to the U.S. delegation').press('Enter');
    const us = page.getByRole('group', { name: 'U.S. delegation' });
    await expect(us.locator('.attendee', { hasText: 'Amb. Rivera' })).toHaveCount(1);
    await meetings.addAgendaItem('Opening');
    await us.locator('.attendee', { hasText: 'Amb. Rivera' }).hover();
    await us.getByRole('button', { name: 'Remove Amb. Rivera' }).click();
    await expect(us.locator('.attendee')).toHaveCount(0);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect(us.locator('.attendee', { hasText: 'Amb. Rivera' })).toHaveCount(1);
    await undo.click();
    await expect(meetings.agendaItems).toHaveCount(0);
    await expect(us.locator('.attendee', { hasText: 'Amb. Rivera' })).toHaveCount(1);
    await undo.click();
    await expect(us.locator('.attendee')).toHaveCount(0);
    await expect(meetings.meetingTitle).toHaveValue('Undo session');
  });

  test('meeting, agenda, minutes in two languages and a decision that creates an action on the Plan, all kept on reload', async ({ page }) => {
    const meetings = new MeetingsPage(page);
    await meetings.openAs();
    await meetings.createMeeting({ title: TITLE, day: '2026-07-14', time: '10:00', zone: 'Israel time', place: 'Tel Aviv' });
    await expect(page.locator('.meeting-when')).toContainText('14 Jul 2026');
    await expect(page.locator('.meeting-when')).toContainText('10:00 · Israel time');

    // Attendance: a typed name for each side, one made chair.
    await page.getByLabel('Name to add to the U.S. delegation').fill('Amb. Rivera');
    await page.getByLabel('Name to add to the U.S. delegation').press('Enter');
    await page.getByLabel('Name to add to the Israeli delegation').fill('ד״ר נועה פלד');
    await page.getByLabel('Name to add to the Israeli delegation').press('Enter');
    const us = page.getByRole('group', { name: 'U.S. delegation' });
    await us.locator('.attendee', { hasText: 'Amb. Rivera' }).hover();
    await us.getByRole('button', { name: 'Make chair' }).click();
    await expect(us.locator('.chip.chair')).toHaveText('Chair');

    // The agenda: three items, reordered by keyboard and by mouse, one linked to an initiative.
    await meetings.addAgendaItem('Opening', 5);
    await meetings.addAgendaItem('AI testbed', 30);
    await meetings.addAgendaItem('Quantum charter', 20);
    expect(await meetings.agendaTitles()).toEqual(['Opening', 'AI testbed', 'Quantum charter']);
    await meetings.agendaItem('Quantum charter').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => meetings.agendaTitles()).toEqual(['Opening', 'Quantum charter', 'AI testbed']);
    await expect(meetings.agendaItem('Quantum charter')).toBeFocused();
    // Held by its number: the row's middle may be one of its fields, where a press starts no drag.
    await meetings.agendaItem('Opening').locator('.agenda-number').dragTo(page.locator('.agenda-drop-end'));
    await expect.poll(() => meetings.agendaTitles()).toEqual(['Quantum charter', 'AI testbed', 'Opening']);
    await meetings.agendaItem('AI testbed').getByLabel('Link AI testbed to…').selectOption({ value: 'initiative:AI-1' });
    await expect(meetings.agendaItem('AI testbed').locator('.link-chip.kind-initiative')).toContainText('AI-1');
    await expect(page.locator('#agenda-heading')).toContainText('3 items · 55 min');

    // Minutes: an English and a Hebrew paragraph, each in its own direction.
    await meetings.minutes.click();
    await page.keyboard.type(ENGLISH);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(HEBREW);
    await expect(meetings.minutesParagraphs).toHaveCount(2);
    await expect(meetings.minutesParagraphs.nth(0)).toHaveText(ENGLISH);
    await expect(meetings.minutesParagraphs.nth(1)).toHaveText(HEBREW);
    const direction = (index: number) => meetings.minutesParagraphs.nth(index).evaluate((element) => [element.getAttribute('dir'), getComputedStyle(element).direction]);
    expect(await direction(0)).toEqual(['auto', 'ltr']);
    expect(await direction(1)).toEqual(['auto', 'rtl']);
    // Undo is the editor's own: it takes back this typing, and redo brings it back.
    await page.keyboard.press('Control+z');
    await expect(meetings.minutesParagraphs.filter({ hasText: HEBREW })).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(meetings.minutesParagraphs.nth(1)).toHaveText(HEBREW);

    // A decision that creates an action; Apply shows what it will change first.
    await page.getByRole('button', { name: 'Record a decision' }).click();
    const form = page.getByRole('form', { name: 'New decision' });
    await form.getByLabel('Decision', { exact: true }).fill('The delegations agree to charter the quantum testbed.');
    await form.getByLabel('Action title', { exact: true }).fill(NEW_ACTION);
    await form.getByLabel('Tier', { exact: true }).selectOption({ label: 'Appropriations' });
    await form.getByRole('button', { name: 'Add change' }).click();
    await expect(form.getByRole('list', { name: 'Plan changes' })).toHaveText(`Create action “${NEW_ACTION}” (Appropriations)Remove`);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect(meetings.decisions).toHaveCount(1);
    await meetings.decisions.first().getByRole('button', { name: 'Apply…' }).click();
    const preview = page.getByRole('dialog', { name: 'Apply this decision to the plan' });
    await expect(preview).toContainText(`Create action “${NEW_ACTION}” (Appropriations)`);
    await preview.getByRole('button', { name: 'Apply to the plan' }).click();
    await expect(meetings.decisions.first().locator('.applied-chip')).toContainText('Applied by Dana Levi');
    await expect(meetings.decisions.first().getByRole('button', { name: 'Apply…' })).toHaveCount(0);

    // On the board, in its tier, attributed to the meeting.
    const board = new BoardPage(page);
    await board.openBoard();
    const row = await board.row(NEW_ACTION);
    expect(await board.laneTitles(APPROPRIATIONS)).toContain(NEW_ACTION);
    await expect(row.locator('.attribution')).toContainText(`Added by Dana Levi (Israel, note-taker) · by decision D1 of “${TITLE}”`);

    await board.expectSaved();
    await page.reload();
    await meetings.openMeeting(TITLE);
    await expect.poll(() => meetings.agendaTitles()).toEqual(['Quantum charter', 'AI testbed', 'Opening']);
    await expect(meetings.minutesParagraphs.nth(0)).toHaveText(ENGLISH);
    await expect(meetings.minutesParagraphs.nth(1)).toHaveText(HEBREW);
    expect(await direction(1)).toEqual(['auto', 'rtl']);
    await expect(us.locator('.chip.chair')).toHaveText('Chair');
    await expect(page.getByRole('group', { name: 'Israeli delegation' })).toContainText('ד״ר נועה פלד');
    await expect(meetings.decisions.first().locator('.applied-chip')).toContainText('Applied by Dana Levi');
    // The page as a delegation sees it, kept with the run's results for review.
    await page.screenshot({ path: test.info().outputPath('meeting-page-1440x900.png') });
    await board.openBoard();
    await expect((await board.row(NEW_ACTION)).locator('.attribution')).toContainText(`by decision D1 of “${TITLE}”`);

    // The action's panel names the meeting and the decision that created it, and leads there.
    await board.openDetails(NEW_ACTION);
    const related = board.dialog.getByTestId('action-meetings');
    await expect(related).toContainText(`${TITLE} · Tue, Jul 14, 2026, 10:00 · Israel time`);
    await expect(related.locator('.action-meetings-decision')).toHaveText('D1 The delegations agree to charter the quantum testbed. — created this action');
    await related.getByRole('button', { name: TITLE }).click();
    await expect(board.dialog).toBeHidden();
    await expect(meetings.meetingTitle).toHaveValue(TITLE);
  });
});

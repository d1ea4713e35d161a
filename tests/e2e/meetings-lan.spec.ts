import { expect, test } from '@playwright/test';
import { BoardPage, APPROPRIATIONS } from './pages/board-page';
import { GONE, JOINED, Laptop } from './pages/laptop';
import { MeetingsPage } from './pages/meetings-page';
import { ReviewPage } from './pages/review-page';
import type { PersonInput } from './pages/tandem-page';

/**
 * Two note-takers in one working session, each on a laptop of their own (two host processes, two
 * Chromium processes with their own profiles), linked by real WebRTC through the session server
 * one of them hosts: the minutes are one document, typed into at once, apart and together again.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 30;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Note-taker' };
const TITLE = 'Working session 4: semiconductors';
const ENGLISH = 'The delegations reviewed the fab roadmap';
const HEBREW = 'הוחלט להקים צוות משותף';

test.describe.configure({ timeout: 180_000 });

let a: Laptop;
let b: Laptop;
let meetingsA: MeetingsPage;
let meetingsB: MeetingsPage;
test.beforeEach(async () => {
  [a, b] = await Promise.all([Laptop.start('a', { port: BASE }), Laptop.start('b', { port: BASE + 1 })]);
  await Promise.all([a.openAs(AVI), b.openAs(JANE)]);
  meetingsA = new MeetingsPage(a.page);
  meetingsB = new MeetingsPage(b.page);
});
test.afterEach(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

/** A hosts, B joins, A creates the meeting and both have its page open; returns B's join details. */
async function inOneMeeting(): Promise<{ address: string; code: string }> {
  const joined = await a.host('127.0.0.1', BASE + 2);
  await b.join(joined.address, joined.code);
  await expect(b.status).toHaveText('Synced with 1 peer', JOINED);
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer', JOINED);
  await meetingsA.createMeeting({ title: TITLE, day: '2026-07-15', time: '09:30', zone: 'Washington time', place: 'Washington' });
  await meetingsB.openMeeting(TITLE);
  return joined;
}

/** Puts the caret at the end of the minutes' paragraph `index` (an English one: End is its logical end). */
async function caretAtEndOf(meetings: MeetingsPage, index: number): Promise<void> {
  await meetings.minutesParagraphs.nth(index).click();
  await meetings.page.keyboard.press('End');
}

test('both note-takers type into the same minutes at once; each sees the other’s words and named caret; Hebrew runs right to left', async () => {
  await inOneMeeting();
  await meetingsA.minutes.click();
  await a.page.keyboard.type('Opening:');
  await a.page.keyboard.press('Enter');
  await expect(meetingsB.minutesParagraphs).toHaveCount(2);
  await expect(meetingsB.minutesParagraphs.nth(0)).toHaveText('Opening:');

  // A goes on in the first paragraph while B writes the second, keystroke by keystroke, together.
  await caretAtEndOf(meetingsA, 0);
  await meetingsB.minutesParagraphs.nth(1).click();
  await Promise.all([a.page.keyboard.type(` ${ENGLISH}.`), b.page.keyboard.type(HEBREW)]);

  const expected = [`p|ltr|Opening: ${ENGLISH}.`, `p|rtl|${HEBREW}`];
  await expect.poll(() => meetingsA.minutesBlocks()).toEqual(expected);
  await expect.poll(() => meetingsB.minutesBlocks()).toEqual(expected);
  for (const meetings of [meetingsA, meetingsB]) {
    await expect(meetings.minutesParagraphs.nth(1)).toHaveAttribute('dir', 'auto');
  }

  // Each sees the other's caret, labelled with their name, in the paragraph they are typing in.
  await expect(a.page.getByTestId('remote-caret')).toHaveText('Jane Miller');
  await expect(meetingsA.minutesParagraphs.nth(1).getByTestId('remote-caret')).toHaveCount(1);
  await expect(b.page.getByTestId('remote-caret')).toHaveText('Avi Cohen');
  await expect(meetingsB.minutesParagraphs.nth(0).getByTestId('remote-caret')).toHaveCount(1);
});

test('apart, both edit the minutes and the decisions; together again the records are identical, and a decision applied on one lands on both plans', async () => {
  const { address, code } = await inOneMeeting();
  await meetingsA.minutes.click();
  await a.page.keyboard.type('Agreed points');
  await a.page.keyboard.press('Enter');
  await meetingsA.recordDecision('The fab roadmap goes to the steering committee.');
  await expect(meetingsB.minutesParagraphs.nth(0)).toHaveText('Agreed points');
  await expect(meetingsB.decisions).toHaveCount(1);

  await b.leave();
  await expect(a.status).toHaveText('Hosting · Waiting for others', GONE);
  await meetingsB.openMeeting(TITLE);
  // Apart: each writes into the minutes and records a decision of their own.
  await caretAtEndOf(meetingsA, 0);
  await a.page.keyboard.type(' (Washington)');
  await caretAtEndOf(meetingsB, 0);
  await b.page.keyboard.press('Enter');
  await b.page.keyboard.type(HEBREW);
  await meetingsA.recordDecision('Washington drafts the export-control note.');
  await meetingsB.recordDecision('Both sides fund a joint packaging line.', 'Fund the joint packaging line');
  await meetingsA.expectSaved();
  await meetingsB.expectSaved();
  expect(await meetingsA.decisionTexts()).not.toContain('Both sides fund a joint packaging line.');

  await b.join(address, code);
  await expect(b.status).toHaveText('Synced with 1 peer', JOINED);
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer', JOINED);
  await meetingsB.openMeeting(TITLE);
  await expect(meetingsA.decisions).toHaveCount(3);
  await expect(meetingsB.decisions).toHaveCount(3);
  await expect.poll(async () => JSON.stringify(await meetingsB.minutesBlocks())).toBe(JSON.stringify(await meetingsA.minutesBlocks()));
  const blocks = await meetingsA.minutesBlocks();
  expect(blocks).toContain('p|ltr|Agreed points (Washington)');
  expect(blocks).toContain(`p|rtl|${HEBREW}`);
  expect(await meetingsB.decisionTexts()).toEqual(await meetingsA.decisionTexts());
  expect(await meetingsA.decisionTexts()).toEqual(expect.arrayContaining([
    'The fab roadmap goes to the steering committee.', 'Washington drafts the export-control note.', 'Both sides fund a joint packaging line.',
  ]));

  // A applies the decision B recorded apart: one step, attributed to A and to the meeting, on both plans.
  const decisionA = meetingsA.decisions.filter({ hasText: 'Both sides fund a joint packaging line.' });
  await decisionA.getByRole('button', { name: 'Apply…' }).click();
  await a.page.getByRole('dialog', { name: 'Apply this decision to the plan' }).getByRole('button', { name: 'Apply to the plan' }).click();
  await expect(decisionA.locator('.applied-chip')).toContainText('Applied by Avi Cohen');
  await expect(meetingsB.decisions.filter({ hasText: 'Both sides fund a joint packaging line.' }).locator('.applied-chip')).toContainText('Applied by Avi Cohen');
  for (const laptop of [a, b]) {
    const board = new BoardPage(laptop.page);
    await board.openBoard();
    const row = await board.row('Fund the joint packaging line');
    expect(await board.laneTitles(APPROPRIATIONS)).toContain('Fund the joint packaging line');
    await expect(row.locator('.attribution')).toContainText(new RegExp(`Added by Avi Cohen \\(Israel, note-taker\\) · by decision D\\d of “${TITLE}”`));
  }
});

test('a decision both note-takers reworded apart lands in both inboxes with both wordings; choosing one settles it on both', async () => {
  const { address, code } = await inOneMeeting();
  await meetingsA.recordDecision('The testbed is chartered.');
  await expect(meetingsB.decisions).toHaveCount(1);

  await b.leave();
  await expect(a.status).toHaveText('Hosting · Waiting for others', GONE);
  await meetingsB.openMeeting(TITLE);
  await meetingsA.rewordDecision(1, 'The testbed is chartered by both sides.');
  await meetingsB.rewordDecision(1, 'The testbed is chartered for two years.');
  await meetingsA.expectSaved();
  await meetingsB.expectSaved();
  await b.join(address, code);
  await expect(b.status).toHaveText('Synced with 1 peer', JOINED);

  const reviewA = new ReviewPage(a.page);
  const reviewB = new ReviewPage(b.page);
  await expect(reviewA.conflictCount).toHaveText('1');
  await expect(reviewB.conflictCount).toHaveText('1');
  await reviewA.openView('Conflicts');
  const card = reviewA.conflictCard(`Decision D1 of “${TITLE}” — Decision`);
  await expect(card).toContainText('The testbed is chartered by both sides.');
  await expect(card).toContainText('The testbed is chartered for two years.');
  await expect(card).toContainText('Avi Cohen (Israel)');
  await expect(card).toContainText('Jane Miller (U.S.)');
  await card.getByRole('button', { name: /^Use other: / }).click();
  await expect(a.page.getByText('No open conflicts.')).toBeVisible();
  await expect(reviewB.conflictCount).toHaveCount(0);
  await meetingsA.openMeeting(TITLE);
  await meetingsB.openMeeting(TITLE);
  await expect.poll(() => meetingsB.decisionTexts()).toEqual(await meetingsA.decisionTexts());
});

import { expect, test, type Browser } from '@playwright/test';
import { carryByFile } from './pages/carry';
import { ContextLaptops } from './pages/context-laptops';
import { DiscussionSection } from './pages/discussion-page';
import { joinPair, startPair, type Laptop } from './pages/laptop';
import { say } from './pages/messages';
import { PlanListPage } from './pages/plan-list-page';
import type { PersonInput } from './pages/tandem-page';

/**
 * Comment threads between two laptops (issue 15): over the room's LAN (two host processes, real
 * WebRTC) and by sync file (two browser contexts); the author edits after a reload, under a new
 * Yjs client id, and the other laptop accepts the edit and offers no Edit on it.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 40;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Delegate' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Note-taker' };
const ACTION = 'Joint fab roadmap review';
const QUESTION = 'Can the U.S. side confirm who leads the fab review?';
const HEBREW = 'נבקש לאשר עד סוף השבוע';

test.describe.configure({ timeout: 180_000 });

test.describe('over the LAN', () => {
  let a: Laptop;
  let b: Laptop;
  test.beforeEach(async () => {
    [a, b] = await startPair(BASE, [AVI, JANE]);
  });
  test.afterEach(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  test('A comments, B sees it and replies mentioning A, A sees “Mentions you”; only the author has Edit', async () => {
    await joinPair(a, b, BASE + 2);
    const planA = new PlanListPage(a.page);
    const planB = new PlanListPage(b.page);
    await planA.addAction(ACTION);
    await planA.openDetails(ACTION);
    const threadA = new DiscussionSection(a.page);
    await expect(threadA.section.getByText(say('en', 'discussion.empty'))).toBeVisible();
    await threadA.post(QUESTION);

    await planB.openList();
    await planB.openDetails(ACTION);
    const threadB = new DiscussionSection(b.page);
    const question = threadB.comment(QUESTION);
    await expect(question).toContainText('Avi Cohen');
    await expect(question).toContainText(say('en', 'discussion.side.israel'));
    await expect(threadB.editButton(question)).toHaveCount(0);
    await expect(threadB.mentionBadge).toHaveCount(0);

    await threadB.postMentioning('Yes: CAISI leads. ', 'Av', 'Avi Cohen', HEBREW);
    const reply = threadB.comment(HEBREW);
    await expect(threadB.editButton(reply)).toBeVisible();
    // B mentioned A, not B: the mark is A's only.
    await expect(threadB.mentionBadge).toHaveCount(0);

    await expect(threadA.comment(HEBREW)).toContainText('Jane Miller');
    await expect(threadA.mentionBadge).toBeVisible();
    await expect(threadA.comments).toHaveText([new RegExp(QUESTION.replace(/[?.]/g, '\\$&')), /Yes: CAISI leads\./]);
    await expect(threadA.comment(HEBREW).locator('.mention')).toHaveText('@Avi Cohen');
    // The Hebrew words run right to left inside the comment's own paragraph; the English-led reply stays left to right.
    await expect(threadA.comment(HEBREW).locator('[data-user-text]')).toHaveAttribute('dir', 'ltr');
    await expect(threadA.editButton(threadA.comment(HEBREW))).toHaveCount(0);
    await expect(threadA.editButton(threadA.comment(QUESTION))).toBeVisible();
    await expect(threadA.section.getByRole('heading', { name: new RegExp(say('en', 'discussion.heading')) })).toContainText('2');
  });
});

test.describe('by sync file', () => {
  const laptops = new ContextLaptops();
  test.afterEach(() => laptops.closeAll());

  async function laptop(browser: Browser, person: PersonInput) {
    const page = await laptops.open(browser, person);
    return { page, plan: new PlanListPage(page), thread: new DiscussionSection(page) };
  }

  test('the author edits after a reload (a new client id); the other laptop takes the edit, shows “edited”, has no Edit; a reply mentioning A comes back', async ({ browser }) => {
    const a = await laptop(browser, AVI);
    const b = await laptop(browser, JANE);
    await a.plan.addAction(ACTION);
    await a.plan.openDetails(ACTION);
    await a.thread.post(QUESTION);
    await a.plan.expectSaved();

    await a.page.reload();
    await a.plan.openList();
    await a.plan.openDetails(ACTION);
    const mine = a.thread.comment(QUESTION);
    await expect(a.thread.editButton(mine)).toBeVisible();
    const revised = 'Can the U.S. side confirm who leads the fab review, and by when?';
    await a.thread.edit(mine, revised);
    await expect(a.thread.comment(revised)).toContainText(say('en', 'discussion.edited'));
    await a.plan.expectSaved();

    await carryByFile(a.page, b.page);
    await b.plan.openList();
    await b.plan.openDetails(ACTION);
    const theirs = b.thread.comment(revised);
    await expect(theirs).toContainText(say('en', 'discussion.edited'));
    await expect(b.thread.comments).toHaveCount(1);
    await expect(b.thread.editButton(theirs)).toHaveCount(0);

    // The cap is said, and nothing is sent over it.
    await b.thread.composer.fill('x'.repeat(4_001));
    await expect(b.thread.section.getByRole('alert')).toContainText('4,001');
    await expect(b.thread.section.getByRole('button', { name: say('en', 'discussion.composer.send') })).toBeDisabled();
    await b.thread.composer.fill('');
    await b.thread.postMentioning('', 'avi', 'Avi Cohen', 'CAISI leads; by 15 July.');
    await b.plan.expectSaved();

    await carryByFile(b.page, a.page);
    await a.plan.openList();
    await a.plan.openDetails(ACTION);
    await expect(a.thread.comments).toHaveCount(2);
    await expect(a.thread.mentionBadge).toBeVisible();
    await expect(a.thread.editButton(a.thread.comment('CAISI leads'))).toHaveCount(0);
    await expect(a.thread.editButton(a.thread.comment(revised))).toBeVisible();
  });
});

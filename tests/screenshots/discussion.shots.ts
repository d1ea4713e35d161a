import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { carryByFile } from '../e2e/pages/carry';
import { DiscussionSection } from '../e2e/pages/discussion-page';
import { PlanListPage } from '../e2e/pages/plan-list-page';
import type { PersonInput } from '../e2e/pages/tandem-page';

const OUT = path.resolve('docs/screenshots');
test.use({ viewport: { width: 1440, height: 900 } });

const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Delegate' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Note-taker' };
const ACTION = 'Joint fab roadmap review';

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

async function laptop(browser: Browser, person: PersonInput) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('filechooser', () => undefined);
  const plan = new PlanListPage(page);
  await plan.openAs(person);
  await page.locator('.tour-invite-close').click();
  return { page, plan, thread: new DiscussionSection(page) };
}

test('a thread in the action panel, between the two delegations (discussion.png, discussion-mention.png)', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  const a = await laptop(browser, AVI);
  const b = await laptop(browser, JANE);
  await a.plan.addAction(ACTION);
  await a.plan.openDetails(ACTION);
  await a.thread.post('Before we sign off on the tier: can the U.S. side confirm who leads the fab review, CAISI or NIST?');
  await a.plan.expectSaved();
  await carryByFile(a.page, b.page);
  await b.plan.openList();
  await b.plan.openDetails(ACTION);
  await b.thread.postMentioning('', 'Avi', 'Avi Cohen', 'CAISI leads, with NIST supporting. We can have the charter draft by 15 July.');
  await b.thread.post('I will add both to the owners once the Israel side agrees.');
  await b.plan.expectSaved();
  await carryByFile(b.page, a.page);
  await a.plan.openList();
  await a.plan.openDetails(ACTION);
  await a.thread.post('מקובל עלינו. נעדכן את רשות החדשנות ונחזור עם שם איש קשר.');
  await expect(a.thread.mentionBadge).toBeVisible();
  await a.thread.section.scrollIntoViewIfNeeded();
  await a.thread.composer.click();
  await shoot(a.page, 'discussion');
  await a.thread.composer.pressSequentially('@Ja');
  await expect(a.page.getByRole('listbox')).toBeVisible();
  await a.thread.section.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await shoot(a.page, 'discussion-mention');
  await Promise.all([a.page.context().close(), b.page.context().close()]);
});


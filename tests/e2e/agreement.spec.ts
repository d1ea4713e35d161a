import { expect, test } from '@playwright/test';
import { AgreementSection, plainText } from './pages/agreement-section';
import { joinPair, startPair, type Laptop } from './pages/laptop';
import { say } from './pages/messages';
import { PlanListPage } from './pages/plan-list-page';
import type { PersonInput } from './pages/tandem-page';

/**
 * Agreement by both delegations (issue 15), on two laptops linked over the LAN: each signs for
 * its own delegation only, both see the same state; an edit after agreement reopens it on both
 * with the difference; a reservation carries its reason; an observer cannot sign.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 70;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' };
const TITLE = 'Joint AI safety testbed';
const REVISED = 'Joint AI safety testbed, phase one';
const REASON = 'Funding line needs Treasury review';
const en = (id: Parameters<typeof say>[1]) => say('en', id);

test.describe('two laptops', () => {
  test.describe.configure({ timeout: 180_000 });
  let a: Laptop;
  let b: Laptop;
  test.beforeEach(async () => {
    [a, b] = await startPair(BASE, [AVI, JANE]);
  });
  test.afterEach(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  test('U.S. agrees, Israel agrees ad referendum then agrees; an edit reopens on both with the difference; a reservation with its reason', async () => {
    await joinPair(a, b, BASE + 2);
    const planA = new PlanListPage(a.page);
    const planB = new PlanListPage(b.page);
    await planB.addAction(TITLE);
    await planA.openList();
    await planA.openDetails(TITLE);
    await planB.openDetails(TITLE);
    const avi = new AgreementSection(planA.panel);
    const jane = new AgreementSection(planB.panel);
    const rowBadge = async (plan: PlanListPage, title = TITLE) => (await plan.row(title)).getByTestId('agreement-badge');

    // Nobody has considered it: no badge, both sides say so.
    for (const view of [avi, jane]) {
      await expect(view.state('us')).toHaveText(en('agreement.state.none'));
      await expect(view.state('israel')).toHaveText(en('agreement.state.none'));
      await expect(view.badge).toHaveCount(0);
    }
    // Each signs for their own delegation only.
    await expect(jane.signBox).toContainText('Sign for U.S. as');
    await expect(avi.signBox).toContainText('Sign for Israel as');

    await jane.agree();
    for (const [plan, view] of [[planA, avi], [planB, jane]] as const) {
      await expect(view.state('us')).toHaveText(en('agreement.state.agreed'));
      await expect(view.side('us').getByTestId('agreement-signer')).toContainText('Jane Miller');
      await expect(await rowBadge(plan)).toHaveText(en('agreement.badgeShort.pending-israel'));
    }
    await expect(jane.button('agreement.sign.agree')).toBeDisabled();

    await avi.agreeAdReferendum();
    await expect(jane.state('israel')).toHaveText(en('agreement.state.ad-referendum'));
    await expect(jane.badge).toHaveText(en('agreement.badge.pending-israel'));
    await avi.agree();
    for (const [plan, view] of [[planA, avi], [planB, jane]] as const) {
      await expect(view.state('israel')).toHaveText(en('agreement.state.agreed'));
      await expect(view.badge).toHaveText(en('agreement.badge.agreed-by-both'));
      await expect(await rowBadge(plan)).toHaveText(en('agreement.badgeShort.agreed-by-both'));
    }
    // Both signed the same content: the same version mark on both sides and both laptops.
    const mark = await plainText(jane.version('us'));
    expect(mark).toMatch(/^Version [0-9a-f]{12}$/);
    for (const view of [avi, jane]) for (const side of ['us', 'israel'] as const) await expect.poll(() => plainText(view.version(side))).toBe(mark);

    // An edit of the title after agreement reopens it on both laptops, with who and what changed.
    await planB.detailField('Title').fill(REVISED);
    for (const view of [avi, jane]) {
      await expect(view.badge).toHaveText(en('agreement.badge.changed'));
      for (const side of ['us', 'israel'] as const) {
        await expect(view.state(side)).toHaveText(en('agreement.state.changed'));
        await expect.poll(() => plainText(view.side(side).getByTestId('agreement-changed-by'))).toBe('Changed after agreement by Jane Miller');
      }
      // Both signed the same version: its difference from the title now is shown once, old → new.
      const difference = view.section.getByTestId('agreement-difference');
      await expect(difference).toHaveCount(1);
      await expect(difference.locator('[data-field="title"] dt')).toHaveText(en('agreement.field.title'));
      await expect(difference.getByTestId('agreed-value')).toHaveText(TITLE);
      await expect(difference.getByTestId('current-value')).toHaveText(REVISED);
      // The earlier agreement stays in the history, newest first.
      await view.history.locator('summary').click();
      await expect(view.historyEntries()).toHaveCount(3);
      await expect(view.historyEntries().last()).toHaveAttribute('data-state', 'agreed');
    }
    await expect(await rowBadge(planA, REVISED)).toHaveText(en('agreement.badgeShort.changed'));

    // A reservation needs its reason, and both see it.
    await avi.button('agreement.sign.reserve').click();
    await avi.button('agreement.reserve.submit').click();
    await expect(avi.section.getByRole('alert')).toHaveText(en('agreement.reserve.required'));
    await expect(avi.historyEntries()).toHaveCount(3);
    await avi.reasonField.fill(REASON);
    await avi.button('agreement.reserve.submit').click();
    for (const view of [avi, jane]) {
      await expect(view.state('israel')).toHaveText(en('agreement.state.reserved'));
      await expect(view.side('israel').getByTestId('agreement-reason')).toHaveText(REASON);
    }
    // The U.S. agrees to the revised title: reserved by Israel is what the row says now.
    await jane.agree();
    for (const [plan, view] of [[planA, avi], [planB, jane]] as const) {
      await expect(view.state('us')).toHaveText(en('agreement.state.agreed'));
      await expect(await rowBadge(plan, REVISED)).toHaveText(en('agreement.badgeShort.reserved'));
    }
  });
});

test('an observer sees the agreement and no sign buttons', async ({ page }) => {
  const plan = new PlanListPage(page);
  await plan.openAs(JANE);
  await plan.addAction(TITLE);
  await plan.openDetails(TITLE);
  const view = new AgreementSection(plan.panel);
  await view.agree();
  await expect(view.state('us')).toHaveText(en('agreement.state.agreed'));
  await plan.panel.getByRole('button', { name: en('plan.panel.close'), exact: true }).click();
  await page.getByRole('button', { name: 'Change', exact: true }).click();
  await page.getByLabel('Role').selectOption({ label: 'Observer' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(plan.identityBadge).toHaveText('Jane Miller · U.S. · Observer');
  await plan.openList();
  await plan.openDetails(TITLE);
  await expect(view.state('us')).toHaveText(en('agreement.state.agreed'));
  await expect(view.section.getByTestId('agreement-observer')).toHaveText(en('agreement.observer'));
  await expect(view.signBox).toHaveCount(0);
  await expect(view.section.getByRole('button')).toHaveCount(0);
});

test.describe('in Hebrew', () => {
  test.use({ locale: 'he-IL', viewport: { width: 1440, height: 900 } });

  test('the section speaks Hebrew, right to left, and a reservation says its reason', async ({ page }) => {
    const plan = new PlanListPage(page);
    await plan.openAs({ name: 'Avi Cohen', delegation: 'Israel', role: 'Delegate' });
    await plan.openList();
    await page.locator('#new-action-title').fill(TITLE);
    await page.locator('#new-action-title').press('Enter');
    await plan.titleLink(plan.planRow(await plan.idOf(TITLE))).click();
    const view = new AgreementSection(plan.panel, 'he');
    await expect(view.section.getByRole('heading', { name: say('he', 'agreement.heading') })).toBeVisible();
    expect(await view.section.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    await expect(view.state('israel')).toHaveText(say('he', 'agreement.state.none'));
    await view.button('agreement.sign.adReferendum').click();
    await expect(view.state('israel')).toHaveText(say('he', 'agreement.state.ad-referendum'));
    await view.reserve('נדרש אישור משרד האוצר');
    await expect(view.state('israel')).toHaveText(say('he', 'agreement.state.reserved'));
    await expect(view.badge).toHaveText(say('he', 'agreement.badge.reserved'));
    // The band of the side's colour is at the start: the right edge in Hebrew.
    const side = view.side('israel');
    const start = await side.evaluate((node) => getComputedStyle(node).borderRightWidth);
    expect(start).toBe('3px');
  });
});

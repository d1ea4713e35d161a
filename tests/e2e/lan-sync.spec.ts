import { expect, test } from '@playwright/test';
import { Laptop } from './pages/laptop';
import type { PersonInput } from './pages/tandem-page';

/**
 * Two laptops (two host processes, two Chromium processes with their own profiles) in one
 * session over real WebRTC, through the session server one of them hosts.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 20;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' };

test.describe.configure({ timeout: 120_000 });

let a: Laptop;
let b: Laptop;
test.beforeEach(async () => {
  [a, b] = await Promise.all([Laptop.start('a', { port: BASE }), Laptop.start('b', { port: BASE + 1 })]);
  await Promise.all([a.openAs(AVI), b.openAs(JANE)]);
});
test.afterEach(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

test('host and join; live co-editing both ways; presence shows who edits what', async () => {
  const { address, code } = await a.host('127.0.0.1', BASE + 2);
  expect(address).toBe(`127.0.0.1:${BASE + 2}`);
  await expect(a.status).toHaveText(/Hosting · Waiting for others/);
  await b.join(address, code);
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer');
  await expect(b.status).toHaveText('Synced with 1 peer');
  await expect(a.page.getByTestId('presence')).toContainText('Jane Miller · U.S. · Delegate');
  await expect(b.page.getByTestId('presence')).toContainText('Avi Cohen · Israel · Note-taker');

  await a.tandem.openView('Plan');
  await b.tandem.openView('Plan');
  await a.tandem.addAction('Stand up the AI working group');
  await expect(b.tandem.title(1)).toHaveValue('Stand up the AI working group');
  await b.tandem.title(1).fill('Stand up the joint AI working group');
  await expect(a.tandem.title(1)).toHaveValue('Stand up the joint AI working group');
  await expect(a.tandem.rows.first()).toContainText('last edited by Jane Miller (U.S., delegate)');

  await b.tandem.title(1).focus();
  await expect(a.tandem.rows.first().getByTestId('editors')).toHaveText('Jane Miller (U.S.) is editing');
});

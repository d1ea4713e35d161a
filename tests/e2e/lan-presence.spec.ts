import { expect, test } from '@playwright/test';
import { GONE, JOINED, Laptop } from './pages/laptop';
import type { PersonInput } from './pages/tandem-page';

/**
 * Presence and the status drop a peer that goes: at once when it closes its window (it says so on
 * pagehide), after 4 s of silence when it vanishes without a word (lan-sync.ts). Two laptops, two host
 * processes, two Chromium processes, real WebRTC.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 40;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' };

test.describe.configure({ timeout: 120_000 });

let a: Laptop;
let b: Laptop;
test.beforeEach(async () => {
  [a, b] = await Promise.all([Laptop.start('a', { port: BASE }), Laptop.start('b', { port: BASE + 1 })]);
  await Promise.all([a.openAs(AVI), b.openAs(JANE)]);
  const { address, code } = await a.host('127.0.0.1', BASE + 2);
  await b.join(address, code);
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer', JOINED);
  await expect(a.page.getByTestId('presence')).toContainText('Jane Miller · U.S. · Delegate');
});
test.afterEach(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

test('B closes its window: A drops B from the status and the presence, editing marks included', async () => {
  // Jane is editing when she closes the window: the stale "editing…" is what must not linger.
  await b.tandem.openBoard();
  await b.tandem.addAction('Stand up the AI working group');
  await b.tandem.title(1).focus();
  await a.tandem.openBoard();
  await expect(a.tandem.rows.first().getByTestId('editors')).toHaveText('Jane Miller (U.S.) is editing');
  await b.page.close();
  await expect(a.tandem.rows.first().getByTestId('editors')).toHaveCount(0, GONE);
  await expect(a.status).toHaveText('Hosting · Waiting for others', GONE);
  await a.openSession();
  await expect(a.page.getByTestId('presence')).toHaveCount(0, GONE);
});

test('B vanishes without a word (its browser killed): A drops it once the link is silent', async () => {
  await a.openSession();
  b.crashBrowser();
  await expect(a.status).toHaveText('Hosting · Waiting for others', GONE);
  await expect(a.page.getByTestId('presence')).toHaveCount(0, GONE);
});

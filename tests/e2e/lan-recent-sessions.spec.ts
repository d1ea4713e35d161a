import { expect, test } from '@playwright/test';
import { JOINED, Laptop } from './pages/laptop';
import type { PersonInput } from './pages/tandem-page';

/**
 * Recent sessions: after Leave the join form is filled and Rejoin is one click; a host that ends
 * the session and hosts again keeps the code the room has read out, so the others come back by
 * themselves. Two laptops, two host processes, two Chromium processes, real WebRTC.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 50;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' };
const SCREEN = { width: 1440, height: 900 };

test.describe.configure({ timeout: 120_000 });

let a: Laptop;
let b: Laptop;
test.beforeEach(async () => {
  [a, b] = await Promise.all([Laptop.start('a', { port: BASE }), Laptop.start('b', { port: BASE + 1 })]);
  await Promise.all([a.openAs(AVI), b.openAs(JANE), a.page.setViewportSize(SCREEN), b.page.setViewportSize(SCREEN)]);
});
test.afterEach(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

test('after Leave the join form is filled and the session is listed; Rejoin is one click', async () => {
  const { address, code } = await a.host('127.0.0.1', BASE + 2);
  await b.join(address, code);
  await expect(b.status).toHaveText('Synced with 1 peer', JOINED);
  await b.leave();

  await b.openSession();
  await expect(b.page.getByLabel('Host address')).toHaveValue(address);
  await expect(b.page.getByLabel('Join code')).toHaveValue(code);
  const recent = b.page.getByTestId('recent-session');
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText(address);
  await expect(recent).toContainText('Joined');
  // The passphrase is hidden in the list: only the room part of the code is readable.
  const [room, ...passphrase] = code.split('-');
  await expect(recent).toContainText(`${room}-••••-••••-••••-••••`);
  await expect(recent).not.toContainText(passphrase.join('-'));
  await b.page.screenshot({ path: test.info().outputPath('session-after-leave-1440x900.png') });

  await recent.getByRole('button', { name: `Rejoin the session joined at ${address}` }).click();
  await expect(b.status).toHaveText('Synced with 1 peer', JOINED);
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer', JOINED);
  // Rejoining the same session does not add a second entry.
  await b.leave();
  await b.openSession();
  await expect(b.page.getByTestId('recent-session')).toHaveCount(1);
});

test('a host that ends the session and hosts again keeps the code by default; the room comes back by itself', async () => {
  const first = await a.host('127.0.0.1', BASE + 2);
  await b.join(first.address, first.code);
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer', JOINED);
  await a.leave();

  await a.openSession();
  const same = a.page.getByRole('radio', { name: /Host with the same code/ });
  await expect(same).toBeChecked();
  await expect(a.page.getByLabel('Port')).toHaveValue(String(BASE + 2));
  await expect(a.page.getByTestId('recent-session')).toContainText('Hosted');
  await a.page.screenshot({ path: test.info().outputPath('session-host-again-1440x900.png') });
  await a.page.getByRole('button', { name: 'Host session' }).click();
  await expect(a.page.getByTestId('join-code')).toHaveText(first.code);
  await expect(a.page.getByTestId('session-address')).toHaveText(first.address);
  // B never left: with the same address and code it reconnects without anyone reading anything out.
  await expect(b.status).toHaveText('Synced with 1 peer', { timeout: 20_000 }); // a re-hosted server, then the backoff of B's reconnect
  await expect(a.status).toHaveText('Hosting · Synced with 1 peer', JOINED);
  await a.page.screenshot({ path: test.info().outputPath('session-hosting-1440x900.png') });

  // A new code stays one choice away.
  await a.leave();
  await a.openSession();
  await a.page.getByRole('radio', { name: 'Make a new code' }).check();
  await a.page.getByRole('button', { name: 'Host session' }).click();
  await expect(a.page.getByTestId('join-code')).toHaveText(/\S{8}-/);
  await expect(a.page.getByTestId('join-code')).not.toHaveText(first.code);
  await a.leave();
  await a.openSession();
  await expect(a.page.getByTestId('recent-session')).toHaveCount(2);
});

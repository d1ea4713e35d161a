import { execFileSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { Laptop } from '../e2e/pages/laptop';

/**
 * Runs in a network namespace with nothing but `lo` (npm run test:e2e puts it there): two
 * laptops sync over WebRTC with no other network at all, so nothing they need lies outside the
 * room. Chromium keeps loopback out of WebRTC unless told, and shows real host addresses only to
 * pages with camera/microphone permission (the laptop fixture grants it to the app's origin).
 */
const LOOPBACK_ARGS = ['--allow-loopback-in-peer-connection'];
const BASE = 4890;

test.beforeAll(() => {
  const addresses = Object.values(networkInterfaces()).flat().filter((entry) => entry && !entry.internal);
  expect(addresses, 'this run must be inside a loopback-only network namespace (npm run test:e2e does that)').toEqual([]);
});

test.describe('two laptops that can reach each other', () => {
  let a: Laptop;
  let b: Laptop;
  test.beforeEach(async () => {
    [a, b] = await Promise.all([
      Laptop.start('a', { port: BASE, args: LOOPBACK_ARGS }),
      Laptop.start('b', { port: BASE + 1, args: LOOPBACK_ARGS }),
    ]);
    await Promise.all([
      a.openAs({ name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' }),
      b.openAs({ name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' }),
    ]);
  });
  test.afterEach(async () => {
    execFileSync('ip', ['link', 'set', 'lo', 'up']);
    await Promise.all([a?.close(), b?.close()]);
  });

  test('with only loopback there is, two laptops sync both ways', async () => {
    const { address, code } = await a.host('127.0.0.1', BASE + 2);
    await b.join(address, code);
    await expect(b.status).toHaveText('Synced with 1 peer');
    await a.tandem.openView('Plan');
    await b.tandem.openView('Plan');
    await a.tandem.addAction('Agreed in the room');
    await expect(b.tandem.title(1)).toHaveValue('Agreed in the room');
    await b.tandem.addAction('Also agreed');
    await expect(a.tandem.rows).toHaveCount(2);
  });

  test('after the network drops, peers find each other again by themselves and offline edits merge', async () => {
    const { address, code } = await a.host('127.0.0.1', BASE + 2);
    await b.join(address, code);
    await expect(b.status).toHaveText('Synced with 1 peer');
    await a.tandem.openView('Plan');
    await b.tandem.openView('Plan');
    await a.tandem.addAction('Before the drop');
    await expect(b.tandem.rows).toHaveCount(1);

    execFileSync('ip', ['link', 'set', 'lo', 'down']);
    await expect(b.status).toHaveText(/Reconnecting|Waiting for others/, { timeout: 60_000 });
    await a.tandem.addAction('Typed in Washington while the network was down');
    await b.tandem.addAction('Typed in Tel Aviv while the network was down');
    await b.tandem.title(1).fill('Before the drop, reworded offline');
    execFileSync('ip', ['link', 'set', 'lo', 'up']);

    await expect(b.status).toHaveText('Synced with 1 peer', { timeout: 90_000 });
    await expect(a.status).toHaveText('Hosting · Synced with 1 peer', { timeout: 30_000 });
    await expect(a.tandem.rows).toHaveCount(3);
    await expect(b.tandem.rows).toHaveCount(3);
    await expect.poll(async () => (await a.tandem.titles()).sort()).toEqual((await b.tandem.titles()).sort());
    expect(await a.tandem.titles()).toContain('Before the drop, reworded offline');
  });
});

test('when the network carries no laptop-to-laptop traffic, the session says so instead of waiting in silence', async () => {
  // Without the loopback flag Chromium's WebRTC has no usable address here: the laptops find each
  // other through the session server, as on a guest Wi-Fi with client isolation, but cannot connect.
  const [c, d] = await Promise.all([Laptop.start('c', { port: BASE + 3 }), Laptop.start('d', { port: BASE + 4 })]);
  try {
    await Promise.all([
      c.openAs({ name: 'Noa Katz', delegation: 'Israel', role: 'Delegate' }),
      d.openAs({ name: 'Sam Ortiz', delegation: 'U.S.', role: 'Delegate' }),
    ]);
    const { address, code } = await c.host('127.0.0.1', BASE + 5);
    await d.join(address, code);
    await expect(d.page.getByRole('alert')).toContainText('could not be reached directly', { timeout: 60_000 });
    await expect(d.status).toHaveText('Waiting for others');
  } finally {
    await Promise.all([c.close(), d.close()]);
  }
});

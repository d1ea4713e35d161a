import { execFileSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { Laptop } from '../e2e/pages/laptop';

/**
 * Runs in a network namespace with nothing but `lo` and a meeting room's network: a veth pair
 * whose ends are both inside, room0 (the laptops, 10.77.0.1) and router0 (a router that forwards
 * nowhere), made by build/e2e-loopback.mjs. Two laptops sync over WebRTC with no other network,
 * so nothing they need lies outside the room, and with no permission grant: Chromium offers a page
 * without camera/microphone permission the address of the default route's interface only, which
 * the room's router provides, as a meeting room's does.
 */
const LOOPBACK_ARGS = ['--allow-loopback-in-peer-connection'];
const BASE = 4890;
const ROOM_ROUTE = ['route', 'add', 'default', 'via', '10.77.0.254', 'dev', 'room0'];

/** Brings the network back: links up, and the route the kernel drops with its link. */
function restoreNetwork(): void {
  execFileSync('ip', ['link', 'set', 'lo', 'up']);
  execFileSync('ip', ['link', 'set', 'room0', 'up']);
  if (!execFileSync('ip', ['route', 'show', 'default']).toString().trim()) execFileSync('ip', ROOM_ROUTE);
}

test.beforeAll(() => {
  // Every interface is loopback or one end of the room's veth pair, whose other end is here too
  // (a peer in another namespace would show as "room0@ifN"): nothing leads out of the namespace.
  const links = execFileSync('ip', ['-o', 'link', 'show']).toString().trim().split('\n').map((line) => line.split(':')[1]!.trim());
  expect(links.sort(), 'this run must be inside the room namespace (build/e2e-loopback.mjs makes it)').toEqual(['lo', 'room0@router0', 'router0@room0']);
  const addresses = Object.values(networkInterfaces()).flat().filter((entry) => entry && !entry.internal && entry.family === 'IPv4');
  expect(addresses.map((entry) => entry!.address).sort()).toEqual(['10.77.0.1', '10.77.0.254']);
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
    restoreNetwork();
    await Promise.all([a?.close(), b?.close()]);
  });

  test('with only the room’s network there is, two laptops sync both ways', async () => {
    const { address, code } = await a.host('127.0.0.1', BASE + 2);
    await b.join(address, code);
    await expect(b.status).toHaveText('Synced with 1 peer');
    await a.tandem.openBoard();
    await b.tandem.openBoard();
    await a.tandem.addAction('Agreed in the room');
    await expect(b.tandem.title(1)).toHaveValue('Agreed in the room');
    await b.tandem.addAction('Also agreed');
    await expect(a.tandem.rows).toHaveCount(2);
  });

  test('after the network drops, peers find each other again by themselves and offline edits merge', async () => {
    const { address, code } = await a.host('127.0.0.1', BASE + 2);
    await b.join(address, code);
    await expect(b.status).toHaveText('Synced with 1 peer');
    await a.tandem.openBoard();
    await b.tandem.openBoard();
    await a.tandem.addAction('Before the drop');
    await expect(b.tandem.rows).toHaveCount(1);

    // Local traffic, to 127.0.0.1 and to the laptops' room address alike, goes through lo: down, it cuts both.
    execFileSync('ip', ['link', 'set', 'lo', 'down']);
    await expect(b.status).toHaveText(/Reconnecting|Waiting for others/, { timeout: 60_000 });
    await a.tandem.addAction('Typed in Washington while the network was down');
    await b.tandem.addAction('Typed in Tel Aviv while the network was down');
    await b.tandem.title(1).fill('Before the drop, reworded offline');
    restoreNetwork();

    await expect(b.status).toHaveText('Synced with 1 peer', { timeout: 90_000 });
    await expect(a.status).toHaveText('Hosting · Synced with 1 peer', { timeout: 30_000 });
    await expect(a.tandem.rows).toHaveCount(3);
    await expect(b.tandem.rows).toHaveCount(3);
    await expect.poll(async () => (await a.tandem.titles()).sort()).toEqual((await b.tandem.titles()).sort());
    expect(await a.tandem.titles()).toContain('Before the drop, reworded offline');
  });
});

test('on a network without a router (no default route), the laptops say they offer no address, why, and what to do', async () => {
  // Without the room's default route Chromium gives a page without camera/microphone permission no
  // address at all: the laptops find each other through the session server but have nothing to
  // connect to. Each says so at once, naming the browser's hiding of local addresses.
  execFileSync('ip', ['route', 'del', 'default']);
  const [c, d] = await Promise.all([Laptop.start('c', { port: BASE + 3 }), Laptop.start('d', { port: BASE + 4 })]);
  try {
    await Promise.all([
      c.openAs({ name: 'Noa Katz', delegation: 'Israel', role: 'Delegate' }),
      d.openAs({ name: 'Sam Ortiz', delegation: 'U.S.', role: 'Delegate' }),
    ]);
    const { address, code } = await c.host('127.0.0.1', BASE + 5);
    await d.join(address, code);
    for (const laptop of [c, d]) {
      await expect(laptop.page.getByRole('alert')).toContainText('This laptop offered no network address to the other laptop: the browser', { timeout: 30_000 });
      await expect(laptop.page.getByRole('alert')).toContainText('router');
    }
    await expect(d.status).toHaveText('Waiting for others');
  } finally {
    restoreNetwork();
    await Promise.all([c.close(), d.close()]);
  }
});

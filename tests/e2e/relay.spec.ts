import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { JOINED, Laptop } from './pages/laptop';
import type { PersonInput } from './pages/tandem-page';

/**
 * Two laptops that are never in a LAN session together sync through their delegation's relay: a
 * real relay process (the bundle `npm run relay` runs) on loopback, two host processes and two
 * Chromium processes with their own profiles; each connects from the Session view with the relay's
 * address and join code. Every wait is for a state on screen.
 */
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 60;
const RELAY_CODE = 'K7Q3M9XD-ABCD-EFGH-JKMN-PQRS';
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' };
const SCREEN = { width: 1440, height: 900 };

test.describe.configure({ timeout: 120_000 });

interface Relay {
  readonly address: string;
  stop(): Promise<void>;
}

/** `node dist/electron/relay.cjs` with the join code in its environment; resolves once it listens. */
async function startRelay(port: number): Promise<Relay> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-relay-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/electron/relay.cjs', '--host', '127.0.0.1', '--port', String(port), '--data', dir], {
    env: { ...process.env, TANDEM_RELAY_JOIN_CODE: RELAY_CODE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Relay listening on')) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`the relay exited (${code}):\n${out}`)));
  });
  return {
    address: `127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let relay: Relay;
let a: Laptop;
let b: Laptop;
test.beforeEach(async () => {
  [relay, a, b] = await Promise.all([startRelay(BASE + 2), Laptop.start('a', { port: BASE }), Laptop.start('b', { port: BASE + 1 })]);
  await Promise.all([a.openAs(AVI), b.openAs(JANE), a.page.setViewportSize(SCREEN), b.page.setViewportSize(SCREEN)]);
});
test.afterEach(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await relay?.stop();
});

/** Connects from the Session view; the first time, the page reloads to take the address into its policy. */
async function connectRelay(laptop: Laptop): Promise<void> {
  await laptop.openSession();
  const panel = laptop.page.getByTestId('relay-panel');
  await panel.getByLabel('Relay address').fill(relay.address);
  await panel.getByLabel('Relay code').fill(RELAY_CODE);
  await panel.getByRole('button', { name: 'Connect to relay' }).click();
  await expect(laptop.status).toHaveText('Synced with the relay', JOINED);
}

test('two laptops with no LAN session sync through the relay, and the status says so', async () => {
  await a.openSession();
  await a.page.screenshot({ path: test.info().outputPath('session-relay-form-1440x900.png') });

  await Promise.all([connectRelay(a), connectRelay(b)]);
  // Reloaded onto the Session view, which shows the relay as linked.
  const panel = a.page.getByTestId('relay-panel');
  await expect(panel.getByTestId('relay-phase')).toHaveText('Synced: this laptop and the relay hold the same workspace');
  await expect(panel.getByTestId('relay-address')).toHaveText(relay.address);
  await a.page.screenshot({ path: test.info().outputPath('session-relay-linked-1440x900.png') });

  await a.tandem.openBoard();
  await b.tandem.openBoard();
  await a.tandem.addAction('Charter the joint AI testbed');
  await expect(b.tandem.title(1)).toHaveValue('Charter the joint AI testbed', JOINED);
  await b.tandem.title(1).fill('Charter the joint AI testbed (draft 2)');
  await expect(a.tandem.title(1)).toHaveValue('Charter the joint AI testbed (draft 2)', JOINED);
  await expect(a.status).toHaveText('Synced with the relay', JOINED);

  // Disconnect: the link goes and a reload stays disconnected; the form keeps the relay for next time.
  await b.openSession();
  await b.page.getByRole('button', { name: 'Disconnect from relay' }).click();
  await expect(b.status).toHaveText('Offline');
  await b.page.reload();
  const form = b.page.getByTestId('relay-panel');
  await expect(form.getByLabel('Relay address')).toHaveValue(relay.address);
  await expect(form.getByLabel('Relay code')).toHaveValue(RELAY_CODE);
  await expect(b.status).toHaveText('Offline');
  // Connecting again needs no reload now (the address is in the page's policy already).
  await form.getByRole('button', { name: 'Connect to relay' }).click();
  await expect(b.status).toHaveText('Synced with the relay', JOINED);
});

test('a wrong relay code is refused, said in the Session view and the status', async () => {
  await a.openSession();
  const panel = a.page.getByTestId('relay-panel');
  await panel.getByLabel('Relay address').fill(relay.address);
  await panel.getByLabel('Relay code').fill('K7Q3M9XD-ZZZZ-EFGH-JKMN-PQRS');
  await panel.getByRole('button', { name: 'Connect to relay' }).click();
  await expect(a.status).toHaveText('Refused by the relay', JOINED);
  await expect(a.page.getByTestId('relay-panel').getByTestId('relay-problem')).toHaveText(/did not accept this laptop/);
  await a.page.screenshot({ path: test.info().outputPath('session-relay-refused-1440x900.png') });

  // In Hebrew, the same state in Hebrew words (the page mirrored, the address kept left to right).
  await a.page.getByLabel('Language').selectOption('he');
  await expect(a.status).toHaveText('הממסר דחה את המחשב');
  await expect(a.page.getByTestId('relay-phase')).toHaveText('נדחה');
  await expect(a.page.getByTestId('relay-problem')).toHaveText(/הממסר לא קיבל את המחשב הזה/);
  await expect(a.page.getByTestId('relay-address')).toHaveAttribute('dir', 'ltr');
  await a.page.screenshot({ path: test.info().outputPath('session-relay-refused-he-1440x900.png') });
});

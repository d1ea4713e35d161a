import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type BrowserContext, type Locator } from '@playwright/test';
import { chromium } from 'playwright-core';
import { WEBRTC_BROWSER_SWITCHES } from '../../../shared/sync/webrtc-flags';
import { TandemPage, type PersonInput } from './tandem-page';

/**
 * A laptop for LAN-sync tests: its own browser-mode host process (its own data folder, its own
 * session server when it hosts) and its own Chromium process with its own profile. Two of them
 * share nothing but the network, as two delegations' laptops do.
 */
export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

export interface LaptopOptions {
  readonly port: number;
  /** Extra Chromium flags (a loopback-only network needs some). */
  readonly args?: readonly string[];
}

/**
 * Joining takes a page reload (the session server enters the page's security policy), the room key
 * (PBKDF2), a WebRTC link and a catch-up through the gate: about 2 s here, up to ~8 s measured on a
 * busy 2-core machine. The wait is for the state, not a speed goal (speed lives in npm run bench).
 */
export const JOINED = { timeout: 15_000 };

/**
 * A peer gone is dropped at once when it says so (pagehide) and after 4 s of silence when it cannot
 * (lan-sync.ts SILENCE_LIMIT_MS, checked every 500 ms): the wait leaves a busy machine room, and is
 * not the product's figure.
 */
export const GONE = { timeout: 15_000 };

export class Laptop {
  readonly tandem: TandemPage;

  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly hostProcess: ChildProcess,
    readonly context: BrowserContext,
    private readonly dirs: readonly string[],
  ) {
    this.tandem = new TandemPage(context.pages()[0]!);
  }

  static async start(name: string, options: LaptopOptions): Promise<Laptop> {
    const dataDir = mkdtempSync(path.join(tmpdir(), `tandem-laptop-${name}-`));
    const profile = mkdtempSync(path.join(tmpdir(), `tandem-profile-${name}-`));
    const host = spawn(process.execPath, ['dist/electron/browser-mode.cjs', '--port', String(options.port), '--data-dir', dataDir, '--no-open'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      host.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /serving (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      host.once('exit', (code) => reject(new Error(`${name}'s host exited (${code}): ${out}`)));
    });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // The WebRTC switches the product's browser-mode launcher passes, and no permission grant:
      // the laptops get exactly what a user's browser gives the app (shared/sync/webrtc-flags.ts).
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        ...WEBRTC_BROWSER_SWITCHES,
        ...(options.args ?? []),
      ],
    });
    const laptop = new Laptop(name, url, host, context, [dataDir, profile]);
    await laptop.tandem.page.goto(url);
    return laptop;
  }

  get page() {
    return this.tandem.page;
  }

  async openAs(person: PersonInput): Promise<void> {
    await expect(this.tandem.identityForm.or(this.tandem.identityBadge)).toBeVisible();
    if (await this.tandem.identityForm.isVisible()) await this.tandem.completeIdentity(person);
  }

  get status(): Locator {
    return this.page.getByTestId('sync-status');
  }

  async openSession(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Session', exact: true }).click();
  }

  /** Hosts on `address:port`; returns the address and join code the screen shows. */
  async host(address: string, port: number): Promise<{ address: string; code: string }> {
    await this.openSession();
    await this.page.getByLabel('Network address').selectOption(address);
    await this.page.getByLabel('Port').fill(String(port));
    await this.page.getByRole('button', { name: 'Host session' }).click();
    await expect(this.page.getByTestId('join-code')).toHaveText(/\S{8}-/);
    return { address: (await this.page.getByTestId('session-address').textContent())!, code: (await this.page.getByTestId('join-code').textContent())! };
  }

  async join(address: string, code: string): Promise<void> {
    await this.openSession();
    await this.page.getByLabel('Host address').fill(address);
    await this.page.getByLabel('Join code').fill(code);
    await this.page.getByRole('button', { name: 'Join session' }).click();
  }

  async leave(): Promise<void> {
    await this.openSession();
    await this.page.getByRole('button', { name: /Leave session|End session/ }).click();
    await expect(this.status).toHaveText('Offline');
  }

  /**
   * Kills this laptop's Chromium outright (SIGKILL, by the pids whose command line names its own
   * profile folder): no pagehide, no goodbye, as a crash or a pulled power cord. The host process stays.
   */
  crashBrowser(): void {
    const profile = this.dirs[1]!;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      if (commandLine(entry).includes(profile)) {
        try {
          process.kill(Number(entry), 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    this.hostProcess.kill('SIGTERM');
    await new Promise((resolve) => (this.hostProcess.exitCode !== null ? resolve(null) : this.hostProcess.once('exit', resolve)));
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }
}

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** Two laptops started side by side (host processes on `base` and `base + 1`), each opened as its person. */
export async function startPair(base: number, people: readonly [PersonInput, PersonInput]): Promise<[Laptop, Laptop]> {
  const pair = await Promise.all([Laptop.start('a', { port: base }), Laptop.start('b', { port: base + 1 })]);
  await Promise.all([pair[0].openAs(people[0]), pair[1].openAs(people[1])]);
  return pair;
}

/** `host` hosts a session on 127.0.0.1:`port`, `guest` joins it; returns once the guest is synced. */
export async function joinPair(host: Laptop, guest: Laptop, port: number): Promise<void> {
  const joined = await host.host('127.0.0.1', port);
  await guest.join(joined.address, joined.code);
  await expect(guest.status).toHaveText('Synced with 1 peer', JOINED);
}

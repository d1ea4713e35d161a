import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { WEBRTC_BROWSER_SWITCHES } from './shared/sync/webrtc-flags';

/**
 * End-to-end tests drive the system Chromium (Playwright's own browsers cannot be downloaded
 * here) against the browser-mode host, which serves the production build (`npm run test:e2e`
 * builds first).
 */
// TANDEM_E2E_PORT lets two checkouts (or two engineers on one machine) run suites side by side;
// it is written back to the env so specs that need raw HTTP read the same port.
const PORT = Number((process.env.TANDEM_E2E_PORT ??= '4791'));

// One data dir per run. Playwright evaluates this file again in each worker; the workers inherit
// the runner's env, so `??=` makes them all see the dir the server was started with.
if (!process.env.TANDEM_E2E_DATA_DIR) {
  process.env.TANDEM_E2E_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-'));
  process.env.TANDEM_E2E_DATA_DIR_CREATED = '1';
}
const dataDir = process.env.TANDEM_E2E_DATA_DIR;

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'tests/e2e',
  // The run's own data dir goes when the run ends (the server has stopped by then).
  globalTeardown: './tests/e2e/global-teardown.ts',
  // 2-core machines: one worker; each test may still open two contexts (two laptops).
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // Dates are typed and shown in the browser's locale: fixed, so a test reads the same on every
    // machine; a spec that checks another locale sets its own context's.
    locale: 'en-US',
    headless: true,
    launchOptions: {
      executablePath,
      args: [
        // Chromium refuses to start as root with its sandbox on (containers, CI).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // As the product's launcher does (browser-mode-args.ts); never a permission grant.
        ...WEBRTC_BROWSER_SWITCHES,
      ],
    },
  },
  webServer: {
    command: `node dist/electron/browser-mode.cjs --port ${PORT} --data-dir "${dataDir}" --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});

import { defineConfig } from '@playwright/test';

/**
 * The LAN-sync proof that nothing leaves loopback: these specs run inside a network namespace
 * whose only interface is `lo` (build/e2e-loopback.mjs puts the run there), so any attempt to
 * reach another address — a public STUN, TURN or signaling server — has nowhere to go, and sync
 * still has to work. Each spec starts its own laptops (host + Chromium processes); no webServer.
 */
export default defineConfig({
  testDir: 'tests/e2e-loopback',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 180_000,
});

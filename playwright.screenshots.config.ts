import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: the docs/screenshots set, every main view at 1440×900 against the same
 * browser-mode host as the e2e suite. Not a test of anything (it asserts only that each view
 * rendered): it is how we look at what we built, and the README shows its pictures.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  timeout: 120_000,
});

import { defineConfig } from 'vitest/config';

/**
 * Unit and property tests run in Node: shared/ is pure, electron/host/ is Node. A renderer test
 * that needs a DOM opts in per file. This file takes precedence over vite.config.ts, whose
 * `root: 'renderer'` would otherwise hide tests/.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'shared/**/*.test.ts'],
    environment: 'node',
    // Generous: the ESLint API test loads typescript-eslint cold, and the machine has 2 cores.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    maxWorkers: 2,
  },
});

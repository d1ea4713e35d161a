import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Removes the run's data dir when playwright.config.ts made it in the temp folder (not one a person passed in). */
export default function globalTeardown(): void {
  const dir = process.env.TANDEM_E2E_DATA_DIR;
  if (dir && process.env.TANDEM_E2E_DATA_DIR_CREATED === '1' && dir.startsWith(tmpdir())) rmSync(dir, { recursive: true, force: true });
}

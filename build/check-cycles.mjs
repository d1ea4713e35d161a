// The circular-import check of `npm run lint` (Yjs runs dpdm the same way). One place for the
// flags, so tests/unit/lint/layer-rules.test.ts exercises exactly what lint runs.
//   node build/check-cycles.mjs [--cwd DIR] [globs...]   (default globs: the app's layers)
// -T drops type-only imports first: a cycle made only of `import type` costs nothing at runtime.
// Exit code: 1 when a cycle is found, 0 otherwise.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const DEFAULT_GLOBS = ['shared/**/*.ts', 'renderer/src/**/*.ts', 'renderer/src/**/*.tsx', 'electron/**/*.ts'];

const args = process.argv.slice(2);
let cwd = process.cwd();
const cwdAt = args.indexOf('--cwd');
if (cwdAt !== -1) {
  cwd = path.resolve(args[cwdAt + 1] ?? '.');
  args.splice(cwdAt, 2);
}
const globs = args.length > 0 ? args : DEFAULT_GLOBS;

const require = createRequire(import.meta.url);
const dpdmPackage = require.resolve('dpdm/package.json');
const dpdmBin = path.join(path.dirname(dpdmPackage), require(dpdmPackage).bin.dpdm);

const result = spawnSync(
  process.execPath,
  [dpdmBin, '--no-warning', '--no-tree', '--no-progress', '--transform', '--exit-code', 'circular:1', ...globs],
  { cwd, stdio: 'inherit' },
);
process.exit(result.status ?? 1);

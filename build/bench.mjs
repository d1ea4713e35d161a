// `npm run bench [-- name-filter]`: bundles each tests/bench/**/*.bench.ts with esbuild and runs it
// in its own Node process, one after another (2-core machines: never two at once). Benchmarks print
// figures and ratios; this script fails only if a benchmark throws (a correctness check), never
// because of a time.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'tests', 'bench');
const filters = process.argv.slice(2);

const files = readdirSync(benchDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.log(`No benchmark in tests/bench matches ${filters.join(', ') || '*.bench.ts'}.`);
  process.exit(0);
}

let failed = 0;
for (const file of files) {
  const outfile = path.join(root, 'dist', 'bench', file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay imports (resolved from node_modules at run time): playwright-core cannot be bundled.
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);

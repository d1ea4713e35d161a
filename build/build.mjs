// `npm run build`: the renderer with Vite, the Node/Electron entries with esbuild, into dist/.
// Any failure fails the build (non-zero exit): a missing entry is an error, not a skip.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { bundleNodeEntry, NODE_ENTRIES } from './node-entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Vite warns that the config's extensionless import of shared/ won't load under its future
// `configLoader: 'native'`; that loader needs Node's TypeScript stripping, which Node 20 lacks,
// so the bundling loader is the one we use. Revisit when the engines field moves past Node 22.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const started = performance.now();
const built = [];

let t = performance.now();
await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
built.push(`dist/renderer (vite, ${ms(t)})`);

for (const nodeEntry of NODE_ENTRIES) {
  t = performance.now();
  await bundleNodeEntry(root, nodeEntry);
  built.push(`${nodeEntry.out} (esbuild, ${ms(t)})`);
}

console.log(`Built in ${ms(started)}:`);
for (const line of built) console.log(`  ✓ ${line}`);

function ms(since) {
  return `${Math.round(performance.now() - since)} ms`;
}

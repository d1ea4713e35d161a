// `npm run build`: the renderer with Vite, the Node/Electron entries with esbuild, into dist/.
// Any failure fails the build (non-zero exit): a missing entry is an error, not a skip.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every Node-side bundle is one self-contained CommonJS file: Electron loads main and preload as CJS. */
const NODE_ENTRIES = [
  { entry: 'electron/main.ts', out: 'dist/electron/main.cjs', external: ['electron'] },
  // Sandboxed preloads may require only 'electron' (and a few polyfills), so all else is inlined.
  { entry: 'electron/preload.ts', out: 'dist/electron/preload.cjs', external: ['electron'] },
  { entry: 'electron/host/browser-mode.ts', out: 'dist/electron/browser-mode.cjs', external: [] },
];

// Vite warns that the config's extensionless import of shared/ won't load under its future
// `configLoader: 'native'`; that loader needs Node's TypeScript stripping, which Node 20 lacks,
// so the bundling loader is the one we use. Revisit when the engines field moves past Node 22.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const started = performance.now();
const built = [];

let t = performance.now();
await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
built.push(`dist/renderer (vite, ${ms(t)})`);

for (const { entry, out, external } of NODE_ENTRIES) {
  t = performance.now();
  await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    sourcemap: true,
    logLevel: 'warning',
    // The app version without bundling package.json (which would drag every script into the app).
    define: { __TANDEM_VERSION__: JSON.stringify(pkg.version) },
  });
  built.push(`${out} (esbuild, ${ms(t)})`);
}

console.log(`Built in ${ms(started)}:`);
for (const line of built) console.log(`  ✓ ${line}`);

function ms(since) {
  return `${Math.round(performance.now() - since)} ms`;
}

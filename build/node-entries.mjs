// The Node-side bundles, shared by build.mjs (all of them), signal.mjs (the signaling server alone) and
// bundle.mjs (the sync-file inspector alone).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';

export const SIGNAL_ENTRY = { entry: 'electron/host/signaling/cli.ts', out: 'dist/electron/signal.cjs', external: [] };
// sqlite3 is a native module, loaded from node_modules at run time.
export const RELAY_ENTRY = { entry: 'electron/host/relay/cli.ts', out: 'dist/electron/relay.cjs', external: ['sqlite3'] };
export const BUNDLE_ENTRY = { entry: 'electron/host/bundle/cli.ts', out: 'dist/electron/bundle.cjs', external: [] };

/** Every Node-side bundle is one self-contained CommonJS file: Electron loads main and preload as CJS. */
export const NODE_ENTRIES = [
  { entry: 'electron/main.ts', out: 'dist/electron/main.cjs', external: ['electron'] },
  // Sandboxed preloads may require only 'electron' (and a few polyfills), so all else is inlined.
  { entry: 'electron/preload.ts', out: 'dist/electron/preload.cjs', external: ['electron'] },
  { entry: 'electron/host/browser-mode.ts', out: 'dist/electron/browser-mode.cjs', external: [] },
  SIGNAL_ENTRY,
  BUNDLE_ENTRY,
  RELAY_ENTRY,
];

export async function bundleNodeEntry(root, { entry, out, external }) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
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
}

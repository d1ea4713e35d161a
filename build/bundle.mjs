// `npm run bundle -- inspect FILE [--passphrase-file F]`: bundles the sync-file inspector (the same
// esbuild settings as `npm run build`, without the renderer) and runs it in this process.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ENTRY, bundleNodeEntry } from './node-entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundleNodeEntry(root, BUNDLE_ENTRY);
// The bundle reads process.argv.slice(2): the arguments after `--` reach it unchanged.
createRequire(import.meta.url)(path.join(root, BUNDLE_ENTRY.out));

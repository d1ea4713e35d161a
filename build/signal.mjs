// `npm run signal -- --host 127.0.0.1 --port 4444`: bundles the standalone signaling server (the
// same esbuild settings as `npm run build`, without the renderer) and runs it in this process.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeEntry, SIGNAL_ENTRY } from './node-entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundleNodeEntry(root, SIGNAL_ENTRY);
// The bundle reads process.argv.slice(2): the arguments after `--` reach it unchanged.
createRequire(import.meta.url)(path.join(root, SIGNAL_ENTRY.out));

// `npm run relay -- --host 127.0.0.1 --port 4455 --data DIR`: bundles the relay (electron/host/relay/)
// and runs it in this process, as signal.mjs runs the signaling server.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeEntry, RELAY_ENTRY } from './node-entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundleNodeEntry(root, RELAY_ENTRY);
// The bundle reads process.argv.slice(2): the arguments after `--` reach it unchanged.
createRequire(import.meta.url)(path.join(root, RELAY_ENTRY.out));

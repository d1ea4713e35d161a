import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCompact } from '../../../shared/compact/load-compact';
import { buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { parseRelayArgs, RELAY_USAGE } from './cli-args';
import { startRelay } from './relay-server';

/** seeds/compact/ read from disk as the app bundles it (path under seeds/compact → parsed JSON). */
function seedFiles(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) files[path.relative(dir, full).split(path.sep).join('/')] = JSON.parse(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/**
 * The relay (`npm run relay -- --host H --port P --data DIR`), bundled to dist/electron/relay.cjs.
 * One JSON line per event on stdout (warnings on stderr), as the signaling server logs.
 */
async function main(): Promise<void> {
  let args;
  try {
    args = parseRelayArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${RELAY_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(RELAY_USAGE);
    return;
  }
  const compact = loadCompact(seedFiles(path.resolve(__dirname, '../../seeds/compact')));
  if (!compact.ok) throw new Error('The bundled seed does not load; the relay cannot start.');
  mkdirSync(args.dataDir, { recursive: true });
  const relay = await startRelay({
    host: args.host,
    port: args.port,
    dataDir: args.dataDir,
    code: args.code,
    redis: args.redis,
    seedUpdate: buildSeedUpdate(compact.data),
    log: (event) => (event.level === 'warn' ? console.error : console.log)(JSON.stringify({ time: new Date().toISOString(), ...event })),
  });
  console.log(`Relay listening on ${relay.url} (Ctrl+C to stop).`);
  const stop = (): void => void relay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

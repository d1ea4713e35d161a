import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { seedUpdateFrom } from '../bundle/seed-files';
import { parseRelayArgs, RELAY_USAGE } from './cli-args';
import { startRelay } from './relay-server';

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
  // The seed every laptop starts from, built as the inspector builds it (a bad seed throws: no start).
  const seedUpdate = seedUpdateFrom(path.resolve(__dirname, '../../seeds/compact'));
  mkdirSync(args.dataDir, { recursive: true });
  const relay = await startRelay({
    host: args.host,
    port: args.port,
    dataDir: args.dataDir,
    code: args.code,
    redis: args.redis,
    seedUpdate,
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

import { parseSignalArgs, SIGNAL_USAGE } from './cli-args';
import { startSignalingServer } from './server';

/**
 * The standalone signaling server (`npm run signal -- --host 127.0.0.1 --port 4444`), bundled to
 * dist/electron/signal.cjs. Logs one JSON line per event on stdout (warnings on stderr), so a
 * session's log can be kept and read with standard tools.
 */
async function main(): Promise<void> {
  let args;
  try {
    args = parseSignalArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${SIGNAL_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(SIGNAL_USAGE);
    return;
  }
  const server = await startSignalingServer({
    host: args.host,
    port: args.port,
    log: (event) => (event.level === 'warn' ? console.error : console.log)(JSON.stringify({ time: new Date().toISOString(), ...event })),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new Error(`Port ${args.port} on ${args.host} is in use: pick another with --port N.`);
    if (error.code === 'EADDRNOTAVAIL') throw new Error(`${args.host} is not an address of this machine: pick one of its interfaces with --host.`);
    throw error;
  });
  console.log(`Signaling server listening on ${server.url} (Ctrl+C to stop).`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

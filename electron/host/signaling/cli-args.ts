import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { DEFAULT_HOST } from './server';

/** `npm run signal -- --host H --port N`: y-webrtc's usual port, on loopback unless told otherwise. */
export const DEFAULT_SIGNAL_PORT = 4444;
export const SIGNAL_USAGE = `Usage: npm run signal -- [--host ADDRESS] [--port N]
  --host ADDRESS  interface to listen on, an IP address (default ${DEFAULT_HOST}; give this laptop's LAN address to host a session)
  --port N        TCP port, 1-65535 (default ${DEFAULT_SIGNAL_PORT})`;

export interface SignalArgs {
  readonly host: string;
  readonly port: number;
  readonly help: boolean;
}

/** Throws an Error whose message says what is wrong with the arguments; the caller adds the usage. */
export function parseSignalArgs(argv: readonly string[]): SignalArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const host = values.host ?? DEFAULT_HOST;
  // An IP literal only: a name could resolve to every interface or to one the user did not mean.
  if (isIP(host) === 0) throw new Error(`Invalid --host "${host}": give an IP address such as 127.0.0.1 or 192.168.1.20.`);
  const port = values.port === undefined ? DEFAULT_SIGNAL_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '1') || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid --port "${values.port}": give a whole number from 1 to 65535.`);
  }
  return { host, port, help: values.help };
}

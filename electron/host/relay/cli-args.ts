import { parseArgs } from 'node:util';
import { parseJoinCode, type JoinCode } from '../../../shared/sync/join-code';
import { parseSignalingAddress } from '../../../shared/sync/signaling-address';

export const DEFAULT_RELAY_PORT = 4455;
export const RELAY_USAGE = `Usage: npm run relay -- --host ADDRESS --port N --data DIR [--redis HOST:PORT]
  --host ADDRESS     interface to listen on: loopback or a private-network IPv4 address (default 127.0.0.1)
  --port N           TCP port, 1-65535 (default ${DEFAULT_RELAY_PORT}; 0 picks a free one)
  --data DIR         where relay.sqlite (the room's workspace, in plaintext) is kept
  --redis HOST:PORT  join other relays of this room through Redis (a private address too)
  The room's join code is read from the environment variable TANDEM_RELAY_JOIN_CODE
  (never from the command line, where other users of the machine could read it).`;

export interface RelayArgs {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly code: JoinCode;
  readonly redis: { readonly host: string; readonly port: number } | undefined;
  readonly help: boolean;
}

/** An address the app may reach: loopback or a private network (signaling-address.ts's rule). */
function privateAddress(what: string, host: string, port: number): void {
  const parsed = parseSignalingAddress(`${host}:${port === 0 ? 1 : port}`);
  if (!parsed.ok || !/^\d+\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`Invalid ${what} "${host}": give a loopback or private-network IPv4 address (127.0.0.1, 10.x, 172.16–31.x, 192.168.x).`);
}

function portOf(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`Invalid port "${text}": give a whole number from 0 to 65535.`);
  return port;
}

export function parseRelayArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): RelayArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { host: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' }, redis: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { host: '', port: 0, dataDir: '', code: { room: '', passphrase: '' }, redis: undefined, help: true };
  const host = values.host ?? '127.0.0.1';
  const port = portOf(values.port, DEFAULT_RELAY_PORT);
  privateAddress('--host', host, port);
  if (!values.data) throw new Error('Give --data DIR: the folder where the relay keeps the workspace.');
  const code = parseJoinCode(env.TANDEM_RELAY_JOIN_CODE ?? '');
  if (!code.ok) throw new Error(`TANDEM_RELAY_JOIN_CODE: ${code.reason}`);
  let redis: RelayArgs['redis'];
  if (values.redis !== undefined) {
    const colon = values.redis.lastIndexOf(':');
    const redisHost = colon > 0 ? values.redis.slice(0, colon) : values.redis;
    const redisPort = portOf(colon > 0 ? values.redis.slice(colon + 1) : undefined, 6379);
    privateAddress('--redis', redisHost, redisPort);
    redis = { host: redisHost, port: redisPort };
  }
  return { host, port, dataDir: values.data, code: code.code, redis, help: false };
}

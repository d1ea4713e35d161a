import path from 'node:path';
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type * as Y from 'yjs';
import type { JoinCode } from '../../../shared/sync/join-code';
import { RelayGate } from '../../../shared/sync/relay-gate';
import { checkRelayToken } from '../../../shared/sync/relay-token';
import { applySeed } from '../../../shared/workspace/seed-update';
import { createTokenBucket, type TokenBucket } from '../signaling/token-bucket';
import { DurableSQLite } from './durable-sqlite';

/**
 * The relay: an always-on peer for one room, a thin Hocuspocus configuration.
 *
 * - **Persistence**: Hocuspocus's SQLite extension (DurableSQLite: each write awaited), one file `relay.sqlite` in `dataDir`; the
 *   document starts from the canonical seed, as every laptop's does, so the gate's seed rules hold.
 * - **Scale-out**: with `redis`, Hocuspocus's Redis extension: relays on one Redis pass each
 *   other every update and awareness change, so two relays behind one address stay in step.
 * - **Who is served**: `onAuthenticate` checks the laptop's token (shared/sync/relay-token.ts):
 *   member of the room (the join code's passphrase) and which laptop (its authorship hello key).
 * - **What is kept**: every update is judged by the workspace's gate (RelayGate) before it is
 *   applied; a refused update closes that laptop's connection (4403) and changes nothing.
 * - **Limits**, as the signaling server's: frame size (ws maxPayload), messages per second per
 *   connection (token bucket), connections in all and per address.
 * The relay never writes to the workspace itself: the seed is the only content it applies.
 */
export interface RelayLimits {
  /** Largest frame, bytes. A whole workspace's first sync is a few MiB; 32 MiB bounds a client. */
  readonly maxFrameBytes: number;
  readonly ratePerSecond: number;
  readonly burst: number;
  readonly maxConnections: number;
  readonly maxConnectionsPerAddress: number;
}

export const DEFAULT_RELAY_LIMITS: RelayLimits = {
  maxFrameBytes: 32 * 1024 * 1024,
  ratePerSecond: 50,
  burst: 400,
  maxConnections: 64,
  maxConnectionsPerAddress: 8,
};

export interface RelayOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly code: JoinCode;
  readonly seedUpdate: Uint8Array;
  readonly redis?: { readonly host: string; readonly port: number } | undefined;
  readonly limits?: Partial<RelayLimits>;
  readonly log?: (event: Record<string, unknown>) => void;
}

export interface RelayHandle {
  readonly url: string;
  close(): Promise<void>;
}

/** Thrown from a hook: Hocuspocus closes the connection with this code and reason. */
class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export async function startRelay(options: RelayOptions): Promise<RelayHandle> {
  const limits = { ...DEFAULT_RELAY_LIMITS, ...options.limits };
  const log = options.log ?? (() => {});
  const gates = new Map<Y.Doc, RelayGate>();
  const buckets = new Map<string, TokenBucket>();
  const addresses = new Map<string, string>();
  const perAddress = new Map<string, number>();
  const gateOf = (doc: Y.Doc): RelayGate => {
    let gate = gates.get(doc);
    if (!gate) gates.set(doc, (gate = new RelayGate(doc)));
    return gate;
  };
  const forget = (socketId: string): void => {
    buckets.delete(socketId);
    const address = addresses.get(socketId);
    if (address === undefined) return;
    addresses.delete(socketId);
    const left = (perAddress.get(address) ?? 1) - 1;
    if (left > 0) perAddress.set(address, left);
    else perAddress.delete(address);
  };

  const extensions: NonNullable<ConstructorParameters<typeof Server>[0]>['extensions'] = [
    new DurableSQLite(path.join(options.dataDir, 'relay.sqlite')),
  ];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));

  const server = new Server(
    {
      address: options.host,
      port: options.port,
      quiet: true,
      stopOnSignals: false,
      debounce: 500,
      maxDebounce: 5_000,
      extensions,
      async onConnect({ socketId, request }) {
        const address = request.socket.remoteAddress ?? 'unknown';
        if (addresses.size >= limits.maxConnections || (perAddress.get(address) ?? 0) >= limits.maxConnectionsPerAddress) {
          log({ level: 'warn', event: 'refused', why: 'connection limit', address });
          throw new Refusal(4429, 'too many connections');
        }
        addresses.set(socketId, address);
        perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
        buckets.set(socketId, createTokenBucket(limits.ratePerSecond, limits.burst, performance.now()));
      },
      async onAuthenticate({ token, documentName, socketId }) {
        const check = await checkRelayToken(options.code, documentName, token);
        if (!check.ok) {
          log({ level: 'warn', event: 'refused', why: check.reason, socketId });
          throw new Refusal(4401, 'not authorized');
        }
        log({ level: 'info', event: 'authenticated', clientId: check.claims.clientId, name: check.claims.identity.name, socketId });
        return { clientId: check.claims.clientId };
      },
      async onLoadDocument({ document }) {
        applySeed(document, options.seedUpdate);
        gateOf(document);
      },
      async beforeHandleMessage({ update, document, socketId, connection }) {
        const bucket = buckets.get(socketId);
        if (bucket && !bucket.take(performance.now())) {
          log({ level: 'warn', event: 'refused', why: 'rate', socketId });
          throw new Refusal(4429, 'too many messages');
        }
        const verdict = gateOf(document).judge(update);
        if (!verdict.ok) {
          log({ level: 'warn', event: 'refused-update', rule: verdict.rule, reason: verdict.reason, socketId, clientId: (connection?.context as { clientId?: number } | undefined)?.clientId });
          throw new Refusal(4403, `refused: ${verdict.rule}`);
        }
      },
      async afterStoreDocument({ document }) {
        // What was written, for the operator's log and for the restart test to wait on.
        log({ level: 'info', event: 'stored', actions: document.getMap('actions').size });
      },
      async onDisconnect({ socketId }) {
        forget(socketId);
      },
      async beforeUnloadDocument({ document }) {
        gates.get(document)?.destroy();
        gates.delete(document);
      },
    },
    { noServer: true, maxPayload: limits.maxFrameBytes },
  );
  await server.listen();
  const port = server.address.port;
  return {
    url: `ws://${options.host}:${port}`,
    close: () => server.destroy(),
  };
}

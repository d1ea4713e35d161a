import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schema, upsertQuery } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';
import WebSocket, { type RawData } from 'ws';
import type * as Y from 'yjs';
import { generateKeyPair, signingKeyOf, type SigningKey } from '../../../shared/authorship/keys';
import type { JoinCode } from '../../../shared/sync/join-code';
import { relayDocumentName } from '../../../shared/sync/relay-token';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { openRelayLink, type RelayLink } from '../../../renderer/src/runtime/relay/relay-link';
import { identityOf } from './workspace';

/**
 * The relay side of the bench: the relay exactly as `npm run relay` runs it (electron/host/relay/cli.ts,
 * bundled by build/node-entries.mjs's own settings) in a child process on 127.0.0.1, default limits;
 * and laptops that are the app's relay client: openRelayLink (runtime/relay/relay-link.ts: the
 * @hocuspocus/provider on a mirror document, every update merged through the workspace's
 * ShadowGate), with ws as its WebSocket since Node 20 has none, as the unit relay tests do.
 *
 * Each laptop connects from its own loopback address (127.0.0.10 + i): the relay allows 8
 * connections per address (DEFAULT_RELAY_LIMITS), and laptops on a network each have their own.
 * Bytes are counted on each laptop's socket, both ways: WebSocket message payloads (Hocuspocus's
 * messages), not ws framing or TCP.
 *
 * The child is started with a preload that answers "cpu?" on its IPC channel with its own
 * process.cpuUsage(), so the relay's CPU is measured apart from the laptops' (this process).
 */
const CPU_PRELOAD = `data:text/javascript,${encodeURIComponent("process.on('message', () => process.send(process.cpuUsage()));")}`;

export interface RelayProcess {
  readonly url: string;
  /** User + system CPU the relay process has used, ms. */
  cpuMs(): Promise<number>;
  /** What it has logged on stderr (refusals): nothing, while honest laptops are connected. */
  refusals(): string;
  stop(): Promise<void>;
}

/**
 * `kept`: the workspace the relay holds from the room's earlier sessions (the laptops' common base),
 * written to its database before it starts, as its SQLite extension stores a document: the whole
 * state as one update under the room's document name. Without it a fresh relay would hold the seed
 * alone and every laptop's catch-up would carry the base too, which no mesh laptop sends.
 */
export async function startRelayProcess(bundle: string, code: JoinCode, codeText: string, kept: Uint8Array): Promise<RelayProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-relay-'));
  await keep(path.join(dir, 'relay.sqlite'), relayDocumentName(code), kept);
  const child: ChildProcess = spawn(process.execPath, ['--import', CPU_PRELOAD, bundle, '--host', '127.0.0.1', '--port', '0', '--data', dir], {
    env: { ...process.env, TANDEM_RELAY_JOIN_CODE: codeText },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const warnings: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => warnings.push(chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const fail = () => reject(new Error(`the relay did not start:\n${seen}${warnings.join('')}`));
    const timer = setTimeout(fail, 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      fail();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /Relay listening on (ws:\/\/[\d.]+:\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
      // The relay logs one JSON line per event; past the banner only refusals matter (kept on stderr).
      if (seen.length > 65_536) seen = seen.slice(-4096);
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    cpuMs: () =>
      new Promise((resolve) => {
        child.once('message', (usage: NodeJS.CpuUsage) => resolve((usage.user + usage.system) / 1000));
        child.send('cpu?');
      }),
    refusals: () => warnings.join('').trim(),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function keep(database: string, name: string, update: Uint8Array): Promise<void> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(database, (error) => (error ? reject(error) : resolve(opened)));
  });
  const run = (sql: string, params: Record<string, unknown>) => new Promise<void>((resolve, reject) => db.run(sql, params, (error: Error | null) => (error ? reject(error) : resolve())));
  await run(schema, {});
  await run(upsertQuery, { $name: name, $data: Buffer.from(update) });
  await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

/** Bytes over one laptop's WebSocket, both ways. */
export interface Traffic {
  bytes: number;
}

/** ws, from a chosen local address, counting every message payload each way. */
function countingSocket(localAddress: string, traffic: Traffic): typeof WebSocket {
  return class CountingSocket extends WebSocket {
    constructor(address: string) {
      super(address, { localAddress });
      // ws reports a socket closed before its handshake as 'error', which nothing hears once the provider is gone.
      this.on('error', () => {});
      this.on('message', (data: RawData) => {
        traffic.bytes += data instanceof ArrayBuffer ? data.byteLength : Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.length;
      });
    }

    override send(data: string | Buffer | Uint8Array, callback?: (error?: Error) => void): void {
      traffic.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
      super.send(data, callback);
    }
  };
}

export class RelayLaptop {
  readonly gate: ShadowGate;
  readonly traffic: Traffic = { bytes: 0 };
  readonly problems: string[] = [];
  /** Time spent in the gate's merge (the laptop's share of a catch-up that is not the provider's). */
  mergeMs = 0;
  private link: RelayLink | null = null;

  private constructor(
    readonly doc: Y.Doc,
    readonly index: number,
    private readonly key: SigningKey,
  ) {
    this.gate = new ShadowGate(doc);
  }

  static async create(doc: Y.Doc, index: number): Promise<RelayLaptop> {
    return new RelayLaptop(doc, index, await signingKeyOf(await generateKeyPair()));
  }

  connect(url: string, code: JoinCode): void {
    this.link = openRelayLink({
      url,
      code,
      doc: this.doc,
      merge: (update, origin) => {
        const started = performance.now();
        const result = this.gate.apply(update, origin);
        this.mergeMs += performance.now() - started;
        return result;
      },
      key: this.key,
      identity: identityOf(this.index),
      WebSocketPolyfill: countingSocket(`127.0.0.${10 + this.index}`, this.traffic),
      onProblem: (problem) => this.problems.push(`laptop ${this.index + 1}: ${JSON.stringify(problem)}`),
    });
  }

  close(): void {
    this.link?.close();
    this.link = null;
    this.gate.destroy();
  }
}

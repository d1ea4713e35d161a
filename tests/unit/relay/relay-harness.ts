/**
 * Real relays for the relay tests: the relay bundled as `npm run relay` bundles it
 * in child processes on loopback, `redis-server` for the scale-out test, and laptops that are the
 * app's sync code: a seeded workspace merging through its ShadowGate, linked by openRelayLink.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { generateKeyPair, signingKeyOf, type SigningKey } from '../../../shared/authorship/keys';
import { parseJoinCode, type JoinCode } from '../../../shared/sync/join-code';
import { describeRelayProblem } from '../../../shared/sync/relay-status';
import { openRelayLink, type RelayLink, type RelayPhase } from '../../../renderer/src/runtime/relay/relay-link';
import { laptop, type Laptop } from '../bundle/laptops';
import { freePort } from '../electron-host/free-port';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The relay bundled by the build's own settings, apart from dist/electron so a build never races it. */
export const RELAY_BUNDLE = 'dist/test-relay/relay.cjs';
export const CODE_TEXT = 'K7Q3M9XD-ABCD-EFGH-JKMN-PQRS';
export const CODE: JoinCode = (parseJoinCode(CODE_TEXT) as { ok: true; code: JoinCode }).code;
/** Every wait is on an event; this only bounds a wait that would otherwise hang the suite. */
export const PATIENCE_MS = 30_000;

/**
 * ws for Node, with a listener on 'error': ws reports a socket closed before its handshake ended
 * as an 'error' event, which the provider no longer listens to once destroyed (a browser's
 * WebSocket has no such event to leave unheard).
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export interface RelayProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it logged (stdout and stderr), one JSON event or message per line. */
  readonly lines: string[];
  /** Resolves with the first line `match` accepts (already logged or to come). */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  stop(): Promise<void>;
}

export function dataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'tandem-relay-'));
}

/** `bundle`: where this test file bundled the relay (each file its own, so files running at once never race one build). */
export async function startRelayProcess(options: { dir: string; port?: number; redisPort?: number; code?: string; bundle?: string }): Promise<RelayProcess> {
  const port = options.port ?? (await freePort());
  const args = [path.join(ROOT, options.bundle ?? RELAY_BUNDLE), '--host', '127.0.0.1', '--port', String(port), '--data', options.dir];
  if (options.redisPort) args.push('--redis', `127.0.0.1:${options.redisPort}`);
  const child = spawn(process.execPath, args, { env: { ...process.env, TANDEM_RELAY_JOIN_CODE: options.code ?? CODE_TEXT }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  const read = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter((line) => line.length > 0));
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const waitForLine = (match: (line: string) => boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = lines.find(match);
        if (found !== undefined) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`relay never logged the line awaited; it logged:\n${lines.join('\n')}`));
      }, PATIENCE_MS);
      listeners.add(check);
      check();
    });
  await waitForLine((line) => line.startsWith('Relay listening on'));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `ws://127.0.0.1:${port}`,
    child,
    lines,
    waitForLine,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startRedis(): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${seen}`)), PATIENCE_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface RelayLaptop extends Laptop {
  readonly key: SigningKey;
  link: RelayLink | null;
  readonly phases: RelayPhase[];
  /** Resolves once the link has been in `phase` (now or later). */
  whenPhase(phase: RelayPhase): Promise<void>;
  readonly problems: string[];
  connect(url: string, code?: JoinCode): RelayLink;
  disconnect(): void;
}

export async function relayLaptop(identity: Identity): Promise<RelayLaptop> {
  const base = laptop(identity);
  const key = await signingKeyOf(await generateKeyPair());
  const phaseListeners = new Set<() => void>();
  const self: RelayLaptop = {
    ...base,
    key,
    link: null,
    phases: [],
    problems: [],
    whenPhase: (phase) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (!self.phases.includes(phase)) return;
          phaseListeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          phaseListeners.delete(check);
          reject(new Error(`the relay link was never ${phase} (it was: ${self.phases.join(', ')})`));
        }, PATIENCE_MS);
        phaseListeners.add(check);
        check();
      }),
    connect(url, code = CODE) {
      self.link = openRelayLink({
        url,
        code,
        doc: base.doc,
        merge: base.merge,
        key,
        identity,
        WebSocketPolyfill: NodeWebSocket,
        onPhase: (phase) => {
          self.phases.push(phase);
          for (const listener of [...phaseListeners]) listener();
        },
        onProblem: (problem) => self.problems.push(describeRelayProblem(problem)),
      });
      return self.link;
    },
    disconnect() {
      self.link?.close();
      self.link = null;
    },
  };
  return self;
}

/** Resolves once `condition` holds, checked now and after every update of `docs`. */
export function whenTrue(docs: readonly Y.Doc[], condition: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!condition()) return;
      for (const doc of docs) doc.off('update', check);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      for (const doc of docs) doc.off('update', check);
      reject(new Error(`never happened: ${what}`));
    }, PATIENCE_MS);
    for (const doc of docs) doc.on('update', check);
    check();
  });
}

/** Two workspaces hold the same content: the same state vector and the same JSON. */
export function sameContent(a: Y.Doc, b: Y.Doc): boolean {
  const vector = (doc: Y.Doc) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([x], [y]) => x - y));
  return vector(a) === vector(b) && stable(a.toJSON()) === stable(b.toJSON());
}

/** JSON with every object's keys sorted: a Y.Map's order is its insertion order on each replica. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function converged(laptops: readonly Laptop[]): Promise<void> {
  return whenTrue(
    laptops.map((one) => one.doc),
    () => laptops.every((one) => sameContent(one.doc, laptops[0]!.doc)),
    `${laptops.map((one) => one.identity.name).join(', ')} converge`,
  );
}

export function titles(doc: Y.Doc): string[] {
  return [...doc.getMap<Y.Map<unknown>>('actions').values()].map((record) => String(record.get('title'))).sort();
}

import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateKeyPair, signingKeyOf } from '../../../shared/authorship/keys';
import { parseJoinCode, type JoinCode } from '../../../shared/sync/join-code';
import { createRelayToken, relayDocumentName } from '../../../shared/sync/relay-token';
import { addAction } from '../../../shared/workspace/actions';
import { AVI, SAM, SEED_UPDATE } from '../bundle/laptops';
import { NodeWebSocket, RELAY_BUNDLE, converged, dataDir, relayLaptop, ROOT, startRedis, startRelayProcess, titles, whenTrue, CODE, type RelayLaptop, type RelayProcess } from './relay-harness';

const NOW = new Date('2026-07-01T09:30:00.000Z');
const DANA = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' } as const;

/**
 * The relay as laptops meet it: real relay processes (the bundle `npm run relay` runs) on
 * loopback, laptops that are the app's own sync code (a seeded workspace, its ShadowGate, the
 * runtime's relay link). Every wait is on an event (a document update, a log line, a phase).
 */
describe('a relay between laptops', { timeout: 90_000 }, () => {
  const running: RelayProcess[] = [];
  const laptops: RelayLaptop[] = [];
  beforeAll(async () => {
    // build/node-entries.mjs, the build's own esbuild settings (plain JS: imported by path, typed here).
    const entries = path.join(ROOT, 'build/node-entries.mjs');
    const { bundleNodeEntry, RELAY_ENTRY } = (await import(entries)) as { RELAY_ENTRY: { external: string[] }; bundleNodeEntry(root: string, entry: { entry: string; out: string; external: string[] }): Promise<void> };
    await bundleNodeEntry(ROOT, { entry: 'electron/host/relay/cli.ts', out: RELAY_BUNDLE, external: RELAY_ENTRY.external });
  }, 120_000);
  afterEach(async () => {
    for (const one of laptops.splice(0)) one.disconnect();
    for (const close of clients.splice(0)) close();
    await Promise.all(running.splice(0).map((relay) => relay.stop()));
  });
  const relay = async (options: Parameters<typeof startRelayProcess>[0]) => {
    const started = await startRelayProcess(options);
    running.push(started);
    return started;
  };
  const person = async (identity: typeof AVI) => {
    const one = await relayLaptop(identity);
    laptops.push(one);
    return one;
  };

  it('carries two laptops’ edits both ways through one relay', async () => {
    const server = await relay({ dir: dataDir() });
    const avi = await person(AVI);
    const sam = await person(SAM);
    avi.connect(server.url);
    sam.connect(server.url);
    avi.edit((doc) => addAction(doc, { title: 'Joint AI testbed charter' }, NOW));
    sam.edit((doc) => addAction(doc, { title: 'Quantum PQC pilot' }, NOW));
    await converged([avi, sam]);
    expect(titles(avi.doc)).toEqual(expect.arrayContaining(['Joint AI testbed charter', 'Quantum PQC pilot']));
    expect(avi.problems).toEqual([]);
    expect(sam.problems).toEqual([]);
  });

  it('keeps the workspace across a restart: a laptop that joins afterwards gets it from the relay alone', async () => {
    const dir = dataDir();
    const first = await relay({ dir });
    const avi = await person(AVI);
    avi.connect(first.url);
    avi.edit((doc) => addAction(doc, { title: 'Kept by the relay' }, NOW));
    const actions = avi.doc.getMap('actions').size;
    await first.waitForLine((line) => line.includes('"event":"stored"') && line.includes(`"actions":${actions}`));
    avi.disconnect();
    await first.stop();
    running.splice(running.indexOf(first), 1);

    const second = await relay({ dir });
    const sam = await person(SAM);
    sam.connect(second.url);
    await whenTrue([sam.doc], () => titles(sam.doc).includes('Kept by the relay'), 'Sam receives what the relay kept').catch((error: Error) => {
      throw new Error(`${error.message}\nSam's link: ${sam.phases.join(', ')}; problems: ${sam.problems.join('; ')}\nfirst relay:\n${first.lines.join('\n')}\nsecond relay:\n${second.lines.join('\n')}`);
    });
  });

  it('catches up a laptop that was offline while both sides edited', async () => {
    const server = await relay({ dir: dataDir() });
    const avi = await person(AVI);
    const sam = await person(SAM);
    avi.connect(server.url);
    sam.connect(server.url);
    await converged([avi, sam]);
    sam.disconnect();
    for (let i = 0; i < 20; i++) avi.edit((doc) => addAction(doc, { title: `Avi online ${i}` }, NOW));
    for (let i = 0; i < 20; i++) sam.edit((doc) => addAction(doc, { title: `Sam offline ${i}` }, NOW));
    await whenTrue([avi.doc], () => titles(avi.doc).filter((title) => title.startsWith('Avi online')).length === 20, 'Avi’s edits are made');
    expect(titles(avi.doc).some((title) => title.startsWith('Sam offline'))).toBe(false);
    sam.connect(server.url);
    await converged([avi, sam]);
    expect(titles(sam.doc).filter((title) => / (online|offline) /.test(title))).toHaveLength(40);
  });

  it('refuses a laptop without the room’s join code, and serves it nothing', async () => {
    const server = await relay({ dir: dataDir() });
    const avi = await person(AVI);
    avi.connect(server.url);
    avi.edit((doc) => addAction(doc, { title: 'Room only' }, NOW));
    const outsider = await person(DANA);
    const wrong = (parseJoinCode('K7Q3M9XD-ZZZZ-EFGH-JKMN-PQRS') as { ok: true; code: JoinCode }).code;
    outsider.connect(server.url, wrong);
    await server.waitForLine((line) => line.includes('"event":"refused"') && line.includes('not a member of the room'));
    await outsider.whenPhase('refused');
    expect(titles(outsider.doc)).not.toContain('Room only');
  });

  it('refuses a token whose laptop key does not prove its client id', async () => {
    const server = await relay({ dir: dataDir() });
    const key = await signingKeyOf(await generateKeyPair());
    const doc = new Y.Doc();
    // A valid token for client 1234 presented by a connection claiming to be another: the proof binds the id.
    const token = await createRelayToken(CODE, key, 1234, AVI);
    const forged = JSON.stringify({ ...JSON.parse(token), clientId: 5678 });
    const refused = await viaProvider(server.url, doc, forged);
    expect(refused).toBe('refused');
    await server.waitForLine((line) => line.includes('"event":"refused"'));
  });

  it('refuses a hostile update: the laptop is cut off and no other laptop ever receives it', async () => {
    const server = await relay({ dir: dataDir() });
    const sam = await person(SAM);
    sam.connect(server.url);
    // A client with a valid token but without the gate: it writes a non-record where an action belongs.
    const key = await signingKeyOf(await generateKeyPair());
    const hostile = new Y.Doc();
    Y.applyUpdate(hostile, SEED_UPDATE);
    const connected = await viaProvider(server.url, hostile, await createRelayToken(CODE, key, hostile.clientID, DANA), () => {
      hostile.getMap('actions').set('smuggled', 'not a record');
    });
    expect(connected).toBe('synced');
    await server.waitForLine((line) => line.includes('"event":"refused-update"'));
    const avi = await person(AVI);
    avi.connect(server.url);
    avi.edit((doc) => addAction(doc, { title: 'After the attempt' }, NOW));
    await whenTrue([sam.doc], () => titles(sam.doc).includes('After the attempt'), 'Sam receives the honest edit');
    expect(sam.doc.getMap('actions').has('smuggled')).toBe(false);
    expect(avi.doc.getMap('actions').has('smuggled')).toBe(false);
    expect(sam.problems).toEqual([]);
  });

  describe('two relays joined by Redis', () => {
    let redis: Awaited<ReturnType<typeof startRedis>>;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis.stop();
    });

    it('keep two laptops in step when each laptop reaches a different relay', async () => {
      const one = await relay({ dir: dataDir(), redisPort: redis.port });
      const two = await relay({ dir: dataDir(), redisPort: redis.port });
      const avi = await person(AVI);
      const sam = await person(SAM);
      avi.connect(one.url);
      sam.connect(two.url);
      avi.edit((doc) => addAction(doc, { title: 'Through relay one' }, NOW));
      sam.edit((doc) => addAction(doc, { title: 'Through relay two' }, NOW));
      await converged([avi, sam]);
      expect(titles(sam.doc)).toEqual(expect.arrayContaining(['Through relay one', 'Through relay two']));
    });
  });
});

const clients: (() => void)[] = [];

/** A bare Hocuspocus provider (no gate, no relay link): what a hostile or outside client would run. */
function viaProvider(url: string, doc: Y.Doc, token: string, afterSync?: () => void): Promise<'synced' | 'refused'> {
  return new Promise((resolve, reject) => {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: NodeWebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: relayDocumentName(CODE),
      document: doc,
      token,
      onAuthenticationFailed: () => {
        done('refused');
      },
      onSynced: ({ state }) => {
        if (!state) return;
        afterSync?.();
        // Give the write to the socket before this client goes away: resolve on the next close or after the send.
        setImmediate(() => done('synced'));
      },
    });
    provider.attach();
    clients.push(() => {
      provider.destroy();
      socket.destroy();
    });
    const timer = setTimeout(() => reject(new Error('the relay neither served nor refused the client')), 30_000);
    function done(result: 'synced' | 'refused'): void {
      clearTimeout(timer);
      resolve(result);
    }
  });
}

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signingKeyOf } from '../../../shared/authorship/keys';
import type { RelayStatus } from '../../../shared/sync/relay-status';
import { relaySettingsKey } from '../../../shared/sync/relay-settings';
import { addAction } from '../../../shared/workspace/actions';
import { openRelayLink } from '../../../renderer/src/runtime/relay/relay-link';
import { RelaySession } from '../../../renderer/src/runtime/relay-session';
import { AVI, laptop, SAM } from '../bundle/laptops';
import { CODE_TEXT, dataDir, NodeWebSocket, PATIENCE_MS, ROOT, startRelayProcess, titles, whenTrue, type RelayProcess } from './relay-harness';

const NOW = new Date('2026-07-01T09:30:00.000Z');
/** This file's own relay bundle: relay.test.ts builds RELAY_BUNDLE at the same time. */
const BUNDLE = 'dist/test-relay/relay-session.cjs';

/**
 * The runtime's RelaySession (what the Session view drives) against a real relay process: the
 * relay chosen is remembered per workspace, the page reloads once for an address its security
 * policy does not list, a reopened workspace connects again by itself, and Disconnect forgets.
 */
describe('a workspace linked to a relay', { timeout: 90_000 }, () => {
  let relay: RelayProcess;
  beforeAll(async () => {
    const entries = path.join(ROOT, 'build/node-entries.mjs');
    const { bundleNodeEntry, RELAY_ENTRY } = (await import(entries)) as { RELAY_ENTRY: { external: string[] }; bundleNodeEntry(root: string, entry: { entry: string; out: string; external: string[] }): Promise<void> };
    await bundleNodeEntry(ROOT, { entry: 'electron/host/relay/cli.ts', out: BUNDLE, external: RELAY_ENTRY.external });
    relay = await startRelayProcess({ dir: dataDir(), bundle: BUNDLE });
  }, 120_000);
  afterAll(async () => {
    await relay?.stop();
  });

  /** A laptop's RelaySession over a settings map and a host whose page policy lists `served`. */
  async function linked(identity: typeof AVI, settings = new Map<string, unknown>(), served = new Set<string>()) {
    const one = laptop(identity);
    const statuses: RelayStatus[] = [];
    const reloads: number[] = [];
    const waiters = new Set<() => void>();
    const session = new RelaySession({
      workspace: { doc: one.doc, mergeRemote: one.merge },
      identity,
      key: await signingKeyOf(await generateKeyPair()),
      settings: {
        get: async (key) => settings.get(key),
        put: async (key, value) => void settings.set(key, value),
      },
      workspaceId: 'default',
      host: { allowSessionServer: async (url) => ({ reloadNeeded: !served.has(url) }) },
      sink: {
        setRelayStatus: (status) => {
          statuses.push(status);
          for (const waiter of [...waiters]) waiter();
        },
      },
      reloadForSessionServer: () => reloads.push(Date.now()),
      openLink: (options) => openRelayLink({ ...options, WebSocketPolyfill: NodeWebSocket }),
    });
    const whenPhase = (phase: RelayStatus['phase']) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (statuses.at(-1)?.phase !== phase) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => reject(new Error(`never ${phase}: ${statuses.map((s) => s.phase).join(', ')}`)), PATIENCE_MS);
        waiters.add(check);
        check();
      });
    return { ...one, session, statuses, reloads, settings, served, whenPhase };
  }

  it('remembers the relay, reloads once for the page policy, connects after the reload, and syncs', async () => {
    const address = relay.url.replace('ws://', '');
    const avi = await linked(AVI);
    expect(await avi.session.connect(address, CODE_TEXT)).toBeNull();
    // Not in the page's policy yet: saved, then the page reloads; nothing connected.
    expect(avi.reloads).toHaveLength(1);
    expect(avi.statuses).toEqual([]);
    expect(avi.settings.get(relaySettingsKey('default'))).toEqual({ url: relay.url, code: CODE_TEXT, linked: true });

    // The reloaded page (the same settings, the address now served) connects by itself.
    avi.served.add(relay.url);
    const reloaded = await linked(AVI, avi.settings, avi.served);
    await reloaded.session.attach();
    await reloaded.whenPhase('synced');
    expect(reloaded.statuses.at(-1)).toEqual({ phase: 'synced', url: relay.url, problem: null });

    const sam = await linked(SAM, new Map(), new Set([relay.url]));
    expect(await sam.session.connect(address, CODE_TEXT)).toBeNull();
    reloaded.edit((doc) => addAction(doc, { title: 'Through the relay' }, NOW));
    await whenTrue([sam.doc], () => titles(sam.doc).includes('Through the relay'), 'Sam receives Avi’s action');

    await sam.session.disconnect();
    expect(sam.statuses.at(-1)).toEqual({ phase: 'off', url: null, problem: null });
    // Remembered to fill the form, not linked: a reopened workspace stays disconnected.
    expect(sam.settings.get(relaySettingsKey('default'))).toEqual({ url: relay.url, code: CODE_TEXT, linked: false });
    const reopened = await linked(SAM, sam.settings, sam.served);
    await reopened.session.attach();
    expect(reopened.statuses).toEqual([]);
    expect((await reopened.session.saved())?.url).toBe(relay.url);
    reloaded.session.detach();
  });

  it('says so when the relay refuses the join code, and refuses a public address before anything', async () => {
    const dana = await linked(AVI, new Map(), new Set([relay.url]));
    expect(await dana.session.connect(relay.url, 'K7Q3M9XD-ZZZZ-EFGH-JKMN-PQRS')).toBeNull();
    await dana.whenPhase('refused');
    expect(dana.statuses.at(-1)?.problem).toEqual({ kind: 'refused' });
    dana.session.detach();

    const other = await linked(SAM);
    expect(await other.session.connect('8.8.8.8:4455', CODE_TEXT)).toMatch(/not an address on a local network/);
    expect(other.settings.size).toBe(0);
  });
});

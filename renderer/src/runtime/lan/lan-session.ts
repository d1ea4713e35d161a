import type { Identity } from '../../../../shared/identity/identity';
import { createJoinCode, formatJoinCode, parseJoinCode } from '../../../../shared/sync/join-code';
import { parseSignalingAddress } from '../../../../shared/sync/signaling-address';
import { useTandemStore } from '../../state/store';
import { getHost } from '../host/bridge';
import type { TandemDb } from '../storage/tandem-db';
import type { WorkspaceSession } from '../workspace-session';
import { LanSync } from './lan-sync';
import { clearSessionSettings, loadSessionSettings, saveSessionSettings, type SessionSettings } from '../storage/session-settings';
import { OFFLINE } from '../../../../shared/sync/sync-status';
import { watchEditing } from '../../shell/watch-editing';
import { recordPeerState } from '../storage/peer-store';
import { rememberViewForReload } from '../../shell/view-after-reload';

/**
 * Joining, hosting and leaving a LAN session, for the open workspace. boot.ts attaches the
 * workspace once it is open (and detaches it before closing it); the session settings make a
 * reload or a restart rejoin by itself.
 *
 * Joining an address the page's security policy does not list yet takes a reload: the settings
 * are saved first, so the reloaded page joins at once.
 */
interface Attached {
  readonly workspace: WorkspaceSession;
  readonly identity: Identity;
  readonly db: TandemDb | null;
}

let attached: Attached | null = null;
let lan: LanSync | null = null;
let stopEditing: (() => void) | null = null;
let current: SessionSettings | null = null;
/**
 * Bumped by every start, leave and detach. A start that finds it changed after one of its awaits
 * was overtaken (a Leave clicked meanwhile, a second Join, the workspace closing) and gives up, so
 * no session is ever left running unseen or brought back after a Leave.
 */
let generation = 0;

const store = () => useTandemStore.getState();

export const lanSession = {
  async attach(workspace: WorkspaceSession, identity: Identity, db: TandemDb | null): Promise<void> {
    attached = { workspace, identity, db };
    listenForNetworkReturn();
    const saved = current ?? (db ? await loadSessionSettings(db).catch(() => null) : null);
    if (!saved) return;
    const problem = await start(saved, false);
    if (problem) store().setSyncProblem({ message: `Could not rejoin the session at ${saved.url.replace(/^ws:\/\//, '')}: ${problem}`, at: Date.now() });
  },

  detach(): void {
    generation++;
    stopLan();
    attached = null;
    store().setSyncStatus(OFFLINE);
  },

  /** Hosts a session on `address:port` with a new join code, and joins it. Returns an error message or null. */
  async host(address: string, port: number): Promise<string | null> {
    try {
      const info = await getHost().startHosting(address, port);
      const code = createJoinCode(crypto.getRandomValues(new Uint8Array(24)));
      return await start({ url: info.url, code, hosting: { address, port } }, true);
    } catch (error) {
      return describe(error);
    }
  },

  /** Joins the session at `addressInput` with `codeInput`. Returns an error message or null. */
  async join(addressInput: string, codeInput: string): Promise<string | null> {
    const url = parseSignalingAddress(addressInput);
    if (!url.ok) return url.reason;
    const code = parseJoinCode(codeInput);
    if (!code.ok) return code.reason;
    return start({ url: url.url, code: code.code, hosting: null }, true);
  },

  /** Leaves the session (and stops hosting it): this laptop works offline until it joins again. */
  async leave(): Promise<void> {
    const hosting = current?.hosting;
    current = null;
    generation++;
    stopLan();
    store().setJoinCode(null);
    store().setSyncStatus(OFFLINE);
    if (attached?.db) await clearSessionSettings(attached.db).catch(() => undefined);
    if (hosting) await getHost().stopHosting().catch(() => undefined);
  },

  /** After a wake from sleep or a network change: reconnect now rather than after timeouts. */
  reconnect(): void {
    lan?.reconnect();
  },
};

async function start(settings: SessionSettings, fresh: boolean): Promise<string | null> {
  if (!attached) return 'The workspace is not open yet.';
  const { workspace, identity, db } = attached;
  if (identity.role === 'observer' && settings.hosting) return 'An observer cannot host a session.';
  const run = ++generation;
  const overtaken = () => run !== generation;
  try {
    // A restarted host process no longer runs the server this laptop hosted: start it again.
    if (settings.hosting && !fresh) {
      const info = await getHost().hostingInfo();
      if (!info || info.url !== settings.url) await getHost().startHosting(settings.hosting.address, settings.hosting.port);
    }
    const { reloadNeeded } = await getHost().allowSessionServer(settings.url);
    if (overtaken()) return null;
    current = settings;
    if (db) await saveSessionSettings(db, settings);
    if (overtaken()) {
      // A Leave during the save: its clear may have landed first, so clear again.
      if (current === null && db) await clearSessionSettings(db).catch(() => undefined);
      return null;
    }
    if (reloadNeeded) {
      rememberViewForReload('session');
      window.location.reload();
      return null;
    }
  } catch (error) {
    return describe(error);
  }
  stopLan();
  store().setSyncProblem(null);
  store().setJoinCode(formatJoinCode(settings.code));
  const started = await LanSync.start({
    url: settings.url,
    code: settings.code,
    doc: workspace.doc,
    identity,
    merge: (update, origin) => workspace.mergeRemote(update, origin),
    events: {
      onPhase: (phase, peers) =>
        store().setSyncStatus({ phase, peers, hosting: settings.hosting !== null, url: settings.url, room: settings.code.room }),
      onPresence: (presence) => store().setPresence(presence),
      onProblem: (message) => store().setSyncProblem({ message, at: Date.now() }),
      onPeerState: (hello, stateVector) => {
        if (db) void recordPeerState(db, { ...hello.identity, clientId: hello.clientId }, stateVector, 'peer').catch(() => undefined);
      },
    },
  });
  if (overtaken()) {
    started.stop();
    return null;
  }
  lan = started;
  stopEditing = watchEditing((actionId) => lan?.setEditing(actionId));
  return null;
}

let listening = false;

/** The network coming back (a cable, Wi-Fi, a wake from sleep) is the moment to reconnect. */
function listenForNetworkReturn(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('online', () => lanSession.reconnect());
}

function stopLan(): void {
  stopEditing?.();
  stopEditing = null;
  lan?.stop();
  lan = null;
  store().setPresence([]);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

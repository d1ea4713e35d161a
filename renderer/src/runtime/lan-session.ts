import type { Identity } from '../../../shared/identity/identity';
import type { HostApi } from '../../../shared/host/host-api';
import { createJoinCode, formatJoinCode, parseJoinCode, type JoinCode } from '../../../shared/sync/join-code';
import { encodeRecentSessions, parseRecentSessions, recentSessionsKey, rememberSession, type RecentSession } from '../../../shared/sync/recent-sessions';
import { parseSignalingAddress } from '../../../shared/sync/signaling-address';
import { syncProblem } from '../../../shared/sync/sync-problem';
import { OFFLINE } from '../../../shared/sync/sync-status';
import type { RuntimeSink } from './runtime-sink';
import type { PeerStore, SettingsStore } from '../../../shared/local-store/local-store';
import type { SessionSettings } from '../../../shared/sync/session-settings';
import type { WorkspaceSession } from './workspace-session';
import type { Awareness } from 'y-protocols/awareness';
import { LanSync } from './lan/lan-sync';
import type { HelloKeyJson } from '../../../shared/authorship/hello-key';
import type { PeerHello } from '../../../shared/sync/peer-session';

export interface LanSessionDeps {
  readonly workspace: WorkspaceSession;
  readonly identity: Identity;
  /** Where each peer's state is recorded, for "changes for a peer" files. */
  readonly peers: PeerStore;
  /** Where the session this laptop is in is remembered, so a reload or restart rejoins it. */
  readonly settings: Pick<SettingsStore, 'loadSession' | 'saveSession' | 'clearSession' | 'get' | 'put'>;
  /** The open workspace: recent sessions are remembered per workspace. */
  readonly workspaceId: string;
  readonly host: HostApi;
  readonly sink: Pick<RuntimeSink, 'setSyncStatus' | 'setPresence' | 'setSyncProblem' | 'setJoinCode'>;
  /** The page must reload to take a new session server into its security policy (the shell does it). */
  readonly reloadForSessionServer: () => void;
  /** This laptop's key for its hello, and where the keys peers prove in theirs are learned (authorship/). */
  readonly keys?: {
    helloKey(clientId: number, identity: Identity): Promise<HelloKeyJson>;
    learnFromHello(hello: PeerHello): Promise<boolean>;
  };
}

/**
 * Joining, hosting and leaving a LAN session, for one open workspace: the runtime makes one,
 * `attach`es it once the workspace is open and `detach`es it before closing. The session settings
 * make a reload or a restart rejoin by itself.
 *
 * Joining an address the page's security policy does not list yet takes a reload: the settings
 * are saved first, so the reloaded page joins at once.
 */
export class LanSession {
  private lan: LanSync | null = null;
  private editing: string | null = null;
  /**
   * Bumped by every start, leave and detach. A start that finds it changed after one of its awaits
   * was overtaken (a Leave clicked meanwhile, a second Join, the workspace closing) and gives up, so
   * no session is ever left running unseen or brought back after a Leave.
   */
  private generation = 0;
  private detached = false;
  private listening = false;
  /** The session being joined or in, null after a Leave. */
  private current: SessionSettings | null = null;

  /** Who is told when the session's awareness comes and goes (the minutes editor's carets). */
  private readonly awarenessWatchers = new Set<(awareness: Awareness | null) => void>();

  constructor(private readonly deps: LanSessionDeps) {}

  /** The live session's y-protocols Awareness (presence and carets), or null while offline. */
  get awareness(): Awareness | null {
    return this.lan?.awareness ?? null;
  }

  /** Calls `watcher` now and whenever a session starts or stops; returns the unsubscribe. */
  watchAwareness(watcher: (awareness: Awareness | null) => void): () => void {
    this.awarenessWatchers.add(watcher);
    watcher(this.awareness);
    return () => this.awarenessWatchers.delete(watcher);
  }

  private announceAwareness(): void {
    for (const watcher of this.awarenessWatchers) watcher(this.awareness);
  }

  /** Rejoins the session this laptop was in, if any; a failure is shown as the sync problem. */
  async attach(): Promise<void> {
    // The network coming back (a cable, Wi-Fi, a wake from sleep) is the moment to reconnect.
    window.addEventListener('online', this.onOnline);
    this.listening = true;
    const saved = await this.deps.settings.loadSession().catch(() => null);
    if (!saved || this.detached) return;
    const problem = await this.start(saved, false);
    if (problem) this.deps.sink.setSyncProblem(syncProblem({ kind: 'rejoinFailed', address: saved.url.replace(/^ws:\/\//, ''), detail: problem }));
  }

  detach(): void {
    this.detached = true;
    this.generation++;
    if (this.listening) window.removeEventListener('online', this.onOnline);
    this.listening = false;
    this.stopLan();
    this.deps.sink.setSyncStatus(OFFLINE);
  }

  /**
   * Hosts a session on `address:port` and joins it: with `sameCode`, the code the room already has
   * (a recent session's), else a new one. Returns an error message or null.
   */
  async host(address: string, port: number, sameCode?: JoinCode): Promise<string | null> {
    try {
      const info = await this.deps.host.startHosting(address, port);
      const code = sameCode ?? createJoinCode(crypto.getRandomValues(new Uint8Array(24)));
      return await this.start({ url: info.url, code, hosting: { address, port } }, true);
    } catch (error) {
      return describe(error);
    }
  }

  /** Joins the session at `addressInput` with `codeInput`. Returns an error message or null. */
  async join(addressInput: string, codeInput: string): Promise<string | null> {
    const url = parseSignalingAddress(addressInput);
    if (!url.ok) return url.reason;
    const code = parseJoinCode(codeInput);
    if (!code.ok) return code.reason;
    return this.start({ url: url.url, code: code.code, hosting: null }, true);
  }

  /** Starts a recent session again as it was: hosted again with its code, or joined at its address. */
  async rejoin(entry: RecentSession): Promise<string | null> {
    if (entry.hosting) return this.host(entry.hosting.address, entry.hosting.port, entry.code);
    return this.start({ url: entry.url, code: entry.code, hosting: null }, true);
  }

  /** The sessions this laptop was in with this workspace, newest first (recent-sessions.ts); [] when unreadable. */
  async recentSessions(): Promise<readonly RecentSession[]> {
    return parseRecentSessions(await this.deps.settings.get(recentSessionsKey(this.deps.workspaceId)).catch(() => null));
  }

  /** Remembers a session as started now. A failure to store it costs the list an entry, not the session. */
  private async remember(settings: SessionSettings): Promise<void> {
    const list = rememberSession(await this.recentSessions(), settings, new Date());
    await this.deps.settings.put(recentSessionsKey(this.deps.workspaceId), encodeRecentSessions(list)).catch(() => undefined);
  }

  /** Leaves the session (and stops hosting it): this laptop works offline until it joins again. */
  async leave(): Promise<void> {
    const hosting = (this.current ?? (await this.deps.settings.loadSession().catch(() => null)))?.hosting;
    this.current = null;
    this.generation++;
    this.stopLan();
    this.deps.sink.setJoinCode(null);
    this.deps.sink.setSyncStatus(OFFLINE);
    await this.deps.settings.clearSession().catch(() => undefined);
    if (hosting) await this.deps.host.stopHosting().catch(() => undefined);
  }

  /** After a wake from sleep or a network change: reconnect now rather than after timeouts. */
  reconnect(): void {
    this.lan?.reconnect();
  }

  /** Which action this person is editing, for presence; kept for a session that starts later. */
  setEditing(actionId: string | null): void {
    this.editing = actionId;
    this.lan?.setEditing(actionId);
  }

  private readonly onOnline = () => this.reconnect();

  private async start(settings: SessionSettings, fresh: boolean): Promise<string | null> {
    if (this.detached) return 'The workspace is not open yet.';
    const { workspace, identity, peers, host, sink } = this.deps;
    if (identity.role === 'observer' && settings.hosting) return 'An observer cannot host a session.';
    const run = ++this.generation;
    const overtaken = () => run !== this.generation;
    try {
      // A restarted host process no longer runs the server this laptop hosted: start it again.
      if (settings.hosting && !fresh) {
        const info = await host.hostingInfo();
        if (!info || info.url !== settings.url) await host.startHosting(settings.hosting.address, settings.hosting.port);
      }
      const { reloadNeeded } = await host.allowSessionServer(settings.url);
      if (overtaken()) return null;
      this.current = settings;
      await this.deps.settings.saveSession(settings);
      await this.remember(settings);
      if (overtaken()) {
        // A Leave during the save: its clear may have landed first, so clear again.
        if (this.current === null) await this.deps.settings.clearSession().catch(() => undefined);
        return null;
      }
      if (reloadNeeded) {
        this.deps.reloadForSessionServer();
        return null;
      }
    } catch (error) {
      return describe(error);
    }
    this.stopLan();
    sink.setSyncProblem(null);
    sink.setJoinCode(formatJoinCode(settings.code));
    const helloKey = this.deps.keys ? await this.deps.keys.helloKey(workspace.doc.clientID, identity) : undefined;
    if (overtaken()) return null;
    const started = await LanSync.start({
      url: settings.url,
      code: settings.code,
      doc: workspace.doc,
      identity,
      helloKey,
      merge: (update, origin) => workspace.mergeRemote(update, origin),
      events: {
        onPhase: (phase, peers) =>
          sink.setSyncStatus({ phase, peers, hosting: settings.hosting !== null, url: settings.url, room: settings.code.room }),
        onPresence: (presence) => sink.setPresence(presence),
        onProblem: (words) => sink.setSyncProblem(syncProblem(words)),
        // A key is learned only with its proof checked (hello-key.ts); a failure leaves it unknown.
        onHello: (hello) => void this.deps.keys?.learnFromHello(hello).catch(() => false),
        onPeerState: (hello, stateVector) => {
          void peers.record({ ...hello.identity, clientId: hello.clientId }, stateVector, 'peer').catch(() => undefined);
        },
      },
    });
    if (overtaken()) {
      started.stop();
      return null;
    }
    this.lan = started;
    started.setEditing(this.editing);
    this.announceAwareness();
    return null;
  }

  private stopLan(): void {
    const had = this.lan !== null;
    this.lan?.stop();
    this.lan = null;
    if (had) this.announceAwareness();
    this.deps.sink.setPresence([]);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

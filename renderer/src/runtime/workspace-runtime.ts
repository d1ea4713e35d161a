import type { CompactData } from '../../../shared/compact/types';
import type { HostApi } from '../../../shared/host/host-api';
import type { Identity } from '../../../shared/identity/identity';
import type { KnownPeer, PeerReport, PeerVia } from '../../../shared/bundle/known-peers';
import type { LocalStore } from '../../../shared/local-store/local-store';
import type { StorageMode } from './app-phase';
import { createBackups, type Backups, type ReplaceLocal } from './backups';
import { createCommands, type Commands } from './commands';
import { LanSession } from './lan-session';
import { RelaySession } from './relay-session';
import { startReviewWatch, type ReviewWatch } from './review-watch';
import type { RuntimeSink } from './runtime-sink';
import { openLaptopAuthorship, type LaptopAuthorship } from './authorship/laptop-authorship';
import { helloKeyOf } from '../../../shared/authorship/hello-key';
import { openWindowCloseJournal } from './storage/window-close-journal';
import { DEFAULT_WORKSPACE_ID, openWorkspaceSession, windowUndoStore, type WorkspaceSession } from './workspace-session';

/**
 * Everything one open workspace has, owned in one place: the document with its writer, gate,
 * undo manager and window link (the session), the review and audit watchers, the LAN session,
 * backups and the commands the UI may run. Nothing here is reachable through a global: the
 * AppRuntime holds the current one and React receives it through context.
 *
 * `close()` is the one teardown, in dependency order: the LAN and relay links first (they would hand the
 * document to peers), the daily backups, the watchers (storing buffered audit rows), then the
 * session. Reopening, a restore, a change of identity and a window suspended by another's restore
 * are all close-then-open.
 */
export interface WorkspaceRuntime {
  readonly identity: Identity;
  readonly mode: StorageMode;
  readonly session: WorkspaceSession;
  readonly commands: Commands;
  readonly review: ReviewWatch;
  readonly lan: LanSession;
  /** The delegation's relay, if this workspace is linked to one (beside the LAN session, independent of it). */
  readonly relay: RelaySession;
  readonly backups: Backups;
  readonly host: HostApi;
  readonly workspaceId: string;
  /** This laptop's signing key, the keys it has learned, and the signer of this session (authorship/). */
  readonly authorship: LaptopAuthorship;
  /** The peers this laptop has exchanged with (for "changes for a peer" files); empty without local storage. */
  knownPeers(): Promise<KnownPeer[]>;
  /** Records what a peer is known to hold, from a file or a LAN hello (never more than it proved). */
  recordPeerState(peer: PeerReport, stateVector: Uint8Array, via: PeerVia): Promise<void>;
  close(): Promise<void>;
}

/** What the laptop keeps, on disk (Dexie) or, after local storage failed, in memory for this run. */
export interface RuntimeStores {
  readonly mode: StorageMode;
  readonly local: LocalStore;
}

export interface OpenRuntimeOptions {
  readonly stores: RuntimeStores;
  readonly identity: Identity;
  readonly compact: CompactData;
  readonly seedUpdate: Uint8Array;
  readonly sink: RuntimeSink;
  readonly host: HostApi;
  readonly replaceLocal: ReplaceLocal;
  readonly reloadForSessionServer: () => void;
}

export async function openWorkspaceRuntime(options: OpenRuntimeOptions): Promise<WorkspaceRuntime> {
  const { stores, identity, compact, sink, host } = options;
  // Another window mirrors only what it also stores: an in-memory session stores nothing, so it mirrors nothing.
  const { local } = stores;
  const workspaceId = DEFAULT_WORKSPACE_ID;
  const updates = local.updates(workspaceId);
  // On disk only: a run in memory has no log for a later window to load the kept edits into.
  const closeJournal = stores.mode === 'disk' ? await openWindowCloseJournal(updates, workspaceId, sink.setNotice) : null;
  const session = await openWorkspaceSession(updates, workspaceId, sink, stores.mode === 'disk', options.seedUpdate, windowUndoStore(workspaceId), local.settings);
  const stopJournal = closeJournal?.watch(session.writer) ?? (() => undefined);
  const authorship = await openLaptopAuthorship(session.doc, local.settings, () => identity, (error) => {
    sink.setNotice(`This laptop's changes could not be signed: ${error instanceof Error ? error.message : String(error)}`);
  }, () => session.ownClientIds(null));
  const review = startReviewWatch(session, { audit: local.audit(workspaceId), marks: local.reviewMarks(workspaceId) }, identity, sink, options.seedUpdate);
  const lan = new LanSession({
    workspace: session, workspaceId, identity, peers: local.peers, settings: local.settings, host, sink,
    reloadForSessionServer: options.reloadForSessionServer,
    keys: {
      helloKey: (clientId, who) => helloKeyOf(authorship.key, clientId, who),
      learnFromHello: (hello) => authorship.learnFromHello(hello),
    },
  });
  const relay = new RelaySession({
    workspace: session, workspaceId, identity, key: authorship.key, settings: local.settings, host, sink,
    reloadForSessionServer: options.reloadForSessionServer,
  });
  const backups = createBackups({
    // Backups are kept on disk only: a run in memory has nothing to restore into after it ends.
    snapshots: stores.mode === 'disk' ? local.snapshots(workspaceId) : null,
    session, identity, setNotice: sink.setNotice, replaceLocal: options.replaceLocal,
  });
  const stopDaily = backups.startDailySchedule();
  let closing: Promise<void> | null = null;
  return {
    identity,
    mode: stores.mode,
    session,
    commands: createCommands({ session, identity, compact, setNotice: sink.setNotice }),
    review,
    lan,
    relay,
    backups,
    host,
    workspaceId,
    authorship,
    knownPeers: () => local.peers.list(),
    recordPeerState: (peer, stateVector, via) => local.peers.record(peer, stateVector, via),
    close() {
      // Everything is unhooked in this task (so a closed window answers no sync request with its
      // old state); only storing the last audit rows is awaited, and its failure was already shown.
      closing ??= (() => {
        lan.detach();
        relay.detach();
        stopDaily();
        const stopped = review.stop();
        authorship.close();
        stopJournal();
        session.close();
        return stopped.catch(() => undefined);
      })();
      return closing;
    },
  };
}

import type { HelloKeyJson } from '../../../../shared/authorship/hello-key';
import type * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { Identity } from '../../../../shared/identity/identity';
import { roomTopic, type JoinCode } from '../../../../shared/sync/join-code';
import { PeerSession, type PeerHello } from '../../../../shared/sync/peer-session';
import { presenceList, type Presence } from '../../../../shared/sync/presence';
import type { RemoteOrigin } from '../../../../shared/sync/remote-origin';
import { originPolicy } from '../../../../shared/workspace/origins';
import type { RemoteApply } from '../../../../shared/sync/remote-update';
import { NO_LOCAL_ADDRESS } from '../../../../shared/sync/local-candidates';
import { NOT_OPENED, PeerLink } from './peer-link';
import { decryptJson, deriveRoomKey, encryptJson } from './room-crypto';
import { parseRoomMessage, type RoomMessage } from './room-messages';
import { SignalingClient, type SignalingStatus } from './signaling-client';
import type { SyncProblemWords } from '../../../../shared/sync/sync-problem';
import type { SyncPhase } from '../../../../shared/sync/sync-status';

/**
 * A LAN session: the signaling connection, one PeerLink + PeerSession per peer, presence.
 *
 * Who connects to whom: every peer announces itself on joining (and on every reconnect to the
 * server). Of two peers, the one with the smaller id makes the offer; the other answers an
 * announce with a directed one, so the pair forms whichever heard of the other first. A link
 * that closes (network drop, sleep) is dropped and the peer announces again: peers that can
 * still reach each other reconnect without anyone restarting anything, and their edits merge
 * through the normal catch-up.
 *
 * A wrong passphrase: messages on the room's topic that fail to decrypt (AES-GCM's tag) come
 * from someone using another passphrase. They are reported, and answered by an announce so
 * that the other side sees the same report.
 */
export interface LanSyncOptions {
  readonly url: string;
  readonly code: JoinCode;
  readonly doc: Y.Doc;
  readonly identity: Identity;
  merge(update: Uint8Array, origin: RemoteOrigin): RemoteApply;
  /** This laptop's key for the hello (shared/authorship/hello-key.ts). */
  readonly helloKey?: HelloKeyJson;
  readonly events: LanSyncEvents;
}

export interface LanSyncEvents {
  onPhase(phase: SyncPhase, peers: number): void;
  onPresence(presence: readonly Presence[]): void;
  /** A peer's state vector as it connected (see PeerSessionEvents.onPeerState). */
  onPeerState?(hello: PeerHello, stateVector: Uint8Array): void;
  /** A peer said who it is (and, from this version on, which key it signs with). */
  onHello?(hello: PeerHello): void;
  /** Something the user should know (wrong passphrase, refused update); repeats are the caller's to fold. */
  onProblem(problem: SyncProblemWords): void;
}

interface Peer {
  readonly id: string;
  readonly link: PeerLink;
  readonly session: PeerSession;
}

/** How often the status is recomputed and the sessions' clocks tick. */
const STATUS_TICK_MS = 500;
/**
 * Presence is renewed this often, so a link that carries nothing for SILENCE_LIMIT_MS is dead (a
 * crashed or killed page, a cable pulled) and is dropped: with the 500 ms tick, a peer gone without
 * a word leaves the status and the presence list within 4.5 s. A peer that closes its window says
 * so on pagehide and leaves at once. A tick that itself came late (this page was busy, say merging
 * a large catch-up) judges no one: the silence may be ours.
 */
export const HEARTBEAT_MS = 1_000;
export const SILENCE_LIMIT_MS = 4_000;
const MAX_SEEN_OFFERS = 256;
const REANNOUNCE_MS = 2_000;
const WRONG_KEY_REPLY_MS = 5_000;

export class LanSync {
  readonly awareness: Awareness;
  private readonly peerId = crypto.randomUUID();
  private readonly peers = new Map<string, Peer>();
  /** Offers already answered, by link id (bounded): replays are ignored. */
  private readonly seenOffers = new Set<string>();
  private signaling: SignalingClient | null = null;
  private signalingStatus: SignalingStatus = 'connecting';
  private everConnected = false;
  private lastPhase = '';
  private lastWrongKeyReply = 0;
  private readonly tick: ReturnType<typeof setInterval>;
  private stopped = false;
  private lastTick = performance.now();
  private lastHeartbeat = performance.now();

  private constructor(
    private readonly options: LanSyncOptions,
    private readonly key: CryptoKey,
  ) {
    this.awareness = new Awareness(options.doc);
    this.awareness.setLocalState({ identity: options.identity, editing: null });
    this.awareness.on('update', this.onAwarenessUpdate);
    this.awareness.on('change', this.onAwarenessChange);
    options.doc.on('update', this.onDocUpdate);
    this.tick = setInterval(() => this.onTick(), STATUS_TICK_MS);
    window.addEventListener('pagehide', this.onPageHide);
  }

  static async start(options: LanSyncOptions): Promise<LanSync> {
    const sync = new LanSync(options, await deriveRoomKey(options.code.passphrase, options.code.room));
    sync.signaling = new SignalingClient(options.url, roomTopic(options.code.room), {
      onStatus: (status, detail) => sync.onSignalingStatus(status, detail),
      onPublish: (data) => void sync.onPublish(data),
      onSubscribed: () => void sync.publish({ type: 'announce', from: sync.peerId }),
    });
    return sync;
  }

  setEditing(actionId: string | null): void {
    const state = this.awareness.getLocalState();
    if (state && state.editing !== actionId) this.awareness.setLocalState({ ...state, editing: actionId });
  }

  /** After a wake from sleep: don't wait for timeouts to notice the old connections are dead. */
  reconnect(): void {
    this.signaling?.reconnect();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.tick);
    window.removeEventListener('pagehide', this.onPageHide);
    this.options.doc.off('update', this.onDocUpdate);
    removeAwarenessStates(this.awareness, [this.options.doc.clientID], 'leaving');
    for (const peer of [...this.peers.values()]) peer.link.close('This laptop left the session.');
    this.signaling?.close();
    this.awareness.destroy();
  }

  /**
   * The window is closing (or reloading): tell the peers this presence is gone, and close the data
   * channels so their links close now. The removal goes out first, on the open channels.
   */
  private readonly onPageHide = (): void => {
    if (this.stopped) return;
    removeAwarenessStates(this.awareness, [this.options.doc.clientID], 'leaving');
    for (const peer of this.peers.values()) peer.link.closeChannel();
  };

  private onTick(): void {
    const now = performance.now();
    const late = now - this.lastTick > STATUS_TICK_MS * 2;
    this.lastTick = now;
    if (!late) {
      for (const peer of [...this.peers.values()]) {
        if (peer.link.silentFor(now) > SILENCE_LIMIT_MS) peer.link.close('The other laptop went silent.');
      }
    }
    // Each open session's clock: it retries a handshake that got no answer (peer-session.ts).
    for (const peer of this.peers.values()) if (peer.link.isOpen) peer.session.tick(now);
    // The phase before the heartbeat: a heartbeat just sent is bytes in the channel's buffer, which
    // would read as "syncing" once a second. By the next tick it has long gone out.
    this.reportPhase();
    if (now - this.lastHeartbeat >= HEARTBEAT_MS) {
      this.lastHeartbeat = now;
      // Re-setting the same state bumps its clock: an awareness update to every peer.
      const state = this.awareness.getLocalState();
      if (state) this.awareness.setLocalState(state);
    }
  }

  private onSignalingStatus(status: SignalingStatus, detail: SyncProblemWords | null): void {
    this.signalingStatus = status;
    if (status === 'connected') this.everConnected = true;
    if (detail && status === 'disconnected' && !this.everConnected) this.options.events.onProblem(detail);
    this.reportPhase();
  }

  private async onPublish(data: unknown): Promise<void> {
    if (typeof data !== 'string' || this.stopped) return;
    const decrypted = await decryptJson(data, this.key);
    if (this.stopped) return;
    if (!decrypted.ok) {
      if (decrypted.reason === 'wrong-key') this.wrongKey();
      return;
    }
    const message = parseRoomMessage(decrypted.value);
    if (message && message.from !== this.peerId) this.onRoomMessage(message);
  }

  private wrongKey(): void {
    this.options.events.onProblem({ kind: 'wrongPassphrase' });
    const now = Date.now();
    if (now - this.lastWrongKeyReply < WRONG_KEY_REPLY_MS) return;
    this.lastWrongKeyReply = now;
    void this.publish({ type: 'announce', from: this.peerId });
  }

  private onRoomMessage(message: RoomMessage): void {
    if (message.to !== null && message.to !== this.peerId) return;
    if (message.type === 'announce') {
      if (this.peers.has(message.from)) return;
      if (this.peerId < message.from) this.connect(message.from, true);
      else if (message.to === null) void this.publish({ type: 'announce', from: this.peerId, to: message.from });
      return;
    }
    const { description } = message;
    if (description.type === 'offer') {
      // Only the smaller id offers; an offer from a larger one is not part of this protocol.
      if (message.from > this.peerId) return;
      // Each offer is taken once: a replayed one (anyone on the network can re-publish what they
      // recorded) must not tear down the working link it once set up.
      if (this.seenOffers.has(message.link)) return;
      this.seenOffers.add(message.link);
      if (this.seenOffers.size > MAX_SEEN_OFFERS) this.seenOffers.delete(this.seenOffers.values().next().value as string);
      this.peers.get(message.from)?.link.close('The other laptop started the connection again.');
      void this.connect(message.from, false, message.link).link.accept(description);
    } else {
      // An answer counts only for the very link that offered and is still waiting for one.
      const peer = this.peers.get(message.from);
      if (peer?.link.id === message.link && peer.link.awaitingAnswer) void peer.link.accept(description);
    }
  }

  private connect(remoteId: string, initiator: boolean, linkId: string = crypto.randomUUID()): Peer {
    let peer: Peer | null = null;
    let opened = false;
    const send = (bytes: Uint8Array) => peer?.link.send(bytes);
    const session = new PeerSession(
      { doc: this.options.doc, awareness: this.awareness, identity: this.options.identity, merge: this.options.merge, helloKey: this.options.helloKey },
      send,
      {
        onHello: (hello) => this.options.events.onHello?.(hello),
        onSynced: () => this.reportPhase(),
        onPeerState: (hello, stateVector) => this.options.events.onPeerState?.(hello, stateVector),
        onRejected: (reason) => this.options.events.onProblem({ kind: 'fromPeer', peer: session.origin.label, detail: reason }),
        // The semantic gate refused this peer's update, or the peer refused ours: who, and why.
        onProblem: (pause) => this.options.events.onProblem({ kind: 'paused', pause }),
      },
    );
    const link = new PeerLink(initiator, linkId, {
      onSignal: (description) => void this.publish({ type: 'signal', from: this.peerId, to: remoteId, link: linkId, description }),
      onOpen: () => {
        opened = true;
        session.start();
        this.reportPhase();
      },
      onMessage: (bytes) => session.receive(bytes),
      onClose: (reason) => {
        // A link that never opened, though both found each other through the server: the network
        // in between carries no laptop-to-laptop traffic (client isolation on guest Wi-Fi, say).
        if (!opened && reason === NOT_OPENED && !this.stopped) {
          this.options.events.onProblem({ kind: 'peerUnreachable' });
        }
        if (reason === NO_LOCAL_ADDRESS && !this.stopped) this.options.events.onProblem({ kind: 'noLocalAddress' });
        this.dropped(remoteId, peer);
      },
      onRejected: (reason) => this.options.events.onProblem({ kind: 'fromPeer', peer: session.origin.label, detail: reason }),
    });
    peer = { id: remoteId, link, session };
    this.peers.set(remoteId, peer);
    return peer;
  }

  private dropped(remoteId: string, peer: Peer | null): void {
    if (!peer || this.peers.get(remoteId) !== peer) return;
    this.peers.delete(remoteId);
    const clientId = peer.session.hello?.clientId;
    if (clientId !== undefined && clientId !== this.options.doc.clientID) {
      removeAwarenessStates(this.awareness, [clientId], 'peer left');
      // Forget its clock too: back after a drop, or after Leave and Join with a new presence whose
      // clock starts again at 1, it would be ignored by y-protocols until its clock passed the old one.
      this.awareness.meta.delete(clientId);
    }
    this.reportPhase();
    if (!this.stopped) setTimeout(() => void this.publish({ type: 'announce', from: this.peerId }), REANNOUNCE_MS);
  }

  private async publish(message: object): Promise<void> {
    if (this.stopped) return;
    this.signaling?.publish(await encryptJson(message, this.key));
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    // The origin table says what goes out (workspace/origins.ts); never back to the peer it came from.
    if (!originPolicy(origin).toPeers) return;
    for (const peer of this.peers.values()) {
      if (peer.link.isOpen && peer.session.origin !== origin) peer.session.sendUpdate(update);
    }
  };

  private readonly onAwarenessUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    // A peer that removes its own presence is leaving (a Leave, its window closing): its link goes now,
    // not when the channel or ICE notices.
    for (const peer of [...this.peers.values()]) {
      const own = peer.session.hello?.clientId;
      if (peer.session === origin && own !== undefined && change.removed.includes(own)) {
        peer.link.close('The other laptop left the session.');
      }
    }
    const clients = [...change.added, ...change.updated, ...change.removed];
    const update = encodeAwarenessUpdate(this.awareness, clients);
    for (const peer of this.peers.values()) {
      if (peer.link.isOpen && peer.session !== origin) peer.session.sendAwareness(update);
    }
  };

  private readonly onAwarenessChange = (): void => {
    this.options.events.onPresence(presenceList(this.awareness.getStates(), this.options.doc.clientID));
  };

  private reportPhase(): void {
    if (this.stopped) return;
    const open = [...this.peers.values()].filter((peer) => peer.link.isOpen);
    let phase: SyncPhase;
    if (open.length > 0) {
      // A paused peer (its update refused, or ours) is not waited for: the problem says why.
      const busy = open.some((peer) => !peer.session.paused && (!peer.session.synced || peer.link.pending > 0));
      phase = busy ? 'syncing' : 'synced';
    } else if (this.signalingStatus === 'connected') phase = 'waiting';
    else phase = this.everConnected ? 'reconnecting' : 'connecting';
    const key = `${phase}:${open.length}`;
    if (key === this.lastPhase) return;
    this.lastPhase = key;
    this.options.events.onPhase(phase, open.length);
  }
}

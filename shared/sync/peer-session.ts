import { parseHelloKey, type HelloKey, type HelloKeyJson } from '../authorship/hello-key';
import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import { parseIdentity, type Identity } from '../identity/identity';
import { isObjectLike } from '../validation/shape';
import { encodePeerMessage, parsePeerMessage, PEER_PROTOCOL_VERSION, type PeerMessage } from './peer-protocol';
import { checkAwarenessUpdate, withoutClient } from './presence';
import { RemoteOrigin } from './remote-origin';
import type { RemoteApply } from './remote-update';
import type { GateRule } from './semantic-gate';

/**
 * The sync exchange with one peer over one connection, independent of the transport (WebRTC in
 * the app, an in-memory pipe in tests). On open each side sends HELLO, STEP1 (its state vector)
 * and its presence; each answers a STEP1 with STEP2 (what the other lacks); from then on every
 * document change travels as UPDATE. A side is synced with the peer once the peer's STEP2 has
 * been merged.
 *
 * The opening messages can be lost: measured in Chromium, about one join in thirty lost the first
 * messages the answering side sent the moment its data channel opened (hello, STEP1, presence),
 * while its STEP2 a few milliseconds later arrived, and was then refused for coming before a
 * hello. Both sides stayed "Syncing" for good. So the handshake is retried: the transport calls
 * `tick(now)`, and a side that is not synced yet sends HELLO, STEP1 and its presence again after
 * 1 s, then 2, 4 and every 8 s. Every message involved is idempotent: an identical hello is taken
 * as the same peer saying it again, a STEP1 is answered again (from its second one on, with our
 * HELLO in front, since a peer asking twice may never have had it), and presence with a clock
 * already seen changes nothing. A message before any hello is dropped without a word while the
 * hello may still be on its way, and reported once the handshake has had its time.
 *
 * Nothing from the peer is trusted: a message that does not parse, a state vector that does not
 * decode, an update that does not integrate, a malformed presence update — each is reported
 * through `onRejected` and changes nothing; the session carries on.
 *
 * An update the semantic gate refuses (it integrates, but breaks a workspace rule: see
 * semantic-gate.ts) is different: what the peer sends next builds on it, so the session pauses.
 * It tells the peer why (REFUSED), stops merging from it and sending to it, and reports the pause
 * through `onProblem` (who and why). A REFUSED from the peer pauses this side the same way. A new
 * connection starts a new, unpaused session.
 */
export interface PeerSessionHost {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly identity: Identity;
  /** The proven, all-or-nothing merge (WorkspaceSession.mergeRemote). */
  merge(update: Uint8Array, origin: RemoteOrigin): RemoteApply;
  /** This laptop's signing key and its proof, sent in the hello (shared/authorship/hello-key.ts). */
  readonly helloKey?: HelloKeyJson;
}

export interface PeerHello {
  readonly clientId: number;
  readonly identity: Identity;
  /** The peer's key as its hello claims it, proof unchecked (checkHelloKey does, asynchronously); absent without one. */
  readonly key?: HelloKey;
}

/** Sync with a peer paused: it sent an update the gate refused, or it refused one of ours. */
export interface PeerProblem {
  /** The peer's name (from its hello), or "a peer". */
  readonly peer: string;
  readonly clientId: number | null;
  readonly direction: 'refused-from-peer' | 'refused-by-peer';
  /** The gate's rule (semantic-gate.ts), when this side refused. */
  readonly rule: GateRule | null;
  readonly reason: string;
}

export interface PeerSessionEvents {
  onHello(hello: PeerHello): void;
  /** Sync with this peer is paused, and why (see the class comment); falls back to onRejected. */
  onProblem?(problem: PeerProblem): void;
  onSynced(): void;
  onRejected(reason: string): void;
  /**
   * The peer's own state vector, from its STEP1: exactly what it held when it asked, so never
   * more than it holds (the base of "changes for a peer" sync files).
   */
  onPeerState?(hello: PeerHello, stateVector: Uint8Array): void;
}

/** The first retry of an unanswered handshake, then doubling up to the last (see PeerSession). */
export const HANDSHAKE_RETRY_FIRST_MS = 1_000;
export const HANDSHAKE_RETRY_MAX_MS = 8_000;
/** How long a peer may send without a valid hello before it is reported. */
export const NO_HELLO_LIMIT_MS = 10_000;

export class PeerSession {
  /** The origin of this peer's merges; its label becomes the peer's name once HELLO arrives. */
  origin = new RemoteOrigin('peer', 'a peer');
  hello: PeerHello | null = null;
  synced = false;
  /** Set once sync with this peer is paused: why, in words. */
  paused: PeerProblem | null = null;
  private toldNoHello = false;
  /** The peer's hello as it came, to tell its retries (identical) from a rename (refused). */
  private helloJson: string | null = null;
  /** A hello was refused (another protocol version, no valid identity): said once, then ignored. */
  private helloRefused = false;
  private refusedJson: string | null = null;
  private droppedBeforeHello = 0;
  private started = false;
  private step1sAnswered = 0;
  /** When the next retry of the handshake is due, from the first tick after start (tick's clock). */
  private retryAt: number | null = null;
  private retryDelay = HANDSHAKE_RETRY_FIRST_MS;
  private firstTick: number | null = null;

  constructor(
    private readonly host: PeerSessionHost,
    private readonly send: (bytes: Uint8Array) => void,
    private readonly events: PeerSessionEvents,
  ) {}

  /** The opening messages, once the connection is open. */
  start(): void {
    this.started = true;
    this.sendHandshake();
  }

  /**
   * The transport's clock (any monotonic milliseconds): retries the handshake while this side is
   * not synced (see the class comment), and reports a peer that sends but never says hello.
   */
  tick(now: number): void {
    if (!this.started || this.synced || this.paused) return;
    this.firstTick ??= now;
    if (!this.hello && this.droppedBeforeHello > 0 && !this.toldNoHello && now - this.firstTick >= NO_HELLO_LIMIT_MS) {
      this.toldNoHello = true;
      this.reject(`Messages but no valid hello for ${NO_HELLO_LIMIT_MS / 1000} s; ignoring this laptop until it sends one.`);
    }
    if (this.retryAt === null) {
      this.retryAt = now + this.retryDelay;
      return;
    }
    if (now < this.retryAt) return;
    this.sendHandshake();
    this.retryDelay = Math.min(this.retryDelay * 2, HANDSHAKE_RETRY_MAX_MS);
    this.retryAt = now + this.retryDelay;
  }

  sendUpdate(update: Uint8Array): void {
    if (this.paused) return;
    this.post({ type: 'update', update });
  }

  sendAwareness(update: Uint8Array): void {
    this.post({ type: 'awareness', update });
  }

  receive(bytes: Uint8Array): void {
    const parsed = parsePeerMessage(bytes);
    if (!parsed.ok) return this.reject(parsed.reason);
    const message = parsed.message;
    // Nothing is taken from a peer before a valid hello: not its data, not a request for ours (a
    // peer of another protocol version is told why, once, and then ignored).
    if (message.type !== 'hello' && !this.hello) {
      // After a refused hello the reason is known and said once; otherwise the hello may have been
      // lost on the way and come again with the peer's retry (tick reports it if it never does).
      if (!this.helloRefused) {
        this.droppedBeforeHello++;
        return;
      }
      if (!this.toldNoHello) this.reject('A message before a valid hello; ignoring this laptop until it sends one.');
      this.toldNoHello = true;
      return;
    }
    // Paused: nothing more is taken from this peer, nor answered (its updates build on the refused one).
    if (this.paused && message.type !== 'awareness') return;
    switch (message.type) {
      case 'hello':
        return this.receiveHello(message.json);
      case 'step1':
        if (this.answer(message.stateVector) && this.hello) this.events.onPeerState?.(this.hello, message.stateVector);
        return;
      case 'step2':
      case 'update': {
        const merged = this.host.merge(message.update, this.origin);
        if (!merged.ok && merged.rule) return this.pause('refused-from-peer', merged.rule, merged.reason);
        if (!merged.ok) return this.reject(`An update was refused: ${merged.reason}`);
        if (message.type === 'step2' && !this.synced) {
          this.synced = true;
          this.events.onSynced();
        }
        return;
      }
      case 'refused':
        return this.pause('refused-by-peer', null, message.reason);
      case 'awareness': {
        const check = checkAwarenessUpdate(message.update);
        if (!check.ok) return this.reject(check.reason);
        const others = withoutClient(message.update, this.host.doc.clientID);
        if (others) applyAwarenessUpdate(this.host.awareness, others, this);
        return;
      }
    }
  }

  private receiveHello(json: string): void {
    // Who the peer is is settled once per connection: a later hello must not rename it. The same
    // hello again is the peer's retried handshake (see the class comment).
    if (this.hello) {
      if (json !== this.helloJson) this.reject('A second hello on one connection.');
      return;
    }
    // A refused hello is said once; the peer's retries repeat it word for word.
    if (this.helloRefused && json === this.refusedJson) return;
    const refused = this.takeHello(json);
    if (refused) {
      this.helloRefused = true;
      this.refusedJson = json;
      this.reject(refused);
    }
  }

  /** Takes the peer's first hello; or, refused, why. */
  private takeHello(json: string): string | null {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return 'An unreadable hello.';
    }
    if (!isObjectLike(value)) return 'A hello that is not an object.';
    const hello = value;
    if (hello.protocol !== PEER_PROTOCOL_VERSION) {
      return `The other laptop speaks sync protocol ${String(hello.protocol)}; this one speaks ${PEER_PROTOCOL_VERSION}. Update both to the same version of Tandem.`;
    }
    const identity = parseIdentity(hello.identity);
    if (typeof hello.clientId !== 'number' || !Number.isSafeInteger(hello.clientId) || !identity.ok) return 'A hello without a valid identity.';
    const key = parseHelloKey(hello.key);
    this.hello = { clientId: hello.clientId, identity: identity.identity, ...(key ? { key } : {}) };
    this.helloJson = json;
    this.origin = new RemoteOrigin('peer', identity.identity.name);
    this.events.onHello(this.hello);
    return null;
  }

  /** HELLO, STEP1 and this laptop's presence: the opening messages, and each retry of them. */
  private sendHandshake(): void {
    const { doc, awareness } = this.host;
    this.postHello();
    this.post({ type: 'step1', stateVector: Y.encodeStateVector(doc) });
    if (awareness.getLocalState() !== null) this.post({ type: 'awareness', update: encodeAwarenessUpdate(awareness, [doc.clientID]) });
  }

  private postHello(): void {
    const { doc, identity, helloKey } = this.host;
    this.post({ type: 'hello', json: JSON.stringify({ protocol: PEER_PROTOCOL_VERSION, clientId: doc.clientID, identity, ...(helloKey ? { key: helloKey } : {}) }) });
  }

  /** Answers a STEP1; false when its state vector does not read. */
  private answer(stateVector: Uint8Array): boolean {
    let update: Uint8Array;
    try {
      // This laptop's own content goes along whole, whatever the peer claims to hold of it: this
      // laptop alone knows what it wrote under its id, so the peer's gate compares the two and a
      // copy forged under this laptop's id (a crafted file) is found, not silently kept.
      const vector = Y.decodeStateVector(stateVector);
      vector.delete(this.host.doc.clientID);
      update = Y.encodeStateAsUpdate(this.host.doc, Y.encodeStateVector(vector));
    } catch {
      this.reject('An unreadable state vector.');
      return false;
    }
    // A peer asking again may have lost our hello, without which it takes nothing from us.
    if (++this.step1sAnswered > 1) this.postHello();
    this.post({ type: 'step2', update });
    return true;
  }

  private pause(direction: PeerProblem['direction'], rule: GateRule | null, reason: string): void {
    this.paused = { peer: this.origin.label, clientId: this.hello?.clientId ?? null, direction, rule, reason };
    if (direction === 'refused-from-peer') this.post({ type: 'refused', reason });
    if (this.events.onProblem) this.events.onProblem(this.paused);
    else this.reject(describePause(this.paused));
  }

  private post(message: PeerMessage): void {
    this.send(encodePeerMessage(message));
  }

  private reject(reason: string): void {
    this.events.onRejected(reason);
  }
}

/** The pause in words for people: who, which way, why, and that sync with them stopped. */
export function describePause(problem: PeerProblem): string {
  return problem.direction === 'refused-from-peer'
    ? `Sync with ${problem.peer} is paused: this laptop refused their update. ${problem.reason}`
    : `Sync with ${problem.peer} is paused: their laptop refused an update from this one. ${problem.reason}`;
}

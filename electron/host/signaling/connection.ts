import type { RawData, WebSocket } from 'ws';
import { pickEviction, type Holder } from './fair-share';
import type { SignalingLimits } from './limits';
import type { SignalingLog } from './log';
import { parseFrame, type DropReason, type SignalingMessage } from './messages';
import { createTokenBucket } from './token-bucket';
import type { TopicRegistry } from './topic-registry';

/** One client socket and what the server holds for it. */
export interface Peer {
  readonly id: number;
  /** The device it comes from (fair-share.ts): what per-address limits count. */
  readonly address: string;
  readonly socket: WebSocket;
  readonly topics: Set<string>;
  /** Cleared when a ws ping goes out, set by the pong: still false at the next ping means dead. */
  alive: boolean;
  /** Closes a socket that holds no topic for `subscribeTimeoutMs`; null while it holds one. */
  idleDeadline: ReturnType<typeof setTimeout> | null;
}

export interface ConnectionContext {
  readonly limits: SignalingLimits;
  readonly registry: TopicRegistry<Peer>;
  readonly log: SignalingLog;
  readonly now: () => number;
  /**
   * Closes another peer now and frees what it held (its slot, its topics) before this returns,
   * so the place it leaves can be counted on at once.
   */
  readonly evict: (peer: Peer, detail: string) => void;
}

/** Rate-limit drops are reported at most this often per connection, so a flood cannot flood the log. */
const RATE_LOG_INTERVAL_MS = 1_000;
/** A receiver this far behind (unsent bytes) gets no more relays until it drains: one slow peer must not pin memory. */
const MAX_BUFFERED_FRAMES = 16;

/**
 * Wires one accepted socket. Every handler catches what it can throw: a bad frame costs the
 * frame, never the process (the stock y-webrtc server dies on one unparsable frame).
 */
export function attachConnection(peer: Peer, context: ConnectionContext): void {
  const { socket } = peer;
  const { limits, log } = context;
  const bucket = createTokenBucket(limits.ratePerSecond, limits.burst, context.now());
  let rateDropped = 0;
  let rateLoggedAt = -Infinity;

  const dropped = (reason: DropReason, detail: string): void =>
    log({ level: 'warn', event: 'frame-dropped', connection: peer.id, reason, detail, count: 1 });

  socket.on('message', (data: RawData, isBinary: boolean) => {
    const now = context.now();
    // The rate is checked before any parsing, so a flood costs a counter, not a JSON.parse per frame.
    if (!bucket.take(now)) {
      rateDropped += 1;
      if (now - rateLoggedAt >= RATE_LOG_INTERVAL_MS) {
        log({ level: 'warn', event: 'frame-dropped', connection: peer.id, reason: 'rate-limited', detail: `over ${limits.ratePerSecond}/s (burst ${limits.burst})`, count: rateDropped });
        rateDropped = 0;
        rateLoggedAt = now;
      }
      return;
    }
    if (isBinary) return dropped('binary-frame', 'y-webrtc signaling is JSON text');
    const parsed = parseFrame(rawText(data), limits);
    if (!parsed.ok) return dropped(parsed.reason, parsed.detail);
    // Backstop: a handler that throws costs this frame, never the server (ws would let it escape).
    try {
      handle(peer, parsed.message, context, dropped);
    } catch (error) {
      dropped('invalid-message', `could not be handled: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  socket.on('pong', () => {
    peer.alive = true;
  });
  socket.on('error', (error) => {
    // ws closes the socket itself after these (1009 for an oversized frame, 1002 for a protocol error).
    if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') dropped('oversized', `frame over ${limits.maxFrameBytes} bytes; connection closed (1009)`);
    else log({ level: 'warn', event: 'socket-error', connection: peer.id, detail: error.code ?? error.message });
  });
  socket.on('close', (code: number) => {
    releaseTopics(peer, context.registry);
    log({ level: 'info', event: 'connection-closed', connection: peer.id, code });
  });
  armIdleDeadline(peer, context);
}

/** Frees the peer's topics and its deadline. Safe to call again (eviction, then the close event). */
export function releaseTopics(peer: Peer, registry: TopicRegistry<Peer>): void {
  for (const topic of peer.topics) registry.unsubscribe(topic, peer);
  peer.topics.clear();
  if (peer.idleDeadline !== null) clearTimeout(peer.idleDeadline);
  peer.idleDeadline = null;
}

/** Starts the countdown for a peer that holds no topic, or stops it for one that does. */
function armIdleDeadline(peer: Peer, context: ConnectionContext): void {
  if (peer.topics.size > 0) {
    if (peer.idleDeadline !== null) clearTimeout(peer.idleDeadline);
    peer.idleDeadline = null;
    return;
  }
  if (peer.idleDeadline !== null) return;
  peer.idleDeadline = setTimeout(() => {
    peer.idleDeadline = null;
    if (peer.topics.size > 0 || peer.socket.readyState > 1) return;
    context.log({ level: 'warn', event: 'idle-timeout', connection: peer.id, remote: peer.address });
    context.evict(peer, `held no topic for ${context.limits.subscribeTimeoutMs} ms`);
  }, context.limits.subscribeTimeoutMs);
  peer.idleDeadline.unref?.();
}

function handle(peer: Peer, message: SignalingMessage, context: ConnectionContext, dropped: (reason: DropReason, detail: string) => void): void {
  const { registry, limits } = context;
  switch (message.type) {
    case 'subscribe': {
      const added = [...new Set(message.topics.filter((topic) => !peer.topics.has(topic)))];
      // All or nothing: a client told "too many" keeps exactly the topics it had.
      if (added.length + peer.topics.size > limits.maxTopicsPerConnection) {
        return dropped('too-many-topics', `would hold ${added.length + peer.topics.size} topics (max ${limits.maxTopicsPerConnection})`);
      }
      // A full room makes way only for a fair share (fair-share.ts); otherwise, again, nothing changes.
      const evictions = new Map<Peer, string>();
      for (const topic of added) {
        const subscribers = [...registry.subscribers(topic)].filter((holder) => !evictions.has(holder));
        if (subscribers.length < limits.maxSubscribersPerTopic) continue;
        const victim = pickEviction(subscribers.map(asHolder), peer.address)?.peer;
        if (!victim) return dropped('topic-full', `topic has ${subscribers.length} subscribers (max ${limits.maxSubscribersPerTopic}), none from an address holding more of it than ${peer.address}`);
        evictions.set(victim, `made room in a full topic for connection ${peer.id} (${peer.address})`);
      }
      for (const [victim, detail] of evictions) context.evict(victim, detail);
      for (const topic of added) {
        peer.topics.add(topic);
        registry.subscribe(topic, peer);
      }
      armIdleDeadline(peer, context);
      return;
    }
    case 'unsubscribe':
      for (const topic of message.topics) {
        peer.topics.delete(topic);
        registry.unsubscribe(topic, peer);
      }
      armIdleDeadline(peer, context);
      return;
    case 'publish': {
      // y-webrtc always subscribes before it publishes; a stranger to the room has nothing to say in it.
      if (!peer.topics.has(message.topic)) return dropped('not-subscribed', 'publish to a topic this connection has not subscribed to');
      const receivers = registry.subscribers(message.topic);
      // Only the known fields are relayed: nothing else a client adds reaches the others. `clients` as in y-webrtc's server.
      const frame = JSON.stringify({ type: 'publish', topic: message.topic, data: message.data, clients: receivers.size });
      for (const receiver of receivers) {
        if (receiver === peer) continue;
        send(receiver, frame, limits.maxFrameBytes * MAX_BUFFERED_FRAMES, context);
      }
      return;
    }
    case 'ping':
      send(peer, '{"type":"pong"}', Infinity, context);
      return;
  }
}

function send(receiver: Peer, frame: string, maxBuffered: number, context: ConnectionContext): void {
  const { socket } = receiver;
  if (socket.readyState !== 1 /* OPEN */) return;
  if (socket.bufferedAmount > maxBuffered) {
    context.log({ level: 'warn', event: 'socket-error', connection: receiver.id, detail: `receiver ${socket.bufferedAmount} bytes behind; relay skipped` });
    return;
  }
  socket.send(frame, (error) => {
    if (error) context.log({ level: 'warn', event: 'socket-error', connection: receiver.id, detail: error.message });
  });
}

/** Within a topic every subscriber is busy, so only address share and age decide. */
function asHolder(peer: Peer): Holder & { readonly peer: Peer } {
  return { id: peer.id, address: peer.address, idle: false, peer };
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

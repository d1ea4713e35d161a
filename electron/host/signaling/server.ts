import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { admit, type Slot } from './admission';
import { attachConnection, releaseTopics, type Peer } from './connection';
import { deviceAddress } from './fair-share';
import { DEFAULT_LIMITS, type SignalingLimits } from './limits';
import type { SignalingLog } from './log';
import { TopicRegistry } from './topic-registry';

export interface SignalingServerOptions {
  /**
   * Interface to bind. Loopback unless the caller names another: a LAN session binds the one
   * interface the user picked, never every interface by default.
   */
  readonly host?: string;
  /** 0 picks a free port (tests); the real port is in the returned url. */
  readonly port?: number;
  readonly limits?: Partial<SignalingLimits>;
  readonly log?: SignalingLog;
}

export interface SignalingServer {
  /** ws://host:port, for y-webrtc's `signaling` option. */
  readonly url: string;
  /** Terminates every client and stops listening. Safe to call twice. */
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
/** A client that has not finished its HTTP upgrade request by then is cut off (Node's default is 60 s). */
const HEADERS_TIMEOUT_MS = 10_000;

/**
 * A y-webrtc signaling server (the protocol of node_modules/y-webrtc/bin/server.js) that
 * validates everything it receives: see messages.ts for the frames, limits.ts for the bounds,
 * connection.ts for what happens to a bad frame (dropped and logged, never a crash). No flood of
 * sockets keeps a laptop out: one address holds a share of the places, a full server or room
 * makes way for a newcomer at the expense of the address holding the most (fair-share.ts,
 * admission.ts), and a socket that holds no topic is closed after `subscribeTimeoutMs`.
 */
export async function startSignalingServer(options: SignalingServerOptions = {}): Promise<SignalingServer> {
  const limits: SignalingLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log: SignalingLog = options.log ?? (() => {});
  const registry = new TopicRegistry<Peer>();
  const peers = new Set<Peer>();
  let nextId = 1;
  /**
   * Every place held: open clients and handshakes in flight (peer still null). A place is
   * given back when its socket closes, or at once when the server evicts it, so a newcomer can
   * take it in the same step.
   */
  const slots = new Set<Slot>();
  const slotOf = new Map<Peer, Slot>();

  const evict = (peer: Peer, detail: string): void => {
    const slot = slotOf.get(peer);
    if (slot) slots.delete(slot);
    releaseTopics(peer, registry);
    log({ level: 'warn', event: 'connection-evicted', connection: peer.id, remote: peer.address, detail });
    // terminate, not close: a flooder need not answer a closing handshake, and the place is already free.
    peer.socket.terminate();
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false, clientTracking: false });
  // perMessageDeflate off: a compressed frame could inflate far past maxPayload's intent in CPU, and SDP needs no compression.
  const http = createServer((_request, response) => {
    response.writeHead(426, { 'Content-Type': 'text/plain' }).end('Tandem signaling: connect with a WebSocket.\n');
  });
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  http.requestTimeout = HEADERS_TIMEOUT_MS;
  http.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    log({ level: 'warn', event: 'socket-error', detail: `HTTP: ${error.code ?? error.message}` });
    socket.destroy();
  });

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const address = deviceAddress(request.socket.remoteAddress);
    const remote = `${request.socket.remoteAddress ?? '?'}:${request.socket.remotePort ?? '?'}`;
    socket.on('error', () => {}); // reported by ws once it owns the socket; a reset before that is nothing to act on.
    const admission = admit(slots, address, limits);
    if (admission.kind === 'refuse') {
      log({ level: 'warn', event: 'connection-refused', remote, detail: admission.detail });
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (admission.kind === 'evict') evict(admission.victim, `made room for a newcomer from ${address}: the server is full (${limits.maxConnections})`);
    const slot: Slot = { address, id: nextId++, peer: null };
    slots.add(slot);
    socket.once('close', () => slots.delete(slot));
    wss.handleUpgrade(request, socket, head, (ws) => {
      const peer: Peer = { id: slot.id, address, socket: ws, topics: new Set(), alive: true, idleDeadline: null };
      slot.peer = peer;
      slotOf.set(peer, slot);
      peers.add(peer);
      ws.on('close', () => {
        peers.delete(peer);
        slotOf.delete(peer);
        slots.delete(slot);
      });
      attachConnection(peer, { limits, registry, log, now: () => performance.now(), evict });
      log({ level: 'info', event: 'connection-open', connection: peer.id, remote });
    });
  });

  // One timer for all peers (as in ws's README): a peer silent for a whole interval is terminated,
  // not closed: close() would wait for a closing handshake the dead peer never sends.
  const heartbeat = setInterval(() => {
    for (const peer of peers) {
      if (!peer.alive) {
        log({ level: 'warn', event: 'dead-peer', connection: peer.id });
        peer.socket.terminate();
        continue;
      }
      peer.alive = false;
      peer.socket.ping(undefined, undefined, () => {});
    }
  }, limits.pingIntervalMs);
  heartbeat.unref();

  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => {
      http.off('error', reject);
      resolve();
    });
  }).catch((error: unknown) => {
    clearInterval(heartbeat);
    throw error;
  });
  http.on('error', (error) => log({ level: 'warn', event: 'socket-error', detail: error.message }));

  const url = `ws://${formatHost(host)}:${(http.address() as AddressInfo).port}`;
  log({ level: 'info', event: 'listening', url });

  let closing: Promise<void> | null = null;
  return {
    url,
    close() {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const peer of peers) {
          releaseTopics(peer, registry);
          peer.socket.terminate();
        }
        wss.close();
        http.close(() => {
          log({ level: 'info', event: 'closed' });
          resolve();
        });
        http.closeAllConnections();
      });
      return closing;
    },
  };
}

/** IPv6 literals are bracketed in a URL. */
function formatHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * One WebSocket to the session's signaling server (the host's, see the signaling folder), speaking
 * y-webrtc's protocol: subscribe to the room's topic, publish to it, ping. It reconnects by
 * itself after a drop (network gone, laptop asleep, host restarted), with backoff from 1 s to
 * 10 s, and treats a connection that has been silent for 3 pings as dead: a sleeping laptop's
 * socket can look open for minutes after the other side is gone.
 */
import type { SyncProblemWords } from '../../../../shared/sync/sync-problem';

export type SignalingStatus = 'connecting' | 'connected' | 'disconnected';

export interface SignalingEvents {
  onStatus(status: SignalingStatus, detail: SyncProblemWords | null): void;
  /** A publish on the room's topic from someone else: `data` is untrusted. */
  onPublish(data: unknown): void;
  /** (Re)connected and subscribed: time to announce. */
  onSubscribed(): void;
}

const PING_MS = 5_000;
const SILENT_LIMIT_MS = 3 * PING_MS;
const BACKOFF_MS = [1_000, 2_000, 4_000, 7_000, 10_000];

export class SignalingClient {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private closed = false;
  private lastHeard = 0;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly url: string,
    private readonly topic: string,
    private readonly events: SignalingEvents,
  ) {
    this.open();
  }

  publish(data: string): boolean {
    return this.send({ type: 'publish', topic: this.topic, data });
  }

  /** Drops the connection now and reconnects (after a wake from sleep, or a user's "retry"). */
  reconnect(): void {
    this.attempt = 0;
    if (this.socket) this.drop(this.socket);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopPing();
    if (this.socket?.readyState === WebSocket.OPEN) this.send({ type: 'unsubscribe', topics: [this.topic] });
    this.socket?.close();
    this.socket = null;
  }

  private open(): void {
    this.events.onStatus('connecting', null);
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch (error) {
      // A URL the page's security policy refuses throws here rather than failing later.
      this.events.onStatus('disconnected', { kind: 'other', detail: error instanceof Error ? error.message : String(error) });
      this.retry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.lastHeard = Date.now();
      this.send({ type: 'subscribe', topics: [this.topic] });
      this.startPing();
      this.events.onStatus('connected', null);
      this.events.onSubscribed();
    };
    socket.onmessage = (event: MessageEvent<unknown>) => {
      this.lastHeard = Date.now();
      if (typeof event.data !== 'string') return;
      let message: unknown;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      const m = message as { type?: unknown; topic?: unknown; data?: unknown } | null;
      if (m?.type === 'publish' && m.topic === this.topic) this.events.onPublish(m.data);
    };
    socket.onclose = () => this.drop(socket);
  }

  /**
   * Forgets `socket` and schedules the next attempt. Called on close, and on silence without
   * waiting for the close: a dead network can hold a closing handshake open for a long time.
   */
  private drop(socket: WebSocket): void {
    if (this.socket !== socket) return;
    this.socket = null;
    socket.onopen = socket.onmessage = socket.onclose = null;
    socket.close();
    this.stopPing();
    if (this.closed) return;
    this.events.onStatus('disconnected', { kind: 'serverUnreachable', address: this.url.replace(/^ws:\/\//, '') });
    this.retry();
  }

  private retry(): void {
    if (this.closed) return;
    const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)]!;
    this.attempt++;
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private startPing(): void {
    this.stopPing();
    this.pingTimer = setInterval(() => {
      if (this.socket && Date.now() - this.lastHeard > SILENT_LIMIT_MS) {
        this.drop(this.socket);
        return;
      }
      this.send({ type: 'ping' });
    }, PING_MS);
  }

  private stopPing(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }

  private send(message: object): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }
}

import { WebSocket } from 'ws';
import { expect } from 'vitest';
import type { SignalingLimits } from '../../../electron/host/signaling/limits';
import type { SignalingLogEvent } from '../../../electron/host/signaling/log';
import { startSignalingServer, type SignalingServer } from '../../../electron/host/signaling/server';

/** The real server on an ephemeral loopback port, with its log kept for assertions. */
export async function startTestServer(limits: Partial<SignalingLimits> = {}): Promise<{ server: SignalingServer; events: SignalingLogEvent[] }> {
  const events: SignalingLogEvent[] = [];
  const server = await startSignalingServer({ port: 0, limits, log: (event) => events.push(event) });
  return { server, events };
}

/** A real ws client that records what it receives. */
export class TestClient {
  readonly received: Record<string, unknown>[] = [];
  closeCode: number | null = null;
  readonly closed: Promise<number>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.received.push(JSON.parse(String(data)) as Record<string, unknown>));
    socket.on('error', () => {}); // a refused or cut connection is what some tests expect
    this.closed = new Promise((resolve) =>
      socket.on('close', (code: number) => {
        this.closeCode = code;
        resolve(code);
      }),
    );
  }

  /** `from` is the loopback address to connect from (127.0.0.x): each one is another device to the server. */
  static connect(url: string, from?: string): Promise<TestClient> {
    const socket = new WebSocket(url, from === undefined ? undefined : { localAddress: from });
    return new Promise((resolve, reject) => {
      socket.on('open', () => resolve(new TestClient(socket)));
      socket.on('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
      socket.on('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }

  sendRaw(frame: string | Buffer): void {
    this.socket.send(frame);
  }

  publishes(topic?: string): Record<string, unknown>[] {
    return this.received.filter((m) => m.type === 'publish' && (topic === undefined || m.topic === topic));
  }

  /**
   * A round trip on this connection: the server handles a client's frames in order and answers
   * in order, so once the pong is back every earlier frame of ours has been handled, and anything
   * the server relayed to us before handling our ping has arrived.
   */
  async barrier(): Promise<void> {
    const pongs = this.received.filter((m) => m.type === 'pong').length;
    this.send({ type: 'ping' });
    await expect.poll(() => this.received.filter((m) => m.type === 'pong').length).toBe(pongs + 1);
  }

  close(): void {
    this.socket.close();
  }
}

/** Two good clients in one room that exchange a message both ways: proof the server still serves. */
export async function expectGoodClientsServed(a: TestClient, b: TestClient, topic: string): Promise<void> {
  const marker = `still-served-${Math.random()}`;
  a.send({ type: 'publish', topic, data: `${marker}-from-a` });
  b.send({ type: 'publish', topic, data: `${marker}-from-b` });
  await expect.poll(() => b.publishes(topic).some((m) => m.data === `${marker}-from-a`)).toBe(true);
  await expect.poll(() => a.publishes(topic).some((m) => m.data === `${marker}-from-b`)).toBe(true);
}

export async function subscribedPair(url: string, topic: string, from: readonly [string?, string?] = []): Promise<[TestClient, TestClient]> {
  const a = await TestClient.connect(url, from[0]);
  const b = await TestClient.connect(url, from[1]);
  a.send({ type: 'subscribe', topics: [topic] });
  b.send({ type: 'subscribe', topics: [topic] });
  await Promise.all([a.barrier(), b.barrier()]);
  return [a, b];
}

export function dropsOf(events: readonly SignalingLogEvent[], reason: string): SignalingLogEvent[] {
  return events.filter((e) => e.event === 'frame-dropped' && e.reason === reason);
}

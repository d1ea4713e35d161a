import { afterEach, describe, expect, it } from 'vitest';
import type { SignalingServer } from '../../../electron/host/signaling/server';
import { startSignalingServer } from '../../../electron/host/signaling/server';
import { startTestServer, subscribedPair, TestClient } from './signaling-harness';

let server: SignalingServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('signaling server: y-webrtc protocol', () => {
  it('relays a publish to the other subscriber of the topic, with y-webrtc’s fields', async () => {
    ({ server } = await startTestServer());
    const [a, b] = await subscribedPair(server.url, 'room-1');
    a.send({ type: 'publish', topic: 'room-1', data: 'c2lnbmFs', extra: 'not relayed' });
    await expect.poll(() => b.publishes('room-1')).toEqual([{ type: 'publish', topic: 'room-1', data: 'c2lnbmFs', clients: 2 }]);
    // Object data (a room without a passphrase) is relayed as is.
    b.send({ type: 'publish', topic: 'room-1', data: { type: 'announce', from: 'peer-b' } });
    await expect.poll(() => a.publishes('room-1').map((m) => m.data)).toEqual([{ type: 'announce', from: 'peer-b' }]);
  });

  it('never echoes a publish to its sender', async () => {
    ({ server } = await startTestServer());
    const [a, b] = await subscribedPair(server.url, 'room-1');
    a.send({ type: 'publish', topic: 'room-1', data: 'hello' });
    await expect.poll(() => b.publishes().length).toBe(1);
    await a.barrier();
    expect(a.publishes()).toEqual([]);
  });

  it('relays only to subscribers of that topic, and not after unsubscribe', async () => {
    ({ server } = await startTestServer());
    const [a, b] = await subscribedPair(server.url, 'room-1');
    const other = await TestClient.connect(server.url);
    other.send({ type: 'subscribe', topics: ['room-2'] });
    await other.barrier();
    a.send({ type: 'publish', topic: 'room-1', data: 'one' });
    await expect.poll(() => b.publishes().length).toBe(1);
    await other.barrier();
    expect(other.publishes()).toEqual([]);

    b.send({ type: 'unsubscribe', topics: ['room-1'] });
    await b.barrier();
    a.send({ type: 'publish', topic: 'room-1', data: 'two' });
    await a.barrier();
    await b.barrier();
    expect(b.publishes().map((m) => m.data)).toEqual(['one']);
  });

  it('answers lib0’s ping with a pong', async () => {
    ({ server } = await startTestServer());
    const client = await TestClient.connect(server.url);
    client.send({ type: 'ping' });
    await expect.poll(() => client.received).toEqual([{ type: 'pong' }]);
  });

  it('binds loopback by default and reports the port it got', async () => {
    server = await startSignalingServer({ port: 0 });
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
    await TestClient.connect(server.url);
  });

  it('close() ends every client and frees the port', async () => {
    const started = await startTestServer();
    const client = await TestClient.connect(started.server.url);
    await started.server.close();
    await client.closed;
    await expect(TestClient.connect(started.server.url)).rejects.toThrow();
    expect(started.events).toContainEqual({ level: 'info', event: 'closed' });
  });

  it('rejects a port already in use instead of failing later', async () => {
    ({ server } = await startTestServer());
    const port = Number(new URL(server.url).port);
    await expect(startSignalingServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});

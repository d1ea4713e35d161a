import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/host/signaling/limits';
import type { SignalingLogEvent } from '../../../electron/host/signaling/log';
import type { SignalingServer } from '../../../electron/host/signaling/server';
import { dropsOf, expectGoodClientsServed, startTestServer, subscribedPair, TestClient } from './signaling-harness';

/**
 * A flood of sockets must not keep a laptop out of the session (issue 16: 64 idle WebSockets
 * made every newcomer get 503 for as long as they stayed open). Each loopback address 127.0.0.x
 * is another device to the server, so these tests play several devices on one machine. Two good
 * clients are in the room before each flood and must still exchange messages after it, with the
 * newcomer.
 */
let server: SignalingServer | null = null;
let clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients) client.socket.terminate();
  clients = [];
  await server?.close();
  server = null;
});

const device = (n: number): string => `127.0.0.${n}`;
const GOOD = [device(2), device(3)] as const;
const NEWCOMER = device(4);

/** Opens `count` sockets, spread round-robin over `from`; returns those the server took. */
async function flood(url: string, count: number, from: readonly string[], subscribeTo?: string): Promise<{ open: TestClient[]; refused: number }> {
  const open: TestClient[] = [];
  let refused = 0;
  for (let i = 0; i < count; i += 1) {
    const client = await TestClient.connect(url, from[i % from.length]).catch(() => null);
    if (!client) {
      refused += 1;
      continue;
    }
    clients.push(client);
    open.push(client);
    if (subscribeTo !== undefined) {
      client.send({ type: 'subscribe', topics: [subscribeTo] });
      await client.barrier();
    }
  }
  return { open, refused };
}

async function goodPair(url: string): Promise<[TestClient, TestClient]> {
  const pair = await subscribedPair(url, 'room', GOOD);
  clients.push(...pair);
  return pair;
}

/** The newcomer connects at its first try (no 503), joins the room and talks with both good clients. */
async function expectNewcomerServed(url: string, a: TestClient, b: TestClient): Promise<void> {
  const newcomer = await TestClient.connect(url, NEWCOMER);
  clients.push(newcomer);
  newcomer.send({ type: 'subscribe', topics: ['room'] });
  await newcomer.barrier();
  await expectGoodClientsServed(a, newcomer, 'room');
  await expectGoodClientsServed(b, newcomer, 'room');
  await expectGoodClientsServed(a, b, 'room');
}

/** Waits for `check` over real I/O without moving a fake clock (expect.poll advances one as it polls). */
async function settle(check: () => boolean): Promise<void> {
  const giveUp = performance.now() + 10_000;
  while (!check()) {
    if (performance.now() > giveUp) throw new Error('condition not reached within 10 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** TestClient.barrier without expect.poll: a ping, and its pong back. */
async function roundTrip(client: TestClient): Promise<void> {
  const pongs = () => client.received.filter((m) => m.type === 'pong').length;
  const before = pongs();
  client.send({ type: 'ping' });
  await settle(() => pongs() === before + 1);
}

const stillOpen = (list: readonly TestClient[]): number => list.filter((client) => client.closeCode === null).length;
const evictions = (events: readonly SignalingLogEvent[]) => events.filter((e) => e.event === 'connection-evicted');

describe('signaling server: a flood cannot keep a newcomer out', () => {
  it('the defaults bound the wait: one device holds an eighth of the server, an idle socket goes within 10 s', () => {
    expect(DEFAULT_LIMITS.maxConnectionsPerAddress * 8).toBeLessThanOrEqual(DEFAULT_LIMITS.maxConnections);
    expect(DEFAULT_LIMITS.maxSubscribersPerTopic).toBeLessThan(DEFAULT_LIMITS.maxConnections);
    expect(DEFAULT_LIMITS.subscribeTimeoutMs).toBeLessThan(10_000);
  });

  it('64 idle sockets from one device: it gets its share only, and a newcomer from another device is served at once', async () => {
    const started = await startTestServer({ subscribeTimeoutMs: 60_000 }); // long: the deadline is not what lets the newcomer in
    server = started.server;
    const [a, b] = await goodPair(server.url);
    const { open, refused } = await flood(server.url, 64, [device(10)]);
    expect(open).toHaveLength(DEFAULT_LIMITS.maxConnectionsPerAddress);
    expect(refused).toBe(64 - DEFAULT_LIMITS.maxConnectionsPerAddress);
    await expectNewcomerServed(server.url, a, b);
    expect(evictions(started.events)).toEqual([]);
  });

  it('64 idle sockets from eight devices fill the server: a newcomer takes an idle socket’s place at once', async () => {
    const started = await startTestServer({ subscribeTimeoutMs: 60_000 });
    server = started.server;
    const [a, b] = await goodPair(server.url);
    const devices = [10, 11, 12, 13, 14, 15, 16, 17].map(device);
    const { open } = await flood(server.url, 64, devices);
    // The server is full: the last flood sockets took places from flood devices holding more, never from a good client.
    await expect.poll(() => stillOpen(open) + 2).toBe(DEFAULT_LIMITS.maxConnections);
    const before = evictions(started.events).length;
    await expectNewcomerServed(server.url, a, b);
    const made = evictions(started.events).slice(before);
    expect(made).toHaveLength(1);
    expect(devices).toContain((made[0] as { remote: string }).remote);
    expect([a.closeCode, b.closeCode]).toEqual([null, null]);
  });

  it('64 subscribed sockets from one device: a newcomer from another device joins the room and talks', async () => {
    const started = await startTestServer({ subscribeTimeoutMs: 60_000 });
    server = started.server;
    const [a, b] = await goodPair(server.url);
    const { open } = await flood(server.url, 64, [device(10)], 'room');
    expect(open).toHaveLength(DEFAULT_LIMITS.maxConnectionsPerAddress);
    await expectNewcomerServed(server.url, a, b);
  });

  it('64 sockets from eight devices parked in the room itself: the room keeps its cap, and a newcomer still gets in and talks', async () => {
    const started = await startTestServer({ subscribeTimeoutMs: 60_000 });
    server = started.server;
    const [a, b] = await goodPair(server.url);
    const devices = [10, 11, 12, 13, 14, 15, 16, 17].map(device);
    await flood(server.url, 64, devices, 'room');
    // The room never held more than its cap, and the good clients were never the ones to give way.
    a.send({ type: 'publish', topic: 'room', data: 'count' });
    await expect.poll(() => b.publishes('room').find((m) => m.data === 'count')?.clients).toBe(DEFAULT_LIMITS.maxSubscribersPerTopic);
    expect([a.closeCode, b.closeCode]).toEqual([null, null]);
    await expectNewcomerServed(server.url, a, b);
    expect([a.closeCode, b.closeCode]).toEqual([null, null]);
  });

  it('a room full of one device’s sockets refuses that device more, and makes way for another', async () => {
    const started = await startTestServer({ maxSubscribersPerTopic: 4, subscribeTimeoutMs: 60_000 });
    server = started.server;
    const { open } = await flood(server.url, 4, [device(10)], 'room');
    const more = await TestClient.connect(server.url, device(10));
    clients.push(more);
    more.send({ type: 'subscribe', topics: ['room'] });
    await more.barrier();
    expect(dropsOf(started.events, 'topic-full')).toHaveLength(1);
    const [a, b] = await goodPair(server.url);
    // Each good client took the place of the flooding device's oldest subscriber.
    await expect.poll(() => open.map((client) => client.closeCode !== null)).toEqual([true, true, false, false]);
    await expectGoodClientsServed(a, b, 'room');
  });

  /**
   * The deadlines run on a fake setTimeout (the sockets stay real), installed once the good
   * clients are in: time moves only when the test says so, so no socket expires early on a busy
   * machine and the default deadline itself is checked to the millisecond. Waits use `settle`,
   * not expect.poll, which would move the fake clock as it polls.
   */
  describe('with the subscribe deadline on a clock the test moves', () => {
    const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    afterEach(() => vi.useRealTimers());
    const timeouts = (events: readonly SignalingLogEvent[]) => events.filter((e) => e.event === 'idle-timeout');

    it('sockets that answer pings but never subscribe are closed at the deadline; then their own device gets in too', async () => {
      const started = await startTestServer();
      server = started.server;
      const [a, b] = await goodPair(server.url);
      fakeClock();
      const { open } = await flood(server.url, 64, [device(10)]);
      expect(open).toHaveLength(DEFAULT_LIMITS.maxConnectionsPerAddress);
      for (const client of open) client.send({ type: 'ping' }); // lib0's keep-alive: still not a subscription
      await settle(() => open.every((client) => client.received.some((m) => m.type === 'pong')));
      await expect(TestClient.connect(server.url, device(10))).rejects.toThrow('HTTP 503');
      vi.advanceTimersByTime(DEFAULT_LIMITS.subscribeTimeoutMs - 1);
      expect(timeouts(started.events)).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(timeouts(started.events)).toHaveLength(open.length);
      await settle(() => stillOpen(open) === 0);
      clients.push(await TestClient.connect(server.url, device(10)));
      vi.useRealTimers();
      // The subscribed clients outlived the deadline.
      expect([a.closeCode, b.closeCode]).toEqual([null, null]);
      await expectGoodClientsServed(a, b, 'room');
    });

    it('a socket that leaves its last topic gets the deadline again; one that stays is kept', async () => {
      const started = await startTestServer();
      server = started.server;
      const [a, b] = await goodPair(server.url);
      fakeClock();
      const leaver = await TestClient.connect(server.url, device(10));
      clients.push(leaver);
      leaver.send({ type: 'subscribe', topics: ['room'] });
      await roundTrip(leaver);
      vi.advanceTimersByTime(DEFAULT_LIMITS.subscribeTimeoutMs * 2);
      leaver.send({ type: 'unsubscribe', topics: ['room'] });
      await roundTrip(leaver); // still open: subscribed, it had no deadline
      vi.advanceTimersByTime(DEFAULT_LIMITS.subscribeTimeoutMs - 1);
      expect(timeouts(started.events)).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(timeouts(started.events)).toHaveLength(1);
      await leaver.closed;
      vi.useRealTimers();
      expect([a.closeCode, b.closeCode]).toEqual([null, null]);
      await expectGoodClientsServed(a, b, 'room');
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { SignalingServer } from '../../../electron/host/signaling/server';
import { dropsOf, expectGoodClientsServed, startTestServer, subscribedPair, TestClient } from './signaling-harness';

/**
 * Every bad case runs next to two good clients in a room: the bad frames must be dropped and
 * logged, and the good clients must still be served afterwards (the stock y-webrtc server
 * crashes on the first unparsable frame).
 */
let server: SignalingServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('signaling server: bad input is dropped and logged, good clients keep being served', () => {
  it('malformed JSON', async () => {
    const started = await startTestServer();
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const bad = await TestClient.connect(server.url);
    for (const frame of ['{', 'not json', '{"type":"publish",', '\u0000', '']) bad.sendRaw(frame);
    await bad.barrier();
    expect(dropsOf(started.events, 'malformed-json')).toHaveLength(5);
    await expectGoodClientsServed(a, b, 'room');
  });

  it('wrong types and unknown message types', async () => {
    const started = await startTestServer();
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const bad = await TestClient.connect(server.url);
    const invalid = [null, 42, 'subscribe', [], { topics: ['room'] }, { type: 7 }, { type: 'subscribe' }, { type: 'subscribe', topics: 'room' },
      { type: 'unsubscribe', topics: null }, { type: 'publish', topic: 'room' }, { type: 'publish', topic: 'room', data: null },
      { type: 'publish', topic: 'room', data: 5 }, { type: 'publish', topic: 'room', data: [] }];
    const badTopics = [{ type: 'subscribe', topics: [1] }, { type: 'subscribe', topics: [''] }, { type: 'publish', topic: { x: 1 }, data: 'x' },
      { type: 'subscribe', topics: ['x'.repeat(257)] }];
    for (const message of [...invalid, ...badTopics, { type: 'announce' }, { type: '__proto__' }]) bad.send(message);
    bad.sendRaw(Buffer.from('{"type":"ping"}')); // binary: y-webrtc only sends text
    await bad.barrier();
    expect(dropsOf(started.events, 'invalid-message')).toHaveLength(invalid.length);
    expect(dropsOf(started.events, 'bad-topic')).toHaveLength(badTopics.length);
    expect(dropsOf(started.events, 'unknown-type')).toHaveLength(2);
    expect(dropsOf(started.events, 'binary-frame')).toHaveLength(1);
    expect(bad.received).toEqual([{ type: 'pong' }]); // the binary ping got none
    await expectGoodClientsServed(a, b, 'room');
  });

  it('a publish nested deep enough to overflow JSON.stringify is dropped; the server stays up', async () => {
    const started = await startTestServer();
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    // 30,000 levels in about 60 KB: under the frame limit, far past any stack.
    b.sendRaw(`{"type":"publish","topic":"room","data":{"a":${'['.repeat(30_000)}${']'.repeat(30_000)}}}`);
    b.sendRaw(`{"type":"publish","topic":"room","data":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`);
    await b.barrier();
    expect(dropsOf(started.events, 'invalid-message')).toHaveLength(2);
    expect(a.publishes()).toEqual([]);
    await expectGoodClientsServed(a, b, 'room');
  });

  it('a publish to a topic the sender never subscribed to reaches no one', async () => {
    const started = await startTestServer();
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const stranger = await TestClient.connect(server.url);
    stranger.send({ type: 'publish', topic: 'room', data: 'intrusion' });
    await stranger.barrier();
    await a.barrier();
    expect(a.publishes()).toEqual([]);
    expect(dropsOf(started.events, 'not-subscribed')).toHaveLength(1);
    await expectGoodClientsServed(a, b, 'room');
  });

  it('oversized frames close only the sender’s socket (1009)', async () => {
    const started = await startTestServer({ maxFrameBytes: 1024 });
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const bad = await TestClient.connect(server.url);
    bad.send({ type: 'subscribe', topics: ['room'] });
    await bad.barrier();
    bad.send({ type: 'publish', topic: 'room', data: 'x'.repeat(2000) });
    expect(await bad.closed).toBe(1009);
    expect(dropsOf(started.events, 'oversized')).toHaveLength(1);
    await a.barrier();
    expect(a.publishes()).toEqual([]);
    // Just under the limit still goes through.
    a.send({ type: 'publish', topic: 'room', data: 'y'.repeat(900) });
    await expect.poll(() => b.publishes().length).toBe(1);
    await expectGoodClientsServed(a, b, 'room');
  });

  it('a flood is cut to the token bucket, reported in batches, and the flooder can speak again later', async () => {
    const started = await startTestServer({ ratePerSecond: 10, burst: 20 });
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const flooder = await TestClient.connect(server.url);
    flooder.send({ type: 'subscribe', topics: ['room'] });
    for (let i = 0; i < 2000; i += 1) flooder.send({ type: 'publish', topic: 'room', data: `flood-${i}` });
    await expect.poll(() => dropsOf(started.events, 'rate-limited').length).toBeGreaterThan(0);
    await a.barrier();
    const relayed = a.publishes().length;
    // The burst (minus the subscribe) plus what refilled while the frames arrived; nowhere near 2000.
    expect(relayed).toBeGreaterThanOrEqual(19);
    expect(relayed).toBeLessThan(100);
    const reports = dropsOf(started.events, 'rate-limited');
    expect(reports.length).toBeLessThan(10); // batched, not one log line per dropped frame
    await expectGoodClientsServed(a, b, 'room');
    // Tokens refill: after a pause the flooder is served again, so a burst is not a ban.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await flooder.barrier();
  });

  it('too many topics: the whole subscribe is refused and the earlier topics are kept', async () => {
    const started = await startTestServer({ maxTopicsPerConnection: 4 });
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const greedy = await TestClient.connect(server.url);
    greedy.send({ type: 'subscribe', topics: ['t1', 't2', 't3', 't4', 't5'] });
    greedy.send({ type: 'subscribe', topics: ['room', 't1', 't2'] });
    greedy.send({ type: 'subscribe', topics: ['t3', 't4'] });
    await greedy.barrier();
    expect(dropsOf(started.events, 'too-many-topics')).toHaveLength(2);
    a.send({ type: 'publish', topic: 'room', data: 'to room' });
    await expect.poll(() => greedy.publishes('room').length).toBe(1);
    // t3 was refused, so a publish there from the greedy client is dropped as not-subscribed.
    greedy.send({ type: 'publish', topic: 't3', data: 'x' });
    await greedy.barrier();
    expect(dropsOf(started.events, 'not-subscribed')).toHaveLength(1);
    await expectGoodClientsServed(a, b, 'room');
  });

  it('too many connections: the extra one is refused with 503, and a freed slot is reused', async () => {
    const started = await startTestServer({ maxConnections: 3 });
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const third = await TestClient.connect(server.url);
    await expect(TestClient.connect(server.url)).rejects.toThrow('HTTP 503');
    await expect(TestClient.connect(server.url)).rejects.toThrow('HTTP 503');
    expect(started.events.filter((e) => e.event === 'connection-refused')).toHaveLength(2);
    await expectGoodClientsServed(a, b, 'room');
    third.close();
    await third.closed;
    await expect.poll(async () => TestClient.connect(server!.url).then(() => true, () => false)).toBe(true);
  });

  it('a peer that stops answering pings is terminated and leaves its topics; live peers stay', async () => {
    const started = await startTestServer({ pingIntervalMs: 100 });
    server = started.server;
    const [a, b] = await subscribedPair(server.url, 'room');
    const dead = await TestClient.connect(server.url);
    dead.send({ type: 'subscribe', topics: ['room'] });
    await dead.barrier();
    dead.socket.pause(); // reads nothing more, so it never sees a ping, so it never pongs
    await expect.poll(() => started.events.filter((e) => e.event === 'dead-peer')).toHaveLength(1);
    const deadId = (started.events.find((e) => e.event === 'dead-peer') as { connection: number }).connection;
    await expect.poll(() => started.events.some((e) => e.event === 'connection-closed' && e.connection === deadId)).toBe(true);
    // Several intervals on, the answering clients are still connected; the room counts two.
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(started.events.filter((e) => e.event === 'dead-peer')).toHaveLength(1);
    a.send({ type: 'publish', topic: 'room', data: 'after' });
    await expect.poll(() => b.publishes().at(-1)).toMatchObject({ data: 'after', clients: 2 });
    await expectGoodClientsServed(a, b, 'room');
  });
});

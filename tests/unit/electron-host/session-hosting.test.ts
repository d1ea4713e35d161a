import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionHosting, type SessionHosting } from '../../../electron/host/session-hosting';
import { foreignAddress, freePort } from './free-port';
import { expectGoodClientsServed, subscribedPair, TestClient } from './signaling-harness';

/** The connect-src sources of a response's policy. */
const connectSrc = (headers: Readonly<Record<string, string>>) =>
  (headers['Content-Security-Policy'] ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
    ?.slice(1);

let dataDir: string;
let hosting: SessionHosting;
const opened: Array<{ close(): unknown }> = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-hosting-'));
  hosting = await createSessionHosting(dataDir);
});
afterEach(async () => {
  for (const each of opened.splice(0)) await each.close();
  await hosting.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('session hosting: the server', () => {
  it("offers this machine's addresses, loopback included and listed last", async () => {
    const addresses = await hosting.lanAddresses();
    expect(addresses).toContainEqual(expect.objectContaining({ address: '127.0.0.1', family: 'IPv4', internal: true }));
    const internal = addresses.map((entry) => entry.internal);
    expect(internal).toEqual([...internal].sort((a, b) => Number(a) - Number(b)));
    expect(addresses.some((entry) => entry.address.toLowerCase().startsWith('fe80:'))).toBe(false);
  });

  it('starts on a chosen address and port, where real ws clients subscribe and are relayed', async () => {
    const port = await freePort();
    const info = await hosting.start('127.0.0.1', port);
    expect(info).toEqual({ url: `ws://127.0.0.1:${port}`, address: '127.0.0.1', port });
    await expect(hosting.info()).resolves.toEqual(info);
    const [a, b] = await subscribedPair(info.url, 'tandem:ROOM0001');
    opened.push(a, b);
    await expectGoodClientsServed(a, b, 'tandem:ROOM0001');
  });

  it('returns the running server for a second start on the same address and port', async () => {
    const port = await freePort();
    const first = await hosting.start('127.0.0.1', port);
    const client = await TestClient.connect(first.url);
    opened.push(client);
    expect(await hosting.start('127.0.0.1', port)).toBe(first);
    // Not restarted: the connected client is still served.
    await client.barrier();
    expect(client.closeCode).toBeNull();
  });

  it('replaces the server when started on another port', async () => {
    const first = await hosting.start('127.0.0.1', await freePort());
    const client = await TestClient.connect(first.url);
    const port = await freePort();
    const second = await hosting.start('127.0.0.1', port);
    expect(second.port).toBe(port);
    await client.closed;
    await expect(TestClient.connect(first.url)).rejects.toThrow(/ECONNREFUSED/);
    opened.push(await TestClient.connect(second.url));
  });

  it.each([
    ['0.0.0.0', 'an every-interface address'],
    [foreignAddress(), 'an address of no interface here'],
    ['localhost', 'a name'],
    ['', 'nothing'],
  ])('refuses %s (%s) as not an address of this laptop', async (address) => {
    await expect(hosting.start(address, await freePort())).rejects.toThrow(
      new RangeError(`${address} is not an address of this laptop; pick one of its network interfaces.`),
    );
    await expect(hosting.info()).resolves.toBeNull();
  });

  it.each([0, -1, 65536, 70000, 1.5, Number.NaN])('refuses port %s', async (port) => {
    await expect(hosting.start('127.0.0.1', port)).rejects.toThrow(new RangeError(`${port} is not a port (1–65535).`));
  });

  it('says a port in use is in use', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    opened.push({ close: () => new Promise((resolve) => busy.close(resolve)) });
    const { port } = busy.address() as AddressInfo;
    await expect(hosting.start('127.0.0.1', port)).rejects.toThrow(`Port ${port} on 127.0.0.1 is in use: pick another port.`);
    await expect(hosting.info()).resolves.toBeNull();
    // Hosting still works on a free port afterwards.
    await expect(hosting.start('127.0.0.1', await freePort())).resolves.toMatchObject({ address: '127.0.0.1' });
  });

  it('keeps the running session when a move to a busy port is refused', async () => {
    const info = await hosting.start('127.0.0.1', await freePort());
    const client = await TestClient.connect(info.url);
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    opened.push({ close: () => new Promise((resolve) => busy.close(resolve)) });
    const { port } = busy.address() as AddressInfo;
    await expect(hosting.start('127.0.0.1', port)).rejects.toThrow('is in use');
    await expect(hosting.info()).resolves.toEqual(info);
    // The old server still serves its client: the barrier is a ping answered by a pong.
    await client.barrier();
    expect(client.closeCode).toBeNull();
    client.close();
  });

  it('offers only addresses on a local network, and refuses to host on one of this laptop’s public ones', async () => {
    const { networkInterfaces } = await import('node:os');
    const publicOnes = Object.values(networkInterfaces()).flat()
      .filter((entry) => entry?.family === 'IPv4' && !/^(10|127)\.|^192\.168\.|^169\.254\.|^172\.(1[6-9]|2\d|3[01])\./.test(entry.address))
      .map((entry) => entry!.address);
    const offered = (await hosting.lanAddresses()).map((entry) => entry.address);
    expect(offered).toContain('127.0.0.1');
    // Machines differ: this one has eth0 on 192.0.2.2 (a documentation range, not a local network).
    for (const address of publicOnes) {
      expect(offered).not.toContain(address);
      await expect(hosting.start(address, await freePort())).rejects.toThrow('is not an address on a local network');
    }
  });

  it('offers IPv4 addresses only (a page policy cannot name an IPv6 literal)', async () => {
    const addresses = await hosting.lanAddresses();
    expect(addresses.map((entry) => entry.address)).toContain('127.0.0.1');
    expect(addresses.every((entry) => entry.family === 'IPv4' && !entry.address.includes(':'))).toBe(true);
  });

  it('stop closes the server and its connections', async () => {
    const info = await hosting.start('127.0.0.1', await freePort());
    const client = await TestClient.connect(info.url);
    await hosting.stop();
    await client.closed;
    await expect(TestClient.connect(info.url)).rejects.toThrow(/ECONNREFUSED/);
    await expect(hosting.info()).resolves.toBeNull();
    await hosting.stop(); // twice is fine
  });
});

describe("session hosting: the page's policy for session servers", () => {
  it('lists the hosted server in the CSP connect-src of the page', async () => {
    const info = await hosting.start('127.0.0.1', await freePort());
    expect(connectSrc(hosting.headers(true))).toEqual(["'self'", info.url]);
  });

  it('says a reload is needed for an address the served page does not allow yet, and not after', async () => {
    expect(connectSrc(hosting.headers(true))).toEqual(["'self'"]);
    await expect(hosting.allow('192.168.1.20:4444')).resolves.toEqual({ reloadNeeded: true });
    // Other responses keep the policy the page was served with until the page itself is served again.
    expect(connectSrc(hosting.headers(false))).toEqual(["'self'"]);
    expect(connectSrc(hosting.headers(true))).toEqual(["'self'", 'ws://192.168.1.20:4444']);
    expect(connectSrc(hosting.headers(false))).toEqual(["'self'", 'ws://192.168.1.20:4444']);
    await expect(hosting.allow('ws://192.168.1.20:4444/')).resolves.toEqual({ reloadNeeded: false });
  });

  it('refuses invalid addresses with the reason, and never lets them into the policy', async () => {
    for (const [url, reason] of [
      ['wss://192.168.1.20:4444', /Use a ws:\/\/ address/],
      ['ws://a:1; script-src *', /is not a port/],
      ['ws://192.168.1.20:4444/path', /host and port only/],
      ['192.168.1.20', /Add the port/],
      ['bad_host:1', /is not a host name/],
    ] as const) {
      await expect(hosting.allow(url), url).rejects.toThrow(reason);
      await expect(hosting.allow(url)).rejects.toBeInstanceOf(RangeError);
    }
    expect(connectSrc(hosting.headers(true))).toEqual(["'self'"]);
  });

  it('persists allowed addresses to session-servers.json, newest first, and a new instance reads them', async () => {
    await hosting.allow('10.0.0.1:4444');
    await hosting.allow('10.0.0.2:4444');
    await hosting.allow('10.0.0.1:4444'); // already allowed: not moved, not duplicated
    const file = path.join(dataDir, 'session-servers.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(['ws://10.0.0.2:4444', 'ws://10.0.0.1:4444']);

    const again = await createSessionHosting(dataDir);
    expect(connectSrc(again.headers(true))).toEqual(["'self'", 'ws://10.0.0.2:4444', 'ws://10.0.0.1:4444']);
    // Served with the page from the start: no reload needed to rejoin after a restart.
    await expect(again.allow('ws://10.0.0.1:4444')).resolves.toEqual({ reloadNeeded: false });
  });

  it('keeps at most 8 addresses, dropping the oldest', async () => {
    for (let i = 1; i <= 10; i++) await hosting.allow(`10.0.0.${i}:4444`);
    const expected = Array.from({ length: 8 }, (_, i) => `ws://10.0.0.${10 - i}:4444`);
    expect(JSON.parse(await readFile(path.join(dataDir, 'session-servers.json'), 'utf8'))).toEqual(expected);
    expect(connectSrc(hosting.headers(true))).toEqual(["'self'", ...expected]);
  });

  it('reads a damaged or tampered file without trusting it: invalid entries dropped, at most 8 kept', async () => {
    const file = path.join(dataDir, 'session-servers.json');
    const tampered = ['ws://a:1; script-src *', 42, 'http://x:1', ...Array.from({ length: 10 }, (_, i) => `ws://10.0.1.${i}:4444`)];
    await writeFile(file, JSON.stringify(tampered));
    const read = await createSessionHosting(dataDir);
    expect(connectSrc(read.headers(true))).toEqual(["'self'", ...Array.from({ length: 8 }, (_, i) => `ws://10.0.1.${i}:4444`)]);
    for (const damaged of ['{not json', '{"a":1}', '']) {
      await writeFile(file, damaged);
      expect(connectSrc((await createSessionHosting(dataDir)).headers(true))).toEqual(["'self'"]);
    }
  });
});

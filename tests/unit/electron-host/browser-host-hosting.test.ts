import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { createHostServices } from '../../../electron/host/host-services';
import { createSessionHosting, type SessionHosting } from '../../../electron/host/session-hosting';
import { foreignAddress, freePort } from './free-port';
import { TestClient } from './signaling-harness';
import { sendTo, type Reply } from './http-send';

/** The browser host's hosting routes, over real HTTP with the app's own Host and Origin. */
let dir: string;
let host: BrowserHost;
let hosting: SessionHosting;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-host-hosting-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const dataDir = path.join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  hosting = await createSessionHosting(dataDir);
  const services = createHostServices({ mode: 'browser', appVersion: '9.9.9', dataDir, hosting });
  host = await startBrowserHost({ port: 0, rendererDir, services, headers: hosting.headers });
});
afterEach(async () => {
  await hosting.stop();
});
afterAll(async () => {
  await host.close();
  await hosting.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(method: string, urlPath: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<Reply> {
  return sendTo(host.port, method, urlPath, headers, body);
}

const own = () => ({ Host: `127.0.0.1:${host.port}`, Origin: `http://127.0.0.1:${host.port}` });
/** A host call as the page makes it; the reply's status and parsed body. */
async function call(route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const reply = await send('POST', `/host/${route}`, own(), body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  return { status: reply.status, json: JSON.parse(reply.body) as unknown };
}
const connectSrc = (reply: Reply) =>
  String(reply.headers['content-security-policy'])
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
    ?.slice(1);

describe('browser host: hosting routes', () => {
  it('lists LAN addresses', async () => {
    const { status, json } = await call('lan-addresses');
    expect(status).toBe(200);
    expect(json).toContainEqual(expect.objectContaining({ address: '127.0.0.1', internal: true }));
  });

  it('starts hosting, reports it, serves ws clients, and stops', async () => {
    const port = await freePort();
    const started = await call('start-hosting', ['127.0.0.1', port]);
    expect(started).toEqual({ status: 200, json: { url: `ws://127.0.0.1:${port}`, address: '127.0.0.1', port } });
    expect(await call('hosting-info')).toEqual(started);
    const client = await TestClient.connect(`ws://127.0.0.1:${port}`);
    client.send({ type: 'subscribe', topics: ['tandem:ROOM0001'] });
    await client.barrier();

    expect(await call('stop-hosting')).toEqual({ status: 200, json: null });
    await client.closed;
    expect(await call('hosting-info')).toEqual({ status: 200, json: null });
  });

  it('puts the hosted server into the served page’s policy', async () => {
    const port = await freePort();
    await call('start-hosting', ['127.0.0.1', port]);
    const page = await send('GET', '/', { Host: `127.0.0.1:${host.port}` });
    expect(connectSrc(page)).toContain(`ws://127.0.0.1:${port}`);
  });

  it('allows a session server: a reload is needed until the page has been served with it', async () => {
    expect(await call('allow-session-server', ['192.168.7.7:4444'])).toEqual({ status: 200, json: { reloadNeeded: true } });
    const page = await send('GET', '/', { Host: `127.0.0.1:${host.port}` });
    expect(connectSrc(page)).toContain('ws://192.168.7.7:4444');
    expect(await call('allow-session-server', ['ws://192.168.7.7:4444'])).toEqual({ status: 200, json: { reloadNeeded: false } });
  });

  it.each([
    ['start-hosting', 'not json'],
    ['start-hosting', 'null'],
    ['start-hosting', '"127.0.0.1"'],
    ['start-hosting', '{"address":"127.0.0.1","port":4444}'],
    ['allow-session-server', '{"url":'],
    ['allow-session-server', '{"url":"ws://a:1"}'],
  ])('%s refuses the body %j, not a JSON list of arguments, with 400', async (route, body) => {
    expect(await call(route, body)).toEqual({ status: 400, json: { error: `tandem:${route}: the arguments must be a JSON list.` } });
  });

  // The same refusals, word for word, as Electron's IPC handlers (ipc-handlers.test.ts).
  it.each([
    [[], 'tandem:start-hosting: expected 2 argument(s), got 0.'],
    ['', 'tandem:start-hosting: expected 2 argument(s), got 0.'],
    [['127.0.0.1'], 'tandem:start-hosting: expected 2 argument(s), got 1.'],
    [['127.0.0.1', 4444, true], 'tandem:start-hosting: expected 2 argument(s), got 3.'],
    [['127.0.0.1', '4444'], 'tandem:start-hosting: port: expected a whole number, found the text "4444".'],
    [[127, 4444], 'tandem:start-hosting: address: expected text, found number 127.'],
    [[1, 2], 'tandem:start-hosting: address: expected text, found number 1.'],
  ])('start-hosting refuses %j with 400', async (body, error) => {
    expect(await call('start-hosting', body)).toEqual({ status: 400, json: { error } });
  });

  it('allow-session-server refuses a call without one url text with 400', async () => {
    const refusals: Array<[unknown[], string]> = [
      [[], 'tandem:allow-session-server: expected 1 argument(s), got 0.'],
      [[5], 'tandem:allow-session-server: url: expected text, found number 5.'],
      [[{ href: 'ws://a:1' }], 'tandem:allow-session-server: url: expected text, found an object.'],
    ];
    for (const [body, error] of refusals) {
      expect(await call('allow-session-server', body)).toEqual({ status: 400, json: { error } });
    }
  });

  it('refuses an oversized body with 413', async () => {
    const reply = await call('allow-session-server', JSON.stringify(['x'.repeat(5000)]));
    expect(reply).toEqual({ status: 413, json: { error: 'Request body exceeds the limit of 4096 bytes.' } });
  });

  it('refuses an address or port the hosting refuses with 400 and its reason', async () => {
    const foreign = foreignAddress();
    expect(await call('start-hosting', [foreign, 4444])).toEqual({
      status: 400,
      json: { error: `${foreign} is not an address of this laptop; pick one of its network interfaces.` },
    });
    expect(await call('start-hosting', ['127.0.0.1', 0])).toEqual({ status: 400, json: { error: '0 is not a port (1–65535).' } });
    expect(await call('allow-session-server', ['wss://a:1'])).toEqual({
      status: 400,
      json: { error: 'Use a ws:// address; "wss://" is not one the session server speaks.' },
    });
  });

  it('reports a port in use with its message', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {}); // the host logs non-4xx failures
    try {
      const { status, json } = await call('start-hosting', ['127.0.0.1', port]);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(json).toEqual({ error: `Port ${port} on 127.0.0.1 is in use: pick another port.` });
    } finally {
      logged.mockRestore();
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it.each(['lan-addresses', 'start-hosting', 'stop-hosting', 'hosting-info', 'allow-session-server'])('refuses %s from another origin, and by GET', async (route) => {
    const foreign = await send('POST', `/host/${route}`, { Host: `127.0.0.1:${host.port}`, Origin: 'http://evil.example' }, '{}');
    expect([foreign.status, JSON.parse(foreign.body)]).toEqual([403, { error: 'Forbidden origin.' }]);
    const get = await send('GET', `/host/${route}`, own());
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
  });
});

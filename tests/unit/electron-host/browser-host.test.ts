import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { createSessionHosting } from '../../../electron/host/session-hosting';
import { createHostServices } from '../../../electron/host/host-services';
import { sendTo, type Reply } from './http-send';

/** The browser host's refusals, on an ephemeral port with a tiny body limit. */
let dir: string;
let host: BrowserHost;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-host-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const hosting = await createSessionHosting(path.join(dir, 'data'));
  const services = createHostServices({ mode: 'browser', appVersion: '9.9.9', dataDir: path.join(dir, 'data'), hosting });
  host = await startBrowserHost({ port: 0, rendererDir, services, maxBodyBytes: 16 });
  origin = `http://127.0.0.1:${host.port}`;
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(method: string, urlPath: string, headers: Record<string, string>, body?: Uint8Array): Promise<Reply> {
  return sendTo(host.port, method, urlPath, headers, body);
}

const own = () => ({ Host: `127.0.0.1:${host.port}`, Origin: origin });
/** An export's route: the name travels as the JSON argument list in the query, the bytes as the body. */
const exportPath = (name: string) => `/host/export-file?args=${encodeURIComponent(JSON.stringify([name]))}`;

describe('browser host', () => {
  it('serves index.html with the security headers and no-store', async () => {
    const reply = await send('GET', '/', { Host: `127.0.0.1:${host.port}` });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('answers /host/info to its own origin only', async () => {
    expect(JSON.parse((await send('POST', '/host/info', own())).body)).toMatchObject({ mode: 'browser', appVersion: '9.9.9' });
    const foreigns: Array<Record<string, string>> = [{ Origin: 'http://evil.example' }, { Origin: 'null' }, { Origin: `http://localhost:${host.port}` }, {}];
    for (const foreign of foreigns) {
      const reply = await send('POST', '/host/info', { Host: `127.0.0.1:${host.port}`, ...foreign });
      expect(reply.status, JSON.stringify(foreign)).toBe(403);
      expect(JSON.parse(reply.body)).toEqual({ error: 'Forbidden origin.' });
    }
  });

  it('refuses an absolute-form request target, whatever origin it names', async () => {
    const evil = await send('POST', 'http://evil.example/host/info', { Host: `127.0.0.1:${host.port}`, Origin: 'http://evil.example' });
    expect(evil.status).toBe(400);
    expect(JSON.parse(evil.body)).toEqual({ error: 'Bad request target.' });
    expect(evil.body).not.toContain('9.9.9');
    // Even one that names this very host: the origin comes from the Host header, never the target.
    expect((await send('POST', `${origin}/host/info`, own())).status).toBe(400);
    expect((await send('GET', `${origin}/`, { Host: `127.0.0.1:${host.port}` })).status).toBe(400);
    // A target starting with '//' stays a path on this host (not an authority), so no API call.
    const slashes = await send('POST', '//evil.example/host/info', { Host: `127.0.0.1:${host.port}`, Origin: 'http://evil.example' });
    expect(slashes.status).toBe(405);
  });

  it('redirects pages on localhost to 127.0.0.1 (one origin, one store) and refuses its API calls', async () => {
    const page = await send('GET', '/', { Host: `localhost:${host.port}` });
    expect(page.status).toBe(308);
    expect(page.headers.location).toBe(`${origin}/`);
    expect(page.body).toBe('');
    const asset = await send('HEAD', '/assets/app.js?v=2', { Host: `localhost:${host.port}` });
    expect([asset.status, asset.headers.location]).toEqual([308, `${origin}/assets/app.js?v=2`]);

    const api = await send('POST', '/host/info', { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(api.status).toBe(403);
    expect(api.body).not.toContain('9.9.9');
    const exported = await send('POST', '/host/export-file?name=x.txt', { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` }, new Uint8Array(1));
    expect(exported.status).toBe(403);
    const put = await send('PUT', '/', { Host: `localhost:${host.port}` });
    expect([put.status, put.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('refuses a foreign Host header (DNS rebinding) on pages and API alike', async () => {
    expect((await send('GET', '/', { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await send('POST', '/host/info', { Host: `evil.example:${host.port}`, Origin: `http://evil.example:${host.port}` })).status).toBe(403);
    expect((await send('GET', '/', { Host: '127.0.0.1:1' })).status).toBe(403);
  });

  it('writes an export and refuses one over the limit with 413', async () => {
    const saved = await send('POST', exportPath('notes.txt'), own(), new TextEncoder().encode('hello'));
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toMatchObject({ bytes: 5, path: path.join(dir, 'data', 'exports', 'notes.txt') });
    const big = await send('POST', exportPath('big.bin'), own(), new Uint8Array(17));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error).toMatch(/limit of 16 bytes/);
    // Without a Content-Length the limit is enforced while streaming.
    const chunked = await send('POST', exportPath('big.bin'), { ...own(), 'Transfer-Encoding': 'chunked' }, new Uint8Array(17));
    expect(chunked.status).toBe(413);
    expect((await send('POST', '/host/export-file', own(), new Uint8Array(1))).status).toBe(400);
  });

  it('answers wrong methods with 405 and Allow, unknown calls and escapes with 404', async () => {
    const get = await send('GET', '/host/info', own());
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    const put = await send('PUT', '/', own());
    expect([put.status, put.headers.allow]).toEqual([405, 'GET, HEAD']);
    expect((await send('POST', '/host/nope', own())).status).toBe(404);
    expect((await send('GET', '/..%2fsecret.txt', own())).status).toBe(404);
  });
});

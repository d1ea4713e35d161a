import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { expect, request, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/**
 * Proofs that browser mode keeps the renderer's hardening: the CSP is served and enforced, the
 * host API answers only its own page, and static serving stays inside dist/renderer.
 */
const PORT = Number(process.env.TANDEM_E2E_PORT ?? 4791);
const HOST = `127.0.0.1:${PORT}`;
const ORIGIN = `http://${HOST}`;

/** Raw HTTP, so neither the URL nor the Host header is normalised by a client library. */
function rawRequest(pathAndQuery: string, headers: Record<string, string> = {}, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path: pathAndQuery, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    // A declared but unsent body (the oversize case) must be refused before it is read.
    if (headers['Content-Length'] === undefined) req.end();
    else req.flushHeaders();
  });
}

test('the page carries the CSP as a header and as a meta tag', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  expect(response?.headers()['cache-control']).toBe('no-store');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("default-src 'none'");
  expect(meta).not.toContain('frame-ancestors');
});

test('an injected inline script does not run, and eval is refused', async ({ page }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__tandemPwned = true;';
    document.body.append(script);
    const directive = await violation;
    let evalRan = true;
    try {
      // Indirect eval, so the page's own CSP decides, not Playwright's evaluation channel.
      (0, window.eval)('1');
    } catch {
      evalRan = false;
    }
    return { directive, ran: (window as unknown as { __tandemPwned?: boolean }).__tandemPwned === true, evalRan };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false, evalRan: false });
});

test('the host API refuses a foreign origin and answers its own page', async ({ page }) => {
  const foreign = await request.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { Origin: 'http://evil.example' } });
  const refused = await foreign.post('/host/info');
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: 'Forbidden origin.' });
  await foreign.dispose();

  const own = await request.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { Origin: ORIGIN } });
  const answered = await own.post('/host/info');
  expect(answered.status()).toBe(200);
  expect(await answered.json()).toMatchObject({ mode: 'browser' });
  await own.dispose();

  // The page's own fetch carries its origin, so the renderer's HTTP host just works.
  await page.goto('/');
  const info = await page.evaluate(() => fetch('/host/info', { method: 'POST' }).then((r) => r.json()));
  expect(info).toMatchObject({ mode: 'browser' });
});

test('a rebinding Host header and a wrong method are refused', async () => {
  expect(await rawRequest('/', { Host: `evil.example:${PORT}` })).toBe(403);
  expect(await rawRequest('/host/info', { Host: HOST, Origin: ORIGIN })).toBe(405);
  expect(await rawRequest('/', { Host: HOST }, 'DELETE')).toBe(405);
});

test('an absolute-form request cannot pass off a foreign origin as its own', async () => {
  // The origin is the Host header's, never the request line's: this must not reach the API.
  const evil = { Host: HOST, Origin: 'http://evil.example' };
  expect(await rawRequest('http://evil.example/host/info', evil, 'POST')).toBe(400);
  expect(await rawRequest('/host/info', evil, 'POST')).toBe(403);
});

test('localhost is sent to the one origin that holds the data; its API is refused', async ({ page }) => {
  const localhost = `localhost:${PORT}`;
  expect(await rawRequest('/host/info', { Host: localhost, Origin: `http://${localhost}` }, 'POST')).toBe(403);
  await page.goto(`http://${localhost}/?from=bookmark`);
  expect(page.url()).toBe(`${ORIGIN}/?from=bookmark`);
  const info = await page.evaluate(() => fetch('/host/info', { method: 'POST' }).then((r) => r.json()));
  expect(info).toMatchObject({ mode: 'browser' });
});

test('path traversal stays inside the renderer build', async () => {
  for (const attempt of ['/..%2fpackage.json', '/..%2f..%2fpackage.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json', '/../package.json']) {
    expect(await rawRequest(attempt, { Host: HOST }), attempt).toBe(404);
  }
  expect(await rawRequest('/index.html', { Host: HOST })).toBe(200);
});

test('an export from the page lands in the data dir; an oversized one is refused', async ({ page }) => {
  await page.goto('/');
  const saved = await page.evaluate(() =>
    fetch('/host/export-file?args=' + encodeURIComponent(JSON.stringify(['../minutes ✓.txt'])), {
      method: 'POST',
      body: new TextEncoder().encode('agreed'),
    }).then((r) => r.json()),
  );
  const exportDir = path.join(process.env.TANDEM_E2E_DATA_DIR ?? '', 'exports');
  expect(path.dirname(saved.path)).toBe(exportDir);
  expect(await readFile(saved.path, 'utf8')).toBe('agreed');

  const oversized = { Host: HOST, Origin: ORIGIN, 'Content-Length': String(2 ** 30) };
  expect(await rawRequest(`/host/export-file?args=${encodeURIComponent('["big.bin"]')}`, oversized, 'POST')).toBe(413);
});

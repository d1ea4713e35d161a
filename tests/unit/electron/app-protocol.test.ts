import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  appResponseFor,
  handleAppProtocol,
  registerAppScheme,
  withSecurityHeaders,
} from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';

let base: string;
let root: string;

beforeAll(async () => {
  // base/renderer is served; base/secret.txt sits right beside it and must never be.
  base = await mkdtemp(path.join(tmpdir(), 'tandem-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Tandem</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const text = (body: Uint8Array | null) => (body ? Buffer.from(body).toString('utf8') : null);

describe('appResponseFor', () => {
  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await appResponseFor(root, 'app://tandem/index.html');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(text(response.body)).toContain('<title>Tandem</title>');
  });

  it('serves / as index.html and assets with their type', async () => {
    expect(text((await appResponseFor(root, 'app://tandem/')).body)).toContain('Tandem');
    const script = await appResponseFor(root, 'app://tandem/assets/app.js?v=1');
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://tandem/../secret.txt',
    'app://tandem/%2e%2e/secret.txt',
    'app://tandem/..%2Fsecret.txt',
    'app://tandem/assets/..%2F..%2Fsecret.txt',
    'app://tandem/..%5Csecret.txt',
    'app://tandem/missing.js',
    'app://other/index.html',
    'app://user@tandem/index.html',
    'https://tandem/index.html',
    'not a url',
  ])('answers 404 to %s, still with the CSP', async (url) => {
    const response = await appResponseFor(root, url);
    expect(response.status).toBe(404);
    expect(response.body).toBeNull();
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await appResponseFor(root, 'app://tandem/index.html', 'POST')).status).toBe(405);
    const head = await appResponseFor(root, 'app://tandem/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });
});

describe('protocol wiring', () => {
  it('registers app:// as standard, secure and fetchable, and nothing more', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('turns the description into a Response', async () => {
    let handler: ((request: Request) => Response | Promise<Response>) | undefined;
    handleAppProtocol({ handle: (scheme, h) => (scheme === 'app' ? (handler = h) : undefined) }, root);
    const ok = await handler!(new Request('app://tandem/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('Tandem');
    const missing = await handler!(new Request('app://tandem/../secret.txt'));
    expect(missing.status).toBe(404);
  });
});

describe('withSecurityHeaders', () => {
  it('replaces any CSP, whatever its casing, and keeps other headers', () => {
    const headers = withSecurityHeaders({
      'content-security-policy': ["default-src *"],
      'Content-Type': ['text/html'],
    });
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('adds the headers when the response had none', () => {
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

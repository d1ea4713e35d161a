import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOST_ROUTE_PREFIX } from '../../shared/host/http-wire';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { MAX_EXPORT_BYTES } from './export-file';
import { answerApiCall, refusalStatus } from './host-routes';
import type { HostServices } from './host-services';
import { HttpError } from './http-body';
import { resolveStaticFile } from './static-files';

/**
 * Browser mode's host: serves the built renderer on loopback and carries the HostApi over HTTP,
 * one route per method of the bridge's table (host-routes.ts; shared/host/http-wire.ts for how a
 * call travels: POST /host/start-hosting with `["127.0.0.1", 4444]`).
 *
 * Anything on this machine can reach a loopback port, so every request is checked:
 * - Host must be 127.0.0.1:<port> or localhost:<port>. A DNS-rebinding page (evil.example
 *   re-resolved to 127.0.0.1) sends its own name here and is refused.
 * - The request target must be a path ('/…'). An absolute-form target
 *   (`POST http://evil.example/host/info`) is refused: nothing about the origin may come from it.
 * - The app's one origin is http://127.0.0.1:<port>. IndexedDB is per origin, so
 *   http://localhost:<port> would be a second, empty store: its pages are redirected (308) to the
 *   same path on 127.0.0.1, and its API calls are refused.
 * - API calls must carry Origin equal to http://<Host header>, the origin the browser addressed.
 *   Browsers send Origin on every POST, so another local or remote page cannot drive the API
 *   (not even with a "simple" no-preflight request), and a null/opaque origin is refused too.
 * @see https://developer.chrome.com/blog/private-network-access-update (why loopback is not safe by itself)
 */
export interface BrowserHostOptions {
  /** 0 picks an ephemeral port (tests). The CLI uses a fixed one: IndexedDB is per origin. */
  readonly port: number;
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  readonly services: HostServices;
  /** Upper bound for an export body; defaults to the host's export limit. */
  readonly maxBodyBytes?: number;
  /** The security headers for a response (the page's CSP lists allowed session servers). */
  readonly headers?: (document: boolean) => Readonly<Record<string, string>>;
}

export interface BrowserHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_EXPORT_BYTES;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, error));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    const appHost = `127.0.0.1:${port}`;
    const host = req.headers.host ?? '';
    if (host !== appHost && host !== `localhost:${port}`) {
      throw new HttpError(403, 'Forbidden host.');
    }
    // Origin-form only ('/path?query'). The URL is built by concatenation so that even a target
    // like '//evil.example/x' stays a path on this host instead of naming another authority.
    const target = req.url ?? '';
    if (!target.startsWith('/')) throw new HttpError(400, 'Bad request target.');
    const url = new URL(`http://${host}${target}`);
    const isApi = url.pathname.startsWith(HOST_ROUTE_PREFIX);
    if (host !== appHost) {
      // localhost is another origin with its own, empty IndexedDB: send pages to the app's origin.
      if (isApi) throw new HttpError(403, `Forbidden host: use http://${appHost}/.`);
      checkMethod(req, res, ['GET', 'HEAD']);
      res.writeHead(308, { ...SECURITY_HEADERS, Location: `http://${appHost}${target}`, 'Cache-Control': 'no-store', 'Content-Length': 0 });
      res.end();
      return;
    }
    if (isApi) {
      await handleApi(req, res, url, `http://${host}`);
    } else {
      await handleStatic(req, res, url);
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, origin: string): Promise<void> {
    checkMethod(req, res, ['POST']);
    if (req.headers.origin !== origin) throw new HttpError(403, 'Forbidden origin.');
    sendJson(res, 200, await answerApiCall(req, url, options.services, maxBodyBytes));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    checkMethod(req, res, ['GET', 'HEAD']);
    const file = await resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) throw new HttpError(404, 'Not found.');
    const isDocument = url.pathname === '/' || url.pathname.endsWith('/index.html');
    const headers: Record<string, string | number> = {
      ...(options.headers?.(isDocument) ?? SECURITY_HEADERS),
      'Content-Type': file.contentType,
      'Content-Length': file.body.byteLength,
    };
    // index.html names the hashed bundles; a cached copy would pin an old build.
    if (isDocument) headers['Cache-Control'] = 'no-store';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/** Refuses (405, with Allow) a method not in `allowed`. */
function checkMethod(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void {
  if (allowed.includes(req.method ?? '')) return;
  res.setHeader('Allow', allowed.join(', '));
  throw new HttpError(405, 'Method not allowed.');
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * Every failure is a JSON `{ error }` with a status: refusals and bad input as 4xx (host-routes.ts
 * maps them), the rest 500 (logged here too).
 */
function sendError(res: ServerResponse, error: unknown): void {
  const status = refusalStatus(error) ?? 500;
  const message = error instanceof Error ? error.message : 'Internal error.';
  if (status === 500) console.error('Tandem host: request failed', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // An unread or oversized body is not drained: close the connection after replying.
  if (status === 413) res.setHeader('Connection', 'close');
  sendJson(res, status, { error: message });
}

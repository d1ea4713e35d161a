import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../../shared/security/csp';
import { MAX_EXPORT_BYTES } from './export-file';
import type { HostServices } from './host-services';
import { HostingRefusal } from './session-hosting';
import { resolveStaticFile } from './static-files';

/**
 * Browser mode's host: serves the built renderer on loopback and carries the HostApi as
 * JSON over HTTP (POST /host/info, POST /host/export-file?name=…, body = raw bytes).
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

/** An error with the HTTP status it maps to; its message is what the renderer sees. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
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
    const isApi = url.pathname.startsWith('/host/');
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
    switch (url.pathname) {
      case '/host/info':
        return sendJson(res, 200, await options.services.info());
      case '/host/lan-addresses':
        return sendJson(res, 200, await options.services.lanAddresses());
      case '/host/start-hosting': {
        const { address, port } = await readJson(req);
        if (typeof address !== 'string' || typeof port !== 'number') throw new HttpError(400, 'start-hosting takes { address: string, port: number }.');
        return sendJson(res, 200, await options.services.startHosting(address, port).catch(refusedInput));
      }
      case '/host/stop-hosting':
        await options.services.stopHosting();
        return sendJson(res, 200, null);
      case '/host/hosting-info':
        return sendJson(res, 200, await options.services.hostingInfo());
      case '/host/allow-session-server': {
        const { url } = await readJson(req);
        if (typeof url !== 'string') throw new HttpError(400, 'allow-session-server takes { url: string }.');
        return sendJson(res, 200, await options.services.allowSessionServer(url).catch(refusedInput));
      }
      case '/host/export-file': {
        const name = url.searchParams.get('name');
        if (name === null) throw new HttpError(400, 'Missing "name" query parameter.');
        const body = await readBody(req, maxBodyBytes);
        return sendJson(res, 200, await options.services.exportFile(name, body));
      }
      default:
        throw new HttpError(404, 'Unknown host call.');
    }
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

/** A small JSON object body (hosting calls). */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req, 4096);
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(body));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new HttpError(400, 'The request body must be a JSON object.');
}

/** Reads a request body, refusing (413) as soon as it is known to exceed `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const all = Buffer.concat(chunks, size);
      // A plain Uint8Array view: the services check `instanceof Uint8Array`, and no Buffer
      // pooling quirk leaks past this point.
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    req.on('error', reject);
  });
}

/**
 * Hosting refuses an address, port or url it is given with a RangeError: a bad request (400), not
 * the export's 413; a port in use is a conflict with the machine's state (409), not a failure.
 */
function refusedInput(error: unknown): never {
  if (error instanceof RangeError) throw new HttpError(400, error.message);
  if (error instanceof HostingRefusal) throw new HttpError(409, error.message);
  throw error;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `Request body exceeds the limit of ${limit} bytes.`);
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
 * Every failure is a JSON `{ error }` with a status: refusals and bad input as 4xx, the rest 500
 * (logged here too). writeExportFile's size check throws RangeError: the caller's fault, so 413.
 */
function sendError(res: ServerResponse, error: unknown): void {
  let status = 500;
  const message = error instanceof Error ? error.message : 'Internal error.';
  if (error instanceof HttpError) status = error.status;
  else if (error instanceof RangeError) status = 413;
  else console.error('Tandem host: request failed', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // An unread or oversized body is not drained: close the connection after replying.
  if (status === 413) res.setHeader('Connection', 'close');
  sendJson(res, status, { error: message });
}

import type { CustomScheme, Protocol } from 'electron';
import { SECURITY_HEADERS } from '../shared/security/csp';
import { resolveStaticFile } from './host/static-files';

/**
 * The renderer is served from `app://tandem/`, never from `file://`: a custom standard scheme
 * gives the app a real origin of its own (so `script-src 'self'` means the bundle, and nothing
 * else on disk), and `file://` pages get extra privileges we do not want.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 *
 * Only this file knows how requests map to files; it takes Electron's `protocol` as a parameter
 * and imports only types, so the request → response part runs in plain Node tests.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs, origin and `'self'` behave as on https. secure: a secure context
 * (IndexedDB, crypto.subtle). supportFetchAPI: the renderer may fetch its own assets. Nothing
 * else: no bypassCSP, no CORS, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** An app:// response; every one, the error ones included, carries SECURITY_HEADERS. */
export interface AppResponse {
  readonly status: 200 | 404 | 405;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
}

/**
 * The pure part: a request URL and method → what to answer. Anything that is not a GET/HEAD on
 * `app://tandem/<file inside rootDir>` is an error; traversal is refused by resolveStaticFile
 * (which decodes the path itself, so the raw pathname is handed over undecoded).
 */
export type HeadersFor = (document: boolean) => Readonly<Record<string, string>>;

const STATIC_HEADERS: HeadersFor = () => SECURITY_HEADERS;

export async function appResponseFor(rootDir: string, requestUrl: string, method = 'GET', headersFor: HeadersFor = STATIC_HEADERS): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(405);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return errorResponse(404);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return errorResponse(404);
  }
  const file = await resolveStaticFile(rootDir, url.pathname || '/');
  if (!file) return errorResponse(404);
  const document = url.pathname === '/' || url.pathname.endsWith('/index.html');
  return {
    status: 200,
    headers: { ...headersFor(document), 'Content-Type': file.contentType },
    body: method === 'HEAD' ? null : file.body,
  };
}

function errorResponse(status: 404 | 405): AppResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
}

/** Must run before `app` is ready: privileges cannot be granted afterwards. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves `rootDir` (dist/renderer) on app://tandem/. Call once `app` is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, headersFor: HeadersFor = STATIC_HEADERS): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await appResponseFor(rootDir, request.url, request.method, headersFor);
    // Copy into a fresh ArrayBuffer-backed view: Response wants a plain BodyInit.
    const body = answer.body ? new Uint8Array(answer.body) : null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}

/**
 * For `session.webRequest.onHeadersReceived`: whatever the session loads carries our CSP, even
 * a response that did not come through `handleAppProtocol`. Existing CSP headers (any casing)
 * are replaced: the app loads nothing but its own bundle, so ours is the policy.
 */
export function withSecurityHeaders(
  headers: Readonly<Record<string, string | string[]>> | undefined,
  security: Readonly<Record<string, string>> = SECURITY_HEADERS,
): Record<string, string | string[]> {
  const ours = new Set(Object.keys(security).map((name) => name.toLowerCase()));
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!ours.has(name.toLowerCase())) result[name] = value;
  }
  for (const [name, value] of Object.entries(security)) result[name] = [value];
  return result;
}

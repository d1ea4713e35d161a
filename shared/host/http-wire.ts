import { HostRefusal } from './host-calls';
import { HOST_METHOD_NAMES, HOST_METHODS, isRouted, type ArgSlot, type HostArgs, type HostMethodName, type RoutedMethodName } from './host-methods';

/**
 * How a routed bridge call travels in browser mode, from renderer/src/runtime/host/http-host.ts to
 * electron/host/browser-host.ts. The wire carries the IPC call as it is, so the host checks the
 * very argument list Electron's handler would get (host-calls.ts):
 * - POST /host/<channel without "tandem:">, e.g. tandem:start-hosting → /host/start-hosting;
 * - the arguments as a JSON list in the body, in the table's order (`["127.0.0.1", 4444]`); an
 *   empty body is the empty list;
 * - a method whose last argument is binary sends those bytes raw as the body and the other
 *   arguments as the JSON list in the `args` query parameter (no base64: an export can run to
 *   hundreds of megabytes);
 * - the answer is the result's JSON (null for nothing); a refusal is `{ error }` with a 4xx status.
 */
export const HOST_ROUTE_PREFIX = '/host/';
/** A JSON argument list is small (names, addresses): a larger body is refused unread. */
export const MAX_ARGS_JSON_BYTES = 4096;

export function routeOf(name: RoutedMethodName): string {
  return `${HOST_ROUTE_PREFIX}${HOST_METHODS[name].channel.slice('tandem:'.length)}`;
}

const ROUTES = new Map(HOST_METHOD_NAMES.filter(isRouted).map((name) => [routeOf(name), name]));

/** The routed method at `pathname`, or null (unknown, or done in the page in browser mode). */
export function routedMethodAt(pathname: string): RoutedMethodName | null {
  return ROUTES.get(pathname) ?? null;
}

/** Whether the call's last argument is binary, carried as the raw request body. */
export function carriesBytes(name: HostMethodName): boolean {
  const slots: readonly ArgSlot[] = HOST_METHODS[name].args;
  return slots.at(-1)?.binary === true;
}

export interface HttpCall {
  /** Path and query, relative to the page's origin. */
  readonly path: string;
  /** JSON text, or the binary argument's bytes. */
  readonly body: string | Uint8Array;
}

/** The request for a call whose arguments have passed checkArgs. */
export function encodeHttpCall<K extends RoutedMethodName>(name: K, args: HostArgs<K>): HttpCall {
  const list: readonly unknown[] = args;
  const route = routeOf(name);
  if (!carriesBytes(name)) return { path: route, body: JSON.stringify(list) };
  const body = list.at(-1);
  if (!(body instanceof Uint8Array)) throw new TypeError(`${HOST_METHODS[name].channel}: check the arguments before encoding them.`);
  return { path: `${route}?args=${encodeURIComponent(JSON.stringify(list.slice(0, -1)))}`, body };
}

/**
 * The argument list a request carries: `json` is the body's text, or the `args` query parameter
 * when the body is the binary argument (`bytes`). It is not checked here: checkArgs does that, as
 * for an IPC call. Refuses only what is not a JSON list at all.
 */
export function decodeHttpArgs(name: RoutedMethodName, json: string, bytes: Uint8Array | null): unknown[] {
  let list: unknown = [];
  try {
    if (json.trim() !== '') list = JSON.parse(json);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list)) throw new HostRefusal(`${HOST_METHODS[name].channel}: the arguments must be a JSON list.`);
  return carriesBytes(name) && bytes !== null ? [...(list as unknown[]), bytes] : (list as unknown[]);
}

import type { IncomingMessage } from 'node:http';
import { checkArgs, HostRefusal } from '../../shared/host/host-calls';
import type { RoutedMethodName } from '../../shared/host/host-methods';
import { carriesBytes, decodeHttpArgs, MAX_ARGS_JSON_BYTES, routedMethodAt } from '../../shared/host/http-wire';
import type { HostServices } from './host-services';
import { HttpError, readBody } from './http-body';
import { callService } from './service-call';
import { HostingRefusal } from './session-hosting';

/**
 * The browser host's API: one route per routed method of the table, all answered here the same
 * way (shared/host/http-wire.ts says how a call is carried). The caller has already checked the
 * method, Host and Origin (browser-host.ts); this reads the call, checks it with checkArgs, the
 * check Electron's IPC handlers make, and runs it on the services. Returns the JSON answer.
 */
export async function answerApiCall(req: IncomingMessage, url: URL, services: HostServices, maxBodyBytes: number): Promise<unknown> {
  const name = routedMethodAt(url.pathname);
  if (name === null) throw new HttpError(404, 'Unknown host call.');
  const args = await readArgs(req, url, name, maxBodyBytes);
  const result = await callService(services, name, checkArgs(name, args)).catch((error: unknown) => {
    throw serviceRefusal(name, error);
  });
  // JSON has no undefined: a method that answers nothing answers null (the table accepts both).
  return result ?? null;
}

async function readArgs(req: IncomingMessage, url: URL, name: RoutedMethodName, maxBodyBytes: number): Promise<unknown[]> {
  if (carriesBytes(name)) {
    const body = await readBody(req, maxBodyBytes);
    return decodeHttpArgs(name, url.searchParams.get('args') ?? '', body);
  }
  const body = await readBody(req, MAX_ARGS_JSON_BYTES);
  return decodeHttpArgs(name, new TextDecoder().decode(body), null);
}

/**
 * A service refuses what it was given with a RangeError: for a call that carries bytes that is
 * their size (413, as the export's limit), for the others an address, port or url (400). A busy
 * port is a conflict with the machine's state (409), not a failure. Anything else is a failure.
 */
function serviceRefusal(name: RoutedMethodName, error: unknown): unknown {
  if (error instanceof RangeError) return new HttpError(carriesBytes(name) ? 413 : 400, error.message);
  if (error instanceof HostingRefusal) return new HttpError(409, error.message);
  return error;
}

/** The status a refusal maps to: a malformed call is the caller's fault (400). */
export function refusalStatus(error: unknown): number | null {
  if (error instanceof HttpError) return error.status;
  if (error instanceof HostRefusal) return 400;
  return null;
}

import type { HostApi } from '../../../../shared/host/host-api';
import { checkArgs, checkResult } from '../../../../shared/host/host-calls';
import type { HostArgs, HostResult, RoutedMethodName } from '../../../../shared/host/host-methods';
import { encodeHttpCall } from '../../../../shared/host/http-wire';
import { chooseFile, downloadFile } from './browser-files';

/**
 * HostApi over HTTP, for browser mode (the Node browser-mode host is the other end), built from
 * the bridge's method table (shared/host/host-methods.ts) as the Electron preload is. Requests
 * are same-origin POSTs: the browser adds the Origin header the host insists on.
 */
export function createHttpHost(): HostApi {
  let flushBeforeClose: (() => Promise<void>) | null = null;
  let listening = false;

  return {
    info: routed('info'),
    exportFile: routed('exportFile'),
    lanAddresses: routed('lanAddresses'),
    startHosting: routed('startHosting'),
    stopHosting: routed('stopHosting'),
    hostingInfo: routed('hostingInfo'),
    allowSessionServer: routed('allowSessionServer'),
    // Browser mode saves and opens in the page: a download and a file input (browser-files.ts).
    // They check their arguments as the Electron host does: one table, the same refusals.
    saveFileDialog: async (...args) => downloadFile(...checkArgs('saveFileDialog', args)),
    openFileDialog: async (...args) => chooseFile(...checkArgs('openFileDialog', args)),
    /**
     * The Node host has no browser to render a PDF with: the page opens the browser's own print
     * dialog on itself (its print stylesheet applies), where the user picks "Save as PDF". The
     * dialog's file name comes from the page title, which the caller sets.
     */
    printToPdf: async (...args) => {
      checkArgs('printToPdf', args);
      window.print();
      return null;
    },
    /**
     * Browser mode has no host-driven close: the page learns of it from `pagehide`, the last
     * event a closing page gets. (The renderer also flushes whenever the page is hidden, in
     * both modes; see installFlushOnClose.) Registering again replaces the flush, as the
     * Electron preload does (one flush per window).
     * @see https://developer.chrome.com/docs/web-platform/page-lifecycle-api
     */
    onCloseRequested: (flush) => {
      if (typeof flush !== 'function') throw new TypeError('onCloseRequested expects a function.');
      flushBeforeClose = flush;
      if (listening) return;
      listening = true;
      window.addEventListener('pagehide', () => {
        flushBeforeClose?.().catch((error: unknown) => console.error('Tandem: flush before close failed', error));
      });
    },
  };
}

/**
 * The function for a routed method: checks the call as the host will (so a refusal reads the same
 * as in Electron, even for what JSON cannot carry, like NaN), sends it as http-wire.ts says, and
 * checks the answer against the table before the caller sees it.
 */
function routed<K extends RoutedMethodName>(name: K): (...args: HostArgs<K>) => Promise<HostResult<K>> {
  return async (...args) => {
    const { path, body } = encodeHttpCall(name, checkArgs(name, args));
    return checkResult(name, await call(path, body));
  };
}

/** POSTs to the host; a non-2xx reply becomes an Error carrying the host's own message. */
async function call(path: string, body: string | Uint8Array): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      ...(typeof body === 'string'
        ? { body, headers: { 'Content-Type': 'application/json' } }
        : { body: asArrayBufferView(body), headers: { 'Content-Type': 'application/octet-stream' } }),
    });
  } catch (error) {
    throw new Error(`The Tandem host is not reachable (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text === '' ? null : JSON.parse(text);
  } catch {
    // Not JSON (a proxy, a crash page): fall through to the generic message below.
  }
  if (!response.ok) {
    const message = (payload as { error?: unknown } | null)?.error;
    throw new Error(typeof message === 'string' ? message : `Host call ${path} failed with HTTP ${response.status}.`);
  }
  return payload;
}

/** fetch takes ArrayBuffer-backed views only; copy the rare SharedArrayBuffer-backed one. */
function asArrayBufferView(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

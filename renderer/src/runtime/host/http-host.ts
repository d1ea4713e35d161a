import type { HostApi, HostInfo, HostingInfo, LanAddress, SavedFile } from '../../../../shared/host/host-api';
import { chooseFile, downloadFile } from './browser-files';

/**
 * HostApi over HTTP, for browser mode (the Node browser-mode host is the other end). Requests
 * are same-origin POSTs: the browser adds the Origin header the host insists on.
 */
export function createHttpHost(): HostApi {
  let flushBeforeClose: (() => Promise<void>) | null = null;
  let listening = false;

  return {
    info: () => call<HostInfo>('/host/info'),
    exportFile: (suggestedName, bytes) =>
      call<SavedFile>(`/host/export-file?name=${encodeURIComponent(suggestedName)}`, bytes),
    lanAddresses: () => call<LanAddress[]>('/host/lan-addresses'),
    startHosting: (address, port) => callJson<HostingInfo>('/host/start-hosting', { address, port }),
    stopHosting: () => call<null>('/host/stop-hosting').then(() => undefined),
    hostingInfo: () => call<HostingInfo | null>('/host/hosting-info'),
    allowSessionServer: (url) => callJson<{ reloadNeeded: boolean }>('/host/allow-session-server', { url }),
    // Browser mode saves and opens in the page: a download and a file input (browser-files.ts).
    saveFileDialog: (suggestedName, bytes) => downloadFile(suggestedName, bytes),
    openFileDialog: (options) => chooseFile(options),
    /**
     * The Node host has no browser to render a PDF with: the page opens the browser's own print
     * dialog on itself (its print stylesheet applies), where the user picks "Save as PDF". The
     * dialog's file name comes from the page title, which the caller sets.
     */
    printToPdf: async () => {
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

/** A call whose arguments travel as a JSON body. */
function callJson<T>(path: string, body: object): Promise<T> {
  return call<T>(path, new TextEncoder().encode(JSON.stringify(body)));
}

/** POSTs to the host; a non-2xx reply becomes an Error carrying the host's own message. */
async function call<T>(path: string, bytes?: Uint8Array): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      ...(bytes ? { body: asArrayBufferView(bytes), headers: { 'Content-Type': 'application/octet-stream' } } : {}),
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
  return payload as T;
}

/** fetch takes ArrayBuffer-backed views only; copy the rare SharedArrayBuffer-backed one. */
function asArrayBufferView(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

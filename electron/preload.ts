import { contextBridge, ipcRenderer } from 'electron';
import type { HostApi } from '../shared/host/host-api';
import { checkArgs, checkResult } from '../shared/host/host-calls';
import { HOST_EVENTS, HOST_METHODS, type HostArgs, type HostMethodName, type HostResult } from '../shared/host/host-methods';

/**
 * The one bridge, exposed as `window.tandem`. The renderer gets exactly the HostApi functions,
 * each bound to its fixed channel in the method table (shared/host/host-methods.ts); it never sees
 * ipcRenderer, an IpcRendererEvent or a channel name it could choose (VS Code's preload does the
 * same). Each call is checked against the table before it is sent, with the words main and the
 * browser host would use, and each answer is checked against the table's shape on its way back:
 * what the renderer is typed to receive is what it receives.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content
 *
 * Runs sandboxed: esbuild bundles this file and ../shared into dist/electron/preload.cjs with
 * 'electron' external, the only module a sandboxed preload may require.
 */

/** The renderer's last-chance flush; registering again replaces it (one flush per window). */
let flushBeforeClose: (() => Promise<void>) | null = null;

ipcRenderer.on(HOST_EVENTS.closeRequested, () => {
  void runFlush().then((saved) => ipcRenderer.send(HOST_EVENTS.closeReady, saved));
});

/** Whether everything is on disk. A failed flush answers `false`: the host then cancels this
 * close once, so the user sees the failure instead of losing the edits with the window. */
async function runFlush(): Promise<boolean> {
  if (!flushBeforeClose) return true;
  try {
    await flushBeforeClose();
    return true;
  } catch (error) {
    console.error('Tandem: flush before close failed', error);
    return false;
  }
}

/** The function for `name`: checks, invokes its one channel, checks the answer. */
function invoker<K extends HostMethodName>(name: K): (...args: HostArgs<K>) => Promise<HostResult<K>> {
  const { channel } = HOST_METHODS[name];
  return async (...args) => {
    const answer: unknown = await ipcRenderer.invoke(channel, ...checkArgs(name, args)).catch((error: unknown) => {
      throw hostError(channel, error);
    });
    return checkResult(name, answer);
  };
}

/**
 * Electron rejects a failed invoke with "Error invoking remote method '<channel>': <Name>:
 * <message>". The renderer gets the host's own message, as browser mode's HTTP client does, so a
 * refusal reads the same in both modes.
 */
function hostError(channel: string, error: unknown): Error {
  const prefix = `Error invoking remote method '${channel}': `;
  if (!(error instanceof Error) || !error.message.startsWith(prefix)) return error instanceof Error ? error : new Error(String(error));
  return new Error(error.message.slice(prefix.length).replace(/^[A-Za-z]+: /, ''), { cause: error });
}

const api = {
  info: invoker('info'),
  exportFile: invoker('exportFile'),
  saveFileDialog: invoker('saveFileDialog'),
  openFileDialog: invoker('openFileDialog'),
  printToPdf: invoker('printToPdf'),
  lanAddresses: invoker('lanAddresses'),
  startHosting: invoker('startHosting'),
  stopHosting: invoker('stopHosting'),
  hostingInfo: invoker('hostingInfo'),
  allowSessionServer: invoker('allowSessionServer'),
  onCloseRequested: (flush: () => Promise<void>) => {
    if (typeof flush !== 'function') throw new TypeError('onCloseRequested expects a function.');
    flushBeforeClose = flush;
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('tandem', api);

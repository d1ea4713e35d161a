import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CHANNELS, type HostApi, type OpenFileOptions } from '../shared/host/host-api';

/**
 * The one bridge, exposed as `window.tandem`. The renderer gets exactly the HostApi functions,
 * each bound to a fixed channel; it never sees ipcRenderer, an IpcRendererEvent or a channel
 * name it could choose (VS Code's preload does the same).
 * @see https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content
 *
 * Runs sandboxed: esbuild bundles this file and ../shared into dist/electron/preload.cjs with
 * 'electron' external, the only module a sandboxed preload may require.
 */

/** The renderer's last-chance flush; registering again replaces it (one flush per window). */
let flushBeforeClose: (() => Promise<void>) | null = null;

ipcRenderer.on(HOST_CHANNELS.closeRequested, () => {
  void runFlush().then((saved) => ipcRenderer.send(HOST_CHANNELS.closeReady, saved));
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

const api = {
  info: () => ipcRenderer.invoke(HOST_CHANNELS.info),
  exportFile: (suggestedName: string, bytes: Uint8Array) =>
    ipcRenderer.invoke(HOST_CHANNELS.exportFile, suggestedName, bytes),
  lanAddresses: () => ipcRenderer.invoke(HOST_CHANNELS.lanAddresses),
  startHosting: (address: string, port: number) => ipcRenderer.invoke(HOST_CHANNELS.startHosting, address, port),
  stopHosting: () => ipcRenderer.invoke(HOST_CHANNELS.stopHosting),
  hostingInfo: () => ipcRenderer.invoke(HOST_CHANNELS.hostingInfo),
  allowSessionServer: (url: string) => ipcRenderer.invoke(HOST_CHANNELS.allowSessionServer, url),
  saveFileDialog: (suggestedName: string, bytes: Uint8Array) =>
    ipcRenderer.invoke(HOST_CHANNELS.saveFileDialog, suggestedName, bytes),
  openFileDialog: (options: OpenFileOptions) => ipcRenderer.invoke(HOST_CHANNELS.openFileDialog, options),
  printToPdf: (suggestedName: string) => ipcRenderer.invoke(HOST_CHANNELS.printToPdf, suggestedName),
  onCloseRequested: (flush: () => Promise<void>) => {
    if (typeof flush !== 'function') throw new TypeError('onCloseRequested expects a function.');
    flushBeforeClose = flush;
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('tandem', api);

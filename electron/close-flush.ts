import { HOST_CHANNELS } from '../shared/host/host-api';

/**
 * "An edit the UI shows as saved is durable": before the window goes, the renderer gets one
 * chance to flush its pending IndexedDB batch. The protocol:
 *
 *   user closes ──► 'close' (prevented) ──► send closeRequested ──► renderer flushes
 *                                                    │                      │
 *                                    timeout (3 s) ──┴──► destroy ◄── closeReady (from this
 *                                                                     window's contents only)
 *
 * The wait is bounded, so a hung or crashed renderer can never keep the app open. The final
 * close is `destroy()`, which emits no further 'close' (and runs no beforeunload).
 *
 * "Nothing lost": when the renderer answers that its flush failed (disk full, storage gone), the
 * first close is cancelled so the user sees the failure and can retry or export; closing again
 * after that closes, since the user has been told.
 */
export const CLOSE_FLUSH_TIMEOUT_MS = 3000;

/** The parts of a BrowserWindow this needs; a real BrowserWindow fits. */
export interface FlushableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
    isCrashed(): boolean;
  };
}

type ReadyListener = (event: { readonly sender: unknown }, saved?: unknown) => void;

/** How a wait for the renderer's flush ended. */
export type FlushOutcome = 'flushed' | 'failed' | 'timed-out';

/** The parts of ipcMain this needs; the real ipcMain fits. */
export interface CloseReadyChannel {
  on(channel: string, listener: ReadyListener): unknown;
  removeListener(channel: string, listener: ReadyListener): unknown;
}

export function attachCloseFlush(
  window: FlushableWindow,
  ipc: CloseReadyChannel,
  timeoutMs: number = CLOSE_FLUSH_TIMEOUT_MS,
): void {
  let flushStarted = false;
  let refusedOnce = false;
  window.on('close', (event) => {
    event.preventDefault();
    if (flushStarted) return; // a second click while flushing: the first one decides
    flushStarted = true;
    void waitForFlush(window, ipc, timeoutMs)
      .catch((): FlushOutcome => 'timed-out')
      .then((outcome) => {
        flushStarted = false;
        if (outcome === 'failed' && !refusedOnce) {
          refusedOnce = true;
          return;
        }
        if (!window.isDestroyed()) window.destroy();
      });
  });
}

/** Resolves on this window's closeReady or after `timeoutMs`, whichever comes first. */
export function waitForFlush(window: FlushableWindow, ipc: CloseReadyChannel, timeoutMs: number): Promise<FlushOutcome> {
  const contents = window.webContents;
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('timed-out');
  return new Promise((resolve) => {
    // `on` + filter rather than `once`: a closeReady from another sender must not use up the
    // one listener this window is waiting on.
    const onReady: ReadyListener = (event, saved) => {
      if (event.sender !== contents) return;
      finish(saved === false ? 'failed' : 'flushed');
    };
    const timer = setTimeout(() => finish('timed-out'), timeoutMs);
    function finish(outcome: FlushOutcome): void {
      clearTimeout(timer);
      ipc.removeListener(HOST_CHANNELS.closeReady, onReady);
      resolve(outcome);
    }
    ipc.on(HOST_CHANNELS.closeReady, onReady);
    try {
      contents.send(HOST_CHANNELS.closeRequested);
    } catch {
      finish('timed-out'); // the renderer went away between the check and the send: nothing to wait for
    }
  });
}

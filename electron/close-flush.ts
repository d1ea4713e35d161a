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
 * close is cancelled so the user sees the failure and can retry or export. Only a close requested
 * within CONFIRM_CLOSE_MS of that refusal goes through anyway: that is the user's deliberate second
 * click after seeing the failure. A failure later on (minutes or hours after an earlier one, with
 * new unsaved edits) is refused again.
 */
export const CLOSE_FLUSH_TIMEOUT_MS = 3000;

/** How long after a refused close a second close request counts as "close anyway". */
export const CONFIRM_CLOSE_MS = 10_000;

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
  /** When the last close was refused (Date.now()), or null if none was. */
  let lastRefusalAt: number | null = null;
  window.on('close', (event) => {
    event.preventDefault();
    if (flushStarted) return; // a second click while flushing: the first one decides
    flushStarted = true;
    const requestedAt = Date.now();
    void waitForFlush(window, ipc, timeoutMs)
      .catch((): FlushOutcome => 'timed-out')
      .then((outcome) => {
        flushStarted = false;
        if (outcome === 'failed') {
          const sinceRefusal = lastRefusalAt === null ? Infinity : requestedAt - lastRefusalAt;
          // A negative span (the wall clock moved back) is not a confirmation: refuse again.
          const confirmed = sinceRefusal >= 0 && sinceRefusal < CONFIRM_CLOSE_MS;
          if (!confirmed) {
            lastRefusalAt = Date.now();
            return;
          }
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

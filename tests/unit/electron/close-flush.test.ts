import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCloseFlush, CONFIRM_CLOSE_MS } from '../../../electron/close-flush';
import { HOST_CHANNELS } from '../../../shared/host/host-api';

class FakeContents {
  sent: string[] = [];
  crashed = false;
  destroyed = false;
  send(channel: string): void {
    this.sent.push(channel);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

/** A BrowserWindow as far as closing goes: 'close' is preventable, destroy() ends it. */
class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  destroyCount = 0;
  isDestroyed(): boolean {
    return this.destroyCount > 0;
  }
  destroy(): void {
    this.destroyCount++;
  }
  /** Like a user clicking the close button: returns whether the close was prevented. */
  requestClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('attachCloseFlush', () => {
  let window: FakeWindow;
  let ipc: EventEmitter;
  beforeEach(() => {
    vi.useFakeTimers();
    window = new FakeWindow();
    ipc = new EventEmitter();
    attachCloseFlush(window, ipc, 3000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the close until this window says closeReady', async () => {
    expect(window.requestClose()).toBe(true);
    expect(window.webContents.sent).toEqual([HOST_CHANNELS.closeRequested]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(window.destroyCount).toBe(0);

    ipc.emit(HOST_CHANNELS.closeReady, { sender: window.webContents });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyCount).toBe(1);
    expect(ipc.listenerCount(HOST_CHANNELS.closeReady)).toBe(0);
  });

  it('ignores closeReady from another sender', async () => {
    window.requestClose();
    ipc.emit(HOST_CHANNELS.closeReady, { sender: new FakeContents() });
    await vi.advanceTimersByTimeAsync(1000);
    expect(window.destroyCount).toBe(0);
    ipc.emit(HOST_CHANNELS.closeReady, { sender: window.webContents });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyCount).toBe(1);
  });

  it('times out and still closes when the renderer never answers', async () => {
    window.requestClose();
    await vi.advanceTimersByTimeAsync(2999);
    expect(window.destroyCount).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.destroyCount).toBe(1);
    expect(ipc.listenerCount(HOST_CHANNELS.closeReady)).toBe(0);
  });

  it('asks the renderer once even if close is clicked repeatedly', async () => {
    expect(window.requestClose()).toBe(true);
    expect(window.requestClose()).toBe(true);
    expect(window.webContents.sent).toEqual([HOST_CHANNELS.closeRequested]);
    ipc.emit(HOST_CHANNELS.closeReady, { sender: window.webContents });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyCount).toBe(1);
  });

  it('does not wait on a crashed renderer', async () => {
    window.webContents.crashed = true;
    window.requestClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.webContents.sent).toEqual([]);
    expect(window.destroyCount).toBe(1);
  });

  it('still closes when sending the request throws', async () => {
    window.webContents.send = () => {
      throw new Error('Render frame was disposed');
    };
    window.requestClose();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyCount).toBe(1);
  });

  /** Closes once and answers that the flush failed; returns whether the window was destroyed. */
  async function closeWithFailedFlush(): Promise<boolean> {
    const before = window.destroyCount;
    window.requestClose();
    ipc.emit(HOST_CHANNELS.closeReady, { sender: window.webContents }, false);
    await vi.advanceTimersByTimeAsync(0);
    return window.destroyCount > before;
  }

  it('cancels the close when the renderer could not save', async () => {
    expect(await closeWithFailedFlush()).toBe(false);
    expect(window.webContents.sent).toEqual([HOST_CHANNELS.closeRequested]);
    expect(ipc.listenerCount(HOST_CHANNELS.closeReady)).toBe(0);
  });

  it('closes on a second request within 10 s of a refusal (the user chose to close anyway)', async () => {
    expect(await closeWithFailedFlush()).toBe(false);
    await vi.advanceTimersByTimeAsync(CONFIRM_CLOSE_MS - 1);
    expect(await closeWithFailedFlush()).toBe(true);
    expect(window.webContents.sent).toEqual([HOST_CHANNELS.closeRequested, HOST_CHANNELS.closeRequested]);
  });

  it('refuses again when the next failed close comes 10 s or more after the last refusal', async () => {
    expect(await closeWithFailedFlush()).toBe(false);
    await vi.advanceTimersByTimeAsync(CONFIRM_CLOSE_MS);
    expect(await closeWithFailedFlush()).toBe(false);
    // An hour later, with new edits that cannot be saved: still refused, not closed at once.
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(await closeWithFailedFlush()).toBe(false);
    // ... and the deliberate second click right after that refusal closes.
    await vi.advanceTimersByTimeAsync(2000);
    expect(await closeWithFailedFlush()).toBe(true);
  });

  it('measures the 10 s from the refusal, not from the first click', async () => {
    window.requestClose();
    // The renderer takes 2.5 s to report the failure; the user clicks again 9 s after seeing it.
    await vi.advanceTimersByTimeAsync(2500);
    ipc.emit(HOST_CHANNELS.closeReady, { sender: window.webContents }, false);
    await vi.advanceTimersByTimeAsync(9000);
    expect(window.destroyCount).toBe(0);
    expect(await closeWithFailedFlush()).toBe(true);
  });

  it('a successful flush after a refusal closes as usual', async () => {
    expect(await closeWithFailedFlush()).toBe(false);
    await vi.advanceTimersByTimeAsync(30_000);
    window.requestClose();
    ipc.emit(HOST_CHANNELS.closeReady, { sender: window.webContents }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(window.destroyCount).toBe(1);
  });
});

import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, type HostApi } from '../../../shared/host/host-api';

/**
 * preload.ts runs at import time against 'electron'; here 'electron' is a fake whose
 * ipcRenderer records invokes and sends, and whose contextBridge captures what is exposed.
 */
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invokes: [] as unknown[][],
  sends: [] as unknown[][],
  emitter: null as null | import('node:events').EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const emitter = new Emitter();
  fake.emitter = emitter;
  return {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
    ipcRenderer: {
      on: (channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener),
      invoke: async (...args: unknown[]) => {
        fake.invokes.push(args);
        return 'answer';
      },
      send: (channel: string, ...args: unknown[]) => fake.sends.push([channel, ...args]),
    },
  };
});

await import('../../../electron/preload');
const api = fake.exposed.get('tandem') as HostApi;
const emitter = fake.emitter as EventEmitter;

/** Sends closeRequested as main would, and resolves once the preload has answered. */
async function requestClose(): Promise<void> {
  const before = fake.sends.length;
  emitter.emit(HOST_CHANNELS.closeRequested, { sender: 'ipc-event' });
  await vi.waitFor(() => expect(fake.sends.length).toBe(before + 1));
}

describe('preload bridge', () => {
  beforeEach(() => {
    fake.invokes.length = 0;
    fake.sends.length = 0;
  });

  it('exposes exactly the HostApi functions as window.tandem', () => {
    expect([...fake.exposed.keys()]).toEqual(['tandem']);
    expect(Object.keys(api).sort()).toEqual(['allowSessionServer', 'exportFile', 'hostingInfo', 'info', 'lanAddresses', 'onCloseRequested', 'openFileDialog', 'printToPdf', 'saveFileDialog', 'startHosting', 'stopHosting']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes fixed channels with only the given arguments', async () => {
    await expect(api.info()).resolves.toBe('answer');
    const bytes = new Uint8Array([1, 2]);
    await api.exportFile('plan.pdf', bytes);
    await api.saveFileDialog('for-sam.tandem', bytes);
    const options = { filterName: 'Tandem sync files', extensions: ['tandem'], maxBytes: 10 };
    await api.openFileDialog(options);
    await api.printToPdf('plan.pdf');
    expect(fake.invokes).toEqual([
      [HOST_CHANNELS.info],
      [HOST_CHANNELS.exportFile, 'plan.pdf', bytes],
      [HOST_CHANNELS.saveFileDialog, 'for-sam.tandem', bytes],
      [HOST_CHANNELS.openFileDialog, options],
      [HOST_CHANNELS.printToPdf, 'plan.pdf'],
    ]);
  });

  it('answers closeRequested right away when no flush is registered', async () => {
    await requestClose();
    expect(fake.sends).toEqual([[HOST_CHANNELS.closeReady, true]]);
  });

  it('awaits the flush before answering closeReady', async () => {
    let release!: () => void;
    const flushed = new Promise<void>((resolve) => (release = resolve));
    let flushCalls = 0;
    api.onCloseRequested(() => {
      flushCalls++;
      return flushed;
    });
    emitter.emit(HOST_CHANNELS.closeRequested, {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushCalls).toBe(1);
    expect(fake.sends).toEqual([]);
    release();
    await vi.waitFor(() => expect(fake.sends).toEqual([[HOST_CHANNELS.closeReady, true]]));
  });

  it('answers closeReady with saved=false when the flush fails, so the host keeps the window', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.onCloseRequested(async () => {
      throw new Error('disk full');
    });
    await requestClose();
    expect(fake.sends).toEqual([[HOST_CHANNELS.closeReady, false]]);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });

  it('refuses a flush that is not a function', () => {
    expect(() => api.onCloseRequested('nope' as never)).toThrow(TypeError);
  });
});

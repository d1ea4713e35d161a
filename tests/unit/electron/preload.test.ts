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
  /** What main answers, per channel; a channel without an entry answers null. */
  answers: new Map<string, unknown>(),
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
        return fake.answers.get(args[0] as string) ?? null;
      },
      send: (channel: string, ...args: unknown[]) => fake.sends.push([channel, ...args]),
    },
  };
});

await import('../../../electron/preload');
const api = fake.exposed.get('tandem') as HostApi;
const emitter = fake.emitter as EventEmitter;
const INFO = { mode: 'electron', appVersion: '9.9.9', platform: 'linux', exportDir: '/data/exports' };
const SAVED = { path: '/data/exports/plan.pdf', bytes: 2 };

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
    fake.answers = new Map<string, unknown>([
      [HOST_CHANNELS.info, INFO],
      [HOST_CHANNELS.exportFile, SAVED],
    ]);
  });

  it('exposes exactly the HostApi functions as window.tandem', () => {
    expect([...fake.exposed.keys()]).toEqual(['tandem']);
    expect(Object.keys(api).sort()).toEqual(['allowSessionServer', 'exportFile', 'hostingInfo', 'info', 'lanAddresses', 'onCloseRequested', 'openFileDialog', 'printToPdf', 'saveFileDialog', 'startHosting', 'stopHosting']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes fixed channels with only the given arguments', async () => {
    await expect(api.info()).resolves.toEqual(INFO);
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

  it('refuses a malformed call before anything is sent, in the words main would use', async () => {
    await expect(api.startHosting('127.0.0.1', '4444' as never)).rejects.toThrow('tandem:start-hosting: port: expected a whole number, found the text "4444".');
    await expect((api.info as (...args: unknown[]) => Promise<unknown>)('x')).rejects.toThrow('tandem:info: expected 0 argument(s), got 1.');
    expect(fake.invokes).toEqual([]);
  });

  it('refuses an answer that does not have the declared shape', async () => {
    fake.answers.set(HOST_CHANNELS.info, { ...INFO, mode: 'web' });
    await expect(api.info()).rejects.toThrow('tandem:info: answer.mode: the text "web" is not one of electron, browser.');
    fake.answers.set(HOST_CHANNELS.exportFile, 'answer');
    await expect(api.exportFile('plan.pdf', new Uint8Array([1]))).rejects.toThrow('tandem:export-file: answer: expected an object, found the text "answer".');
  });

  it('answers undefined for a method that answers nothing', async () => {
    await expect(api.stopHosting()).resolves.toBeUndefined();
    expect(fake.invokes).toEqual([[HOST_CHANNELS.stopHosting]]);
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

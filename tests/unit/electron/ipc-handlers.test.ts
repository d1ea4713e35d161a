import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionHosting, type SessionHosting } from '../../../electron/host/session-hosting';
import { createHostServices } from '../../../electron/host/host-services';
import { RECORD_PDF_OPTIONS, registerIpcHandlers } from '../../../electron/ipc-handlers';
import { foreignAddress, freePort } from '../electron-host/free-port';
import { HOST_CHANNELS } from '../../../shared/host/host-api';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** The sender's webContents as far as printing goes: records each call, answers a fixed "PDF". */
function fakeSender() {
  const calls: unknown[] = [];
  return {
    calls,
    fail: null as Error | null,
    async printToPDF(options: unknown) {
      calls.push(options);
      if (this.fail) throw this.fail;
      return Buffer.from('%PDF-1.7 the page as printed');
    },
  };
}

/** ipcMain as far as registration goes: a channel → handler table we can invoke. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const sender = fakeSender();
  return {
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      const event = { senderFrame: senderUrl === null ? null : { url: senderUrl }, sender } as unknown as IpcMainInvokeEvent;
      // Electron turns a throw in a handler into a rejected invoke; so does this.
      return Promise.resolve().then(() => handler(event, ...args));
    },
    sender,
  };
}

const APP = 'app://tandem/index.html';

describe('registerIpcHandlers', () => {
  let dataDir: string;
  let ipc: ReturnType<typeof fakeIpcMain>;
  let hosting: SessionHosting;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tandem-ipc-'));
    ipc = fakeIpcMain();
    hosting = await createSessionHosting(dataDir);
    // The file dialogs have their own tests (file-dialogs.test.ts); none is opened here.
    const noDialogs = { save: () => Promise.reject(new Error('unexpected')), open: () => Promise.reject(new Error('unexpected')) };
    registerIpcHandlers(ipc, createHostServices({ mode: 'electron', appVersion: '9.9.9', dataDir, hosting }), noDialogs);
  });
  afterEach(async () => {
    await hosting.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers info for the app', async () => {
    await expect(ipc.invoke(HOST_CHANNELS.info, APP)).resolves.toMatchObject({
      mode: 'electron',
      appVersion: '9.9.9',
      exportDir: path.join(dataDir, 'exports'),
    });
  });

  it.each(['https://example.com/', 'file:///tmp/evil.html', 'app://evil/index.html'])(
    'rejects a sender on %s',
    async (url) => {
      await expect(ipc.invoke(HOST_CHANNELS.info, url)).rejects.toThrow(/only app:\/\/tandem\/ may call/);
      await expect(ipc.invoke(HOST_CHANNELS.exportFile, url, 'a.txt', new Uint8Array([1]))).rejects.toThrow(
        /only app:\/\/tandem\/ may call/,
      );
    },
  );

  it('rejects a sender whose frame is gone', async () => {
    await expect(ipc.invoke(HOST_CHANNELS.info, null)).rejects.toThrow(/destroyed frame/);
  });

  it.each([
    ['a number for the name', [42, new Uint8Array([1])], 'tandem:export-file: suggestedName: expected text, found number 42.'],
    ['a huge name', ['x'.repeat(5000), new Uint8Array([1])], 'tandem:export-file: suggestedName: has 5000 characters, more than the 1024 allowed.'],
    ['a string for the bytes', ['a.txt', 'hello'], 'tandem:export-file: bytes: expected binary data (a Uint8Array), found the text "hello".'],
    ['a plain array for the bytes', ['a.txt', [1, 2, 3]], 'tandem:export-file: bytes: expected binary data (a Uint8Array), found a list.'],
    ['a missing argument', ['a.txt'], /expected 2 argument\(s\), got 1/],
    ['an extra argument', ['a.txt', new Uint8Array([1]), 'x'], /expected 2 argument\(s\), got 3/],
  ])('rejects exportFile with %s', async (_what, args, message) => {
    await expect(ipc.invoke(HOST_CHANNELS.exportFile, APP, ...args)).rejects.toThrow(message);
  });

  it('rejects info called with arguments', async () => {
    await expect(ipc.invoke(HOST_CHANNELS.info, APP, 'x')).rejects.toThrow(/expected 0 argument/);
  });

  it('writes an export into the data folder for a good call', async () => {
    const bytes = new TextEncoder().encode('minutes of the session');
    const saved = (await ipc.invoke(HOST_CHANNELS.exportFile, APP, 'minutes.txt', bytes)) as { path: string; bytes: number };
    expect(saved.bytes).toBe(bytes.byteLength);
    expect(path.dirname(saved.path)).toBe(path.join(dataDir, 'exports'));
    expect(await readFile(saved.path, 'utf8')).toBe('minutes of the session');
  });

  const SESSION_CHANNELS = [
    [HOST_CHANNELS.lanAddresses, []],
    [HOST_CHANNELS.startHosting, ['127.0.0.1', 4444]],
    [HOST_CHANNELS.stopHosting, []],
    [HOST_CHANNELS.hostingInfo, []],
    [HOST_CHANNELS.allowSessionServer, ['ws://127.0.0.1:4444']],
  ] as const;

  it.each(SESSION_CHANNELS)('rejects %s from a sender that is not the app', async (channel, args) => {
    await expect(ipc.invoke(channel, 'https://example.com/', ...args)).rejects.toThrow(/only app:\/\/tandem\/ may call/);
    await expect(ipc.invoke(channel, null, ...args)).rejects.toThrow(/destroyed frame/);
  });

  it.each([HOST_CHANNELS.lanAddresses, HOST_CHANNELS.stopHosting, HOST_CHANNELS.hostingInfo])('rejects %s called with arguments', async (channel) => {
    await expect(ipc.invoke(channel, APP, 'x')).rejects.toThrow(`${channel}: expected 0 argument(s), got 1.`);
  });

  it.each([
    ['a number for the address', [127, 4444], 'tandem:start-hosting: address: expected text, found number 127.'],
    ['an overlong address', ['1'.repeat(65), 4444], 'tandem:start-hosting: address: has 65 characters, more than the 64 allowed.'],
    ['a string for the port', ['127.0.0.1', '4444'], 'tandem:start-hosting: port: expected a whole number, found the text "4444".'],
    ['a fractional port', ['127.0.0.1', 4444.5], 'tandem:start-hosting: port: expected a whole number, found number 4444.5.'],
    ['NaN for the port', ['127.0.0.1', Number.NaN], 'tandem:start-hosting: port: expected a whole number, found number NaN.'],
    ['a missing port', ['127.0.0.1'], /expected 2 argument\(s\), got 1/],
    ['an extra argument', ['127.0.0.1', 4444, true], /expected 2 argument\(s\), got 3/],
  ])('rejects startHosting with %s', async (_what, args, message) => {
    await expect(ipc.invoke(HOST_CHANNELS.startHosting, APP, ...args)).rejects.toThrow(message);
    await expect(hosting.info()).resolves.toBeNull();
  });

  it('passes a well-typed but refused address or port on to hosting, which says why', async () => {
    const foreign = foreignAddress();
    await expect(ipc.invoke(HOST_CHANNELS.startHosting, APP, foreign, 4444)).rejects.toThrow(`${foreign} is not an address of this laptop`);
    await expect(ipc.invoke(HOST_CHANNELS.startHosting, APP, '127.0.0.1', 70000)).rejects.toThrow('70000 is not a port (1–65535).');
  });

  it.each([
    ['a number', [4444], 'tandem:allow-session-server: url: expected text, found number 4444.'],
    ['an object', [{ url: 'ws://a:1' }], 'tandem:allow-session-server: url: expected text, found an object.'],
    ['an overlong url', [`ws://${'a'.repeat(300)}:1`], 'tandem:allow-session-server: url: has 307 characters, more than the 300 allowed.'],
    ['no argument', [], /expected 1 argument\(s\), got 0/],
    ['two arguments', ['ws://a:1', 'ws://b:2'], /expected 1 argument\(s\), got 2/],
  ])('rejects allowSessionServer with %s', async (_what, args, message) => {
    await expect(ipc.invoke(HOST_CHANNELS.allowSessionServer, APP, ...args)).rejects.toThrow(message);
  });

  it('hosts, reports, allows and stops for the app', async () => {
    const addresses = (await ipc.invoke(HOST_CHANNELS.lanAddresses, APP)) as Array<{ address: string }>;
    expect(addresses.map((entry) => entry.address)).toContain('127.0.0.1');
    const port = await freePort();
    const info = { url: `ws://127.0.0.1:${port}`, address: '127.0.0.1', port };
    await expect(ipc.invoke(HOST_CHANNELS.startHosting, APP, '127.0.0.1', port)).resolves.toEqual(info);
    await expect(ipc.invoke(HOST_CHANNELS.hostingInfo, APP)).resolves.toEqual(info);
    await expect(ipc.invoke(HOST_CHANNELS.allowSessionServer, APP, '10.1.2.3:4444')).resolves.toEqual({ reloadNeeded: true });
    await expect(ipc.invoke(HOST_CHANNELS.allowSessionServer, APP, 'wss://10.1.2.3:4444')).rejects.toThrow(/Use a ws:\/\/ address/);
    await expect(ipc.invoke(HOST_CHANNELS.stopHosting, APP)).resolves.toBeUndefined();
    await expect(ipc.invoke(HOST_CHANNELS.hostingInfo, APP)).resolves.toBeNull();
  });

  describe('printToPdf', () => {
    it("prints the sender's own page with the record options and saves it as an export", async () => {
      const saved = (await ipc.invoke(HOST_CHANNELS.printToPdf, APP, 'tandem-action-plan-2026-10-15.pdf')) as { path: string; bytes: number };
      expect(ipc.sender.calls).toEqual([RECORD_PDF_OPTIONS]);
      expect(RECORD_PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true });
      expect(saved.path).toBe(path.join(dataDir, 'exports', 'tandem-action-plan-2026-10-15.pdf'));
      expect(await readFile(saved.path, 'utf8')).toBe('%PDF-1.7 the page as printed');
      expect(saved.bytes).toBe('%PDF-1.7 the page as printed'.length);
    });

    it('sanitises the name and never overwrites an earlier record', async () => {
      const first = (await ipc.invoke(HOST_CHANNELS.printToPdf, APP, '../plan.pdf')) as { path: string };
      const second = (await ipc.invoke(HOST_CHANNELS.printToPdf, APP, '../plan.pdf')) as { path: string };
      expect(path.basename(first.path)).toBe('plan.pdf');
      expect(path.basename(second.path)).toBe('plan (1).pdf');
    });

    it.each(['https://example.com/', 'app://evil/index.html'])('refuses a sender on %s and prints nothing', async (url) => {
      await expect(ipc.invoke(HOST_CHANNELS.printToPdf, url, 'a.pdf')).rejects.toThrow(/only app:\/\/tandem\/ may call/);
      expect(ipc.sender.calls).toEqual([]);
    });

    it.each([
      ['a number for the name', [7], 'tandem:print-to-pdf: suggestedName: expected text, found number 7.'],
      ['a huge name', ['x'.repeat(5000)], 'tandem:print-to-pdf: suggestedName: has 5000 characters, more than the 1024 allowed.'],
      ['no argument', [], /expected 1 argument\(s\), got 0/],
      ['an extra argument', ['a.pdf', { landscape: false }], /expected 1 argument\(s\), got 2/],
    ])('refuses %s and prints nothing', async (_what, args, message) => {
      await expect(ipc.invoke(HOST_CHANNELS.printToPdf, APP, ...args)).rejects.toThrow(message);
      expect(ipc.sender.calls).toEqual([]);
    });

    it('reports a failed print and writes no file', async () => {
      ipc.sender.fail = new Error('Printing failed');
      await expect(ipc.invoke(HOST_CHANNELS.printToPdf, APP, 'a.pdf')).rejects.toThrow('Printing failed');
      await expect(readdir(path.join(dataDir, 'exports'))).rejects.toThrow(/ENOENT/);
    });
  });
});

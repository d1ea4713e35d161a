import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileDialogs, type DialogPort } from '../../../electron/file-dialogs';
import { createHostServices } from '../../../electron/host/host-services';
import { createSessionHosting } from '../../../electron/host/session-hosting';
import { registerIpcHandlers } from '../../../electron/ipc-handlers';
import { MAX_OPEN_BYTES } from '../../../shared/host/host-methods';
import { HOST_CHANNELS } from '../../../shared/host/host-api';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
const APP = 'app://tandem/index.html';
const WINDOW = { id: 'main-window' } as unknown as BrowserWindow;
const OPTIONS = { filterName: 'Tandem sync files', extensions: ['tandem'], maxBytes: 1000 };

/**
 * The native dialogs through the bridge, with Electron faked: a dialog port that answers what the
 * test says the user chose, and records what it was asked to show.
 */
describe('file dialogs over IPC', () => {
  let dir: string;
  let handlers: Map<string, Handler>;
  let answer: { canceled: boolean; filePath?: string; filePaths?: string[] };
  let asked: Array<{ parent: BrowserWindow | null; options: SaveDialogOptions | OpenDialogOptions }>;

  const invoke = (channel: string, senderUrl: string, ...args: unknown[]) => {
    const event = { senderFrame: { url: senderUrl }, sender: 'web-contents' } as unknown as IpcMainInvokeEvent;
    return Promise.resolve().then(() => handlers.get(channel)!(event, ...args));
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tandem-dialogs-'));
    handlers = new Map();
    asked = [];
    answer = { canceled: true };
    const port: DialogPort = {
      showSaveDialog: async (parent, options) => {
        asked.push({ parent, options });
        return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
      },
      showOpenDialog: async (parent, options) => {
        asked.push({ parent, options });
        return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
      },
    };
    const dialogs = createFileDialogs({ dialogs: port, windowOf: () => WINDOW, defaultDir: () => dir });
    registerIpcHandlers({ handle: (channel: string, handler: Handler) => handlers.set(channel, handler) }, createHostServices({ mode: 'electron', appVersion: '1', dataDir: dir, hosting: await createSessionHosting(dir) }), dialogs);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves bytes where the user chose, from a dialog on the calling window starting at a sanitised name', async () => {
    const target = path.join(dir, 'for-sam.tandem');
    answer = { canceled: false, filePath: target };
    const saved = await invoke(HOST_CHANNELS.saveFileDialog, APP, '../../etc/sync.tandem', new Uint8Array([1, 2, 3]));
    expect(saved).toEqual({ name: 'for-sam.tandem', path: target, bytes: 3 });
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(asked[0]!.parent).toBe(WINDOW);
    expect(asked[0]!.options).toMatchObject({ defaultPath: path.join(dir, 'etc-sync.tandem'), filters: [{ name: 'tandem files', extensions: ['tandem'] }] });
  });

  it('a cancelled save writes nothing and answers null', async () => {
    await expect(invoke(HOST_CHANNELS.saveFileDialog, APP, 'x.tandem', new Uint8Array([1]))).resolves.toBeNull();
  });

  it('opens the file the user chose, with the filter asked for', async () => {
    const file = path.join(dir, 'from-avi.tandem');
    await writeFile(file, Buffer.from([9, 8, 7]));
    answer = { canceled: false, filePaths: [file] };
    const opened = await invoke(HOST_CHANNELS.openFileDialog, APP, OPTIONS);
    expect(opened).toEqual({ kind: 'read', name: 'from-avi.tandem', bytes: new Uint8Array([9, 8, 7]) });
    expect(asked[0]!.options).toMatchObject({ properties: ['openFile'], filters: [{ name: 'Tandem sync files', extensions: ['tandem'] }, { name: 'All files', extensions: ['*'] }] });
  });

  it('does not read a file over the limit: it answers with its size', async () => {
    const file = path.join(dir, 'big.tandem');
    await writeFile(file, Buffer.alloc(1001));
    answer = { canceled: false, filePaths: [file] };
    await expect(invoke(HOST_CHANNELS.openFileDialog, APP, OPTIONS)).resolves.toEqual({ kind: 'too-large', name: 'big.tandem', size: 1001 });
  });

  it('a cancelled open answers null', async () => {
    await expect(invoke(HOST_CHANNELS.openFileDialog, APP, OPTIONS)).resolves.toBeNull();
  });

  it.each([HOST_CHANNELS.saveFileDialog, HOST_CHANNELS.openFileDialog])('%s refuses a sender that is not the app, before any dialog', async (channel) => {
    const args = channel === HOST_CHANNELS.openFileDialog ? [OPTIONS] : ['a.tandem', new Uint8Array([1])];
    await expect(invoke(channel, 'https://example.com/', ...args)).rejects.toThrow(/only app:\/\/tandem\/ may call/);
    expect(asked).toEqual([]);
  });

  it.each([
    ['no options', [], /expected 1 argument/],
    ['a string', ['tandem'], 'tandem:open-file-dialog: options: expected an object, found the text "tandem".'],
    ['a path-like extension', [{ ...OPTIONS, extensions: ['../x'] }], 'tandem:open-file-dialog: options.extensions[0]: the text "../x" is not an extension of 1 to 16 letters and digits, without the dot.'],
    ['no extensions', [{ ...OPTIONS, extensions: [] }], 'tandem:open-file-dialog: options.extensions: needs 1 to 10 entries, has 0.'],
    ['a huge limit', [{ ...OPTIONS, maxBytes: MAX_OPEN_BYTES + 1 }], `tandem:open-file-dialog: options.maxBytes: ${MAX_OPEN_BYTES + 1} is above the maximum ${MAX_OPEN_BYTES}.`],
    ['a fractional limit', [{ ...OPTIONS, maxBytes: 1.5 }], 'tandem:open-file-dialog: options.maxBytes: expected a whole number, found number 1.5.'],
    ['a long filter name', [{ ...OPTIONS, filterName: 'x'.repeat(101) }], 'tandem:open-file-dialog: options.filterName: has 101 characters, more than the 100 allowed.'],
  ])('openFileDialog refuses %s', async (_what, args, message) => {
    await expect(invoke(HOST_CHANNELS.openFileDialog, APP, ...args)).rejects.toThrow(message);
    expect(asked).toEqual([]);
  });

  it('saveFileDialog refuses bytes that are not a Uint8Array', async () => {
    await expect(invoke(HOST_CHANNELS.saveFileDialog, APP, 'a.tandem', [1, 2])).rejects.toThrow('tandem:save-file-dialog: bytes: expected binary data (a Uint8Array), found a list.');
  });
});

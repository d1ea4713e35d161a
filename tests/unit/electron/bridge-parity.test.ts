import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host';
import { createHostServices, type HostServices } from '../../../electron/host/host-services';
import { createSessionHosting, type SessionHosting } from '../../../electron/host/session-hosting';
import { registerIpcHandlers } from '../../../electron/ipc-handlers';
import { createHttpHost } from '../../../renderer/src/runtime/host/http-host';
import type { HostApi } from '../../../shared/host/host-api';
import { HOST_METHOD_NAMES, HOST_METHODS, isRouted, type HostMethodName, type RoutedMethodName } from '../../../shared/host/host-methods';
import { carriesBytes, encodeHttpCall, routeOf } from '../../../shared/host/http-wire';
import { freePort } from '../electron-host/free-port';
import { sendTo } from '../electron-host/http-send';

/**
 * One method table, four adapters: Electron's IPC handler (main) and preload (renderer side), the
 * browser host's route and the renderer's HTTP client. A call each refuses, every one of them
 * refuses with the same words, and nothing runs; a good call gets the same answer in both modes.
 * Electron cannot run here: 'electron' is a fake whose ipcRenderer.invoke reaches the handlers
 * main registered, as Electron's IPC would.
 */
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  handlers: new Map<string, Handler>(),
  /** What main sees of the caller: the app's own frame, and a webContents that records prints. */
  event: {
    senderFrame: { url: 'app://tandem/index.html' },
    sender: { prints: [] as unknown[], printToPDF: async (options: unknown) => (fake.event.sender.prints.push(options), Buffer.from('%PDF')) },
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    on: () => undefined,
    send: () => undefined,
    // Electron wraps a handler's error so: "Error invoking remote method '<channel>': <Name>: <message>".
    invoke: (channel: string, ...args: unknown[]) =>
      invokeMain(channel, args).catch((error: unknown) => {
        throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
      }),
  },
}));

/** Electron turns a throw in a handler into a rejected invoke; so does this. */
function invokeMain(channel: string, args: readonly unknown[]): Promise<unknown> {
  const handler = fake.handlers.get(channel);
  if (!handler) return Promise.reject(new Error(`no handler for ${channel}`));
  return Promise.resolve().then(() => handler(fake.event as unknown as IpcMainInvokeEvent, ...args));
}

/** Services that log each call, so a test can say that a refused call ran nothing. */
function recorded(services: HostServices, calls: string[]): HostServices {
  return Object.fromEntries(
    Object.entries(services).map(([name, run]) => [
      name,
      (...args: unknown[]) => {
        calls.push(name);
        return (run as (...args: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as HostServices;
}

const BYTES = new Uint8Array([1, 2, 3]);
const OPTIONS = { filterName: 'Tandem sync files', extensions: ['tandem'], maxBytes: 10 };

/** Per method, a call with a wrong-typed argument (an extra one where none is taken) and its refusal. */
const WRONG: { readonly [K in HostMethodName]: { readonly args: readonly unknown[]; readonly refusal: string } } = {
  info: { args: ['x'], refusal: 'tandem:info: expected 0 argument(s), got 1.' },
  exportFile: { args: [42, BYTES], refusal: 'tandem:export-file: suggestedName: expected text, found number 42.' },
  saveFileDialog: { args: ['a.tandem', 'hello'], refusal: 'tandem:save-file-dialog: bytes: expected binary data (a Uint8Array), found the text "hello".' },
  openFileDialog: {
    args: [{ ...OPTIONS, maxBytes: '10' }],
    refusal: 'tandem:open-file-dialog: options.maxBytes: expected a whole number, found the text "10".',
  },
  printToPdf: { args: [7], refusal: 'tandem:print-to-pdf: suggestedName: expected text, found number 7.' },
  lanAddresses: { args: [true], refusal: 'tandem:lan-addresses: expected 0 argument(s), got 1.' },
  startHosting: { args: ['127.0.0.1', '4444'], refusal: 'tandem:start-hosting: port: expected a whole number, found the text "4444".' },
  stopHosting: { args: [{}], refusal: 'tandem:stop-hosting: expected 0 argument(s), got 1.' },
  hostingInfo: { args: [null], refusal: 'tandem:hosting-info: expected 0 argument(s), got 1.' },
  allowSessionServer: { args: [4444], refusal: 'tandem:allow-session-server: url: expected text, found number 4444.' },
};

let dir: string;
let hostings: SessionHosting[];
let browserHost: BrowserHost;
let electronApi: HostApi;
let browserApi: HostApi;
const serviceCalls: string[] = [];
const dialogCalls: string[] = [];

const own = () => ({ Host: `127.0.0.1:${browserHost.port}`, Origin: `http://127.0.0.1:${browserHost.port}` });

/** A route called as any local client could: status and parsed body. */
async function route(urlPath: string, body: string | Uint8Array): Promise<{ status: number; json: unknown }> {
  const reply = await sendTo(browserHost.port, 'POST', urlPath, own(), body);
  return { status: reply.status, json: JSON.parse(reply.body) as unknown };
}

async function stopAllHostings(): Promise<void> {
  for (const hosting of hostings) await hosting.stop();
}

/** What a promise settles to, in a form two adapters can be compared by. */
function outcome(promise: Promise<unknown>): Promise<{ refused: string } | { answered: true }> {
  return promise.then(
    () => ({ answered: true }) as const,
    (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) }),
  );
}

/** Calls `name` on an API with arguments its type would not allow. */
function callLoosely(api: HostApi, name: HostMethodName, args: readonly unknown[]): Promise<unknown> {
  return Promise.resolve().then(() => (api[name] as (...args: unknown[]) => Promise<unknown>)(...args));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-parity-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const servicesFor = async (mode: 'electron' | 'browser') => {
    const dataDir = path.join(dir, mode);
    mkdirSync(dataDir, { recursive: true });
    const hosting = await createSessionHosting(dataDir);
    hostings.push(hosting);
    return recorded(createHostServices({ mode, appVersion: '9.9.9', dataDir, hosting }), serviceCalls);
  };
  hostings = [];
  const ipcMain = { handle: (channel: string, handler: Handler) => void fake.handlers.set(channel, handler) };
  const dialogs = {
    save: async () => (dialogCalls.push('save'), null),
    open: async () => (dialogCalls.push('open'), null),
  };
  registerIpcHandlers(ipcMain, await servicesFor('electron'), dialogs);
  await import('../../../electron/preload');
  electronApi = fake.exposed.get('tandem') as HostApi;

  browserHost = await startBrowserHost({ port: 0, rendererDir, services: await servicesFor('browser') });
  // The page's fetch: same-origin, so the browser adds the app's Host and Origin.
  vi.stubGlobal('fetch', async (urlPath: string, init: RequestInit) => {
    const reply = await sendTo(browserHost.port, 'POST', urlPath, { ...own(), ...(init.headers as Record<string, string>) }, init.body as string | Uint8Array);
    return new Response(reply.body, { status: reply.status });
  });
  browserApi = createHttpHost();
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await browserHost.close();
  for (const hosting of hostings) await hosting.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  serviceCalls.length = 0;
  dialogCalls.length = 0;
  fake.event.sender.prints.length = 0;
});

describe('one table, the same refusals in Electron and browser mode', () => {
  it('has a wrong call for every method of the table, and the preload exposes every one', () => {
    expect(Object.keys(WRONG).sort()).toEqual([...HOST_METHOD_NAMES].sort());
    expect(HOST_METHOD_NAMES.every((name) => typeof electronApi[name] === 'function' && typeof browserApi[name] === 'function')).toBe(true);
  });

  it.each(HOST_METHOD_NAMES)('%s: a wrong-typed argument is refused with the same message by every adapter, and nothing runs', async (name) => {
    const { args, refusal } = WRONG[name];
    const { channel } = HOST_METHODS[name];
    const refused = { refused: refusal };
    expect(await outcome(invokeMain(channel, args)), 'IPC handler').toEqual(refused);
    expect(await outcome(callLoosely(electronApi, name, args)), 'preload').toEqual(refused);
    expect(await outcome(callLoosely(browserApi, name, args)), 'HTTP client').toEqual(refused);
    if (isRouted(name)) {
      const { path: urlPath, body } = encodeHttpCall(name, args as never);
      expect(await route(urlPath, body), 'HTTP route').toEqual({ status: 400, json: { error: refusal } });
    } else {
      // Done in the page in browser mode: the host has no route for it at all.
      expect((await route(`/host/${channel.slice('tandem:'.length)}`, '[]')).status).toBe(404);
    }
    expect([serviceCalls, dialogCalls, fake.event.sender.prints]).toEqual([[], [], []]);
  });

  it('the IPC handler and the HTTP route agree on any argument list (property)', async () => {
    const routed = HOST_METHOD_NAMES.filter(isRouted);
    const argsOf = (name: RoutedMethodName) => {
      const count = HOST_METHODS[name].args.length - (carriesBytes(name) ? 1 : 0);
      const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('127.0.0.1'), fc.integer(), fc.string({ maxLength: 8 }));
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(value, { minLength: count, maxLength: count }) },
        { weight: 1, arbitrary: fc.array(value, { maxLength: 3 }) },
      );
    };
    const call = fc.constantFrom(...routed).chain((name) => argsOf(name).map((args) => ({ name, args })));
    await fc.assert(
      fc.asyncProperty(call, async ({ name, args }) => {
        const all = carriesBytes(name) ? [...args, BYTES] : args;
        const ipc = await outcome(invokeMain(HOST_METHODS[name].channel, all));
        // A port the IPC call bound must be free again before the route tries the same one:
        // otherwise the route is told it is in use (seen with port 1 on a root CI machine).
        await stopAllHostings();
        const wire = carriesBytes(name) ? `${routeOf(name)}?args=${encodeURIComponent(JSON.stringify(args))}` : routeOf(name);
        const http = await route(wire, carriesBytes(name) ? BYTES : JSON.stringify(args));
        const viaHttp = http.status === 200 ? { answered: true } : { refused: (http.json as { error: string }).error };
        expect(viaHttp).toEqual(ipc);
        await stopAllHostings();
      }),
      { numRuns: 60 },
    );
  });
});

describe('one table, the same answers in Electron and browser mode', () => {
  it('info, addresses and hosting answer alike through the preload and the HTTP client', async () => {
    const [electronInfo, browserInfo] = await Promise.all([electronApi.info(), browserApi.info()]);
    expect({ ...electronInfo, mode: 'either', exportDir: 'either' }).toEqual({ ...browserInfo, mode: 'either', exportDir: 'either' });
    expect([electronInfo.mode, browserInfo.mode]).toEqual(['electron', 'browser']);
    expect(await electronApi.lanAddresses()).toEqual(await browserApi.lanAddresses());

    for (const api of [electronApi, browserApi]) {
      const port = await freePort();
      const hosting = { url: `ws://127.0.0.1:${port}`, address: '127.0.0.1', port };
      await expect(api.startHosting('127.0.0.1', port)).resolves.toEqual(hosting);
      await expect(api.hostingInfo()).resolves.toEqual(hosting);
      await expect(api.allowSessionServer('10.1.2.3:4444')).resolves.toEqual({ reloadNeeded: true });
      // Nothing, in both: IPC carries undefined, HTTP null, and the table makes both undefined.
      await expect(api.stopHosting()).resolves.toBeUndefined();
      await expect(api.hostingInfo()).resolves.toBeNull();
    }
  });

  it('an export lands in each host’s export folder under the same sanitised name', async () => {
    const bytes = new TextEncoder().encode('agreed minutes');
    for (const api of [electronApi, browserApi]) {
      const { exportDir } = await api.info();
      const saved = await api.exportFile('../minutes ✓.txt', bytes);
      expect(saved).toEqual({ path: path.join(exportDir, 'minutes -.txt'), bytes: bytes.byteLength });
      expect(await readFile(saved.path, 'utf8')).toBe('agreed minutes');
    }
  });

  it('a refusal by the hosting itself reads the same in both modes', async () => {
    const refusals = await Promise.all([electronApi, browserApi].map((api) => outcome(api.startHosting('127.0.0.1', 70000))));
    expect(refusals).toEqual([{ refused: '70000 is not a port (1–65535).' }, { refused: '70000 is not a port (1–65535).' }]);
  });
});

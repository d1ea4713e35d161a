import { array, boolean, integer, literal, object, oneOf, tagged, text, type Shape } from '../validation/shape';
import type { HostApi } from './host-api';
import { boundedText, bytes, list, nothing, nullable } from './host-shapes';

/**
 * The bridge's one method table. Per HostApi method: the IPC channel, each argument's name and
 * shape, the answer's shape, and how browser mode carries it. Everything else is derived from it:
 * the Electron preload and IPC handlers, the browser host's routes and the renderer's HTTP client
 * (electron/preload.ts, electron/ipc-handlers.ts, electron/host/browser-host.ts,
 * renderer/src/runtime/host/http-host.ts), so both modes refuse the same bad call with the same words
 * (tests/unit/electron-host/bridge-parity.test.ts).
 *
 * The table's type is checked against HostApi: a missing method, a wrong argument count or an
 * argument or answer typed differently from HostApi fails the typecheck. The shapes are checked
 * at run time; that each shape accepts exactly its declared type is this file's promise (shape.ts
 * shapes do not carry their type yet).
 */

/** A slot checked at run time by `shape`; `T` is what a value that passed is, for the typecheck. */
export interface Typed<T> {
  readonly shape: Shape;
  /** Maps a value that passed to what callers get (void answers: JSON's null becomes undefined). */
  readonly normalize?: (value: unknown) => T;
  /** Type only, never set: makes Typed<string> and Typed<number> incompatible. */
  readonly type?: (value: T) => T;
}

export interface Arg<T> extends Typed<T> {
  readonly name: string;
  /** Binary data: over HTTP it is the request body, so only the last argument may be binary. */
  readonly binary?: true;
}

/** An argument without its type: what the checks and transports read. */
export type ArgSlot = Pick<Arg<unknown>, 'name' | 'shape' | 'binary'>;

/** How browser mode does it: the browser host answers at a route, or the page does it itself. */
export type BrowserTransport = 'route' | 'in-page';

export interface MethodSpec<A extends readonly unknown[], R, B extends BrowserTransport = BrowserTransport> {
  readonly channel: `tandem:${string}`;
  readonly args: { readonly [K in keyof A]: Arg<A[K]> };
  readonly result: Typed<R>;
  readonly browser: B;
}

/** Every HostApi method but the one event registration (onCloseRequested, see HOST_EVENTS). */
export type HostMethodName = Exclude<keyof HostApi, 'onCloseRequested'>;
/** What a browser does in the page itself: a download, a file input, its print dialog. */
export type InPageMethodName = 'saveFileDialog' | 'openFileDialog' | 'printToPdf';
export type RoutedMethodName = Exclude<HostMethodName, InPageMethodName>;
export type HostArgs<K extends HostMethodName> = Parameters<HostApi[K]>;
/** What the method's promise resolves to (every HostApi method but onCloseRequested answers a promise). */
export type HostResult<K extends HostMethodName> = HostApi[K] extends (...args: never[]) => Promise<infer R> ? R : never;

type HostMethodTable = {
  readonly [K in HostMethodName]: MethodSpec<HostArgs<K>, HostResult<K>, K extends InPageMethodName ? 'in-page' : 'route'>;
};

const arg = <T>(name: string, shape: Shape): Arg<T> => ({ name, shape });
const binaryArg = (name: string): Arg<Uint8Array> => ({ name, shape: bytes(), binary: true });
const answer = <T>(shape: Shape): Typed<T> => ({ shape });
const answersNothing: Typed<void> = { shape: nothing(), normalize: () => undefined };

/** The most a renderer may ask the host to read from a file the user chose. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;
/** Export names are sanitised by the host anyway; this only refuses absurd input early. */
const NAME = boundedText(1024);
const EXTENSION = text({ pattern: /^[A-Za-z0-9]{1,16}$/, hint: 'an extension of 1 to 16 letters and digits, without the dot' });
const OPEN_OPTIONS = object({
  filterName: boundedText(100),
  extensions: list(EXTENSION, { minItems: 1, maxItems: 10 }),
  maxBytes: integer({ min: 1, max: MAX_OPEN_BYTES }),
});

const anyText = text({ minLength: 0 });
const count = integer({ min: 0 });
const SAVED_FILE = object({ path: text(), bytes: count });
const HOSTING_INFO = object({ url: text(), address: text(), port: integer({ min: 1, max: 65535 }) });
const OPENED_FILE = tagged('kind', {
  read: object({ kind: literal('read'), name: anyText, bytes: bytes() }),
  'too-large': object({ kind: literal('too-large'), name: anyText, size: count }),
});

export const HOST_METHODS: HostMethodTable = {
  info: {
    channel: 'tandem:info',
    args: [],
    result: answer(object({ mode: oneOf(['electron', 'browser']), appVersion: text(), platform: text(), exportDir: text() })),
    browser: 'route',
  },
  exportFile: { channel: 'tandem:export-file', args: [arg('suggestedName', NAME), binaryArg('bytes')], result: answer(SAVED_FILE), browser: 'route' },
  saveFileDialog: {
    channel: 'tandem:save-file-dialog',
    args: [arg('suggestedName', NAME), binaryArg('bytes')],
    result: answer(nullable(object({ name: text(), path: nullable(text()), bytes: count }))),
    browser: 'in-page',
  },
  openFileDialog: { channel: 'tandem:open-file-dialog', args: [arg('options', OPEN_OPTIONS)], result: answer(nullable(OPENED_FILE)), browser: 'in-page' },
  printToPdf: { channel: 'tandem:print-to-pdf', args: [arg('suggestedName', NAME)], result: answer(nullable(SAVED_FILE)), browser: 'in-page' },
  lanAddresses: {
    channel: 'tandem:lan-addresses',
    args: [],
    result: answer(array(object({ name: anyText, address: text(), family: oneOf(['IPv4', 'IPv6']), internal: boolean() }))),
    browser: 'route',
  },
  // The port's range is the hosting's to refuse, with its own reason ("70000 is not a port").
  startHosting: { channel: 'tandem:start-hosting', args: [arg('address', boundedText(64)), arg('port', integer())], result: answer(HOSTING_INFO), browser: 'route' },
  stopHosting: { channel: 'tandem:stop-hosting', args: [], result: answersNothing, browser: 'route' },
  hostingInfo: { channel: 'tandem:hosting-info', args: [], result: answer(nullable(HOSTING_INFO)), browser: 'route' },
  allowSessionServer: {
    channel: 'tandem:allow-session-server',
    args: [arg('url', boundedText(300))],
    result: answer(object({ reloadNeeded: boolean() })),
    browser: 'route',
  },
};

/** The table's names, in its order. */
export const HOST_METHOD_NAMES = Object.keys(HOST_METHODS) as readonly HostMethodName[];

export function isRouted(name: HostMethodName): name is RoutedMethodName {
  return HOST_METHODS[name].browser === 'route';
}

/** The close handshake, main → renderer (closeRequested) and back (closeReady, with `saved`). */
export const HOST_EVENTS = {
  closeRequested: 'tandem:close-requested',
  closeReady: 'tandem:close-ready',
} as const;

/** Every channel the bridge carries, by name: the methods' and the events'. */
export const HOST_CHANNELS = {
  ...(Object.fromEntries(HOST_METHOD_NAMES.map((name) => [name, HOST_METHODS[name].channel])) as { readonly [K in HostMethodName]: string }),
  ...HOST_EVENTS,
};

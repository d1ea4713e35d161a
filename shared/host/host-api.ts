/**
 * The one bridge between the renderer and the host (Electron main, or the Node host in browser
 * mode). Declared once here; host-methods.ts gives each method its channel and the shapes of its
 * arguments and answer, and every adapter is driven by that table: `electron/preload.ts` exposes
 * it with `satisfies HostApi`, `electron/ipc-handlers.ts` and the browser host's routes check each
 * call against it, and the browser-mode HTTP client in the renderer implements it too.
 *
 * Every method takes and returns structured-cloneable data only, so the same type works across
 * Electron IPC and across the browser host's JSON-over-HTTP transport.
 */
export type HostMode = 'electron' | 'browser';

export interface HostInfo {
  readonly mode: HostMode;
  readonly appVersion: string;
  readonly platform: string;
  /** Where the host writes files the user asked for (exports, backups). */
  readonly exportDir: string;
}

export interface SavedFile {
  /** Absolute path on the host where the file was written. */
  readonly path: string;
  readonly bytes: number;
}

/** One of this laptop's network addresses, offered for hosting a session. */
export interface LanAddress {
  readonly name: string;
  readonly address: string;
  readonly family: 'IPv4' | 'IPv6';
  /** Loopback: reachable from this laptop only. */
  readonly internal: boolean;
}

/** The session server this laptop hosts. */
export interface HostingInfo {
  /** ws://address:port, what others type to join. */
  readonly url: string;
  readonly address: string;
  readonly port: number;
}

/** A file the user saved through a save dialog (Electron) or a download (browser mode). */
export interface SavedByDialog {
  /** The name it was saved under. */
  readonly name: string;
  /** The full path, where the host knows it (a browser does not say where a download went). */
  readonly path: string | null;
  readonly bytes: number;
}

export interface OpenFileOptions {
  /** The file type's name in the dialog's filter, e.g. "Tandem sync files". */
  readonly filterName: string;
  /** Extensions without the dot, e.g. ["tandem"]. */
  readonly extensions: readonly string[];
  /** A larger file is not read at all: the answer gives its size instead. */
  readonly maxBytes: number;
}

export type OpenedFile =
  | { readonly kind: 'read'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly name: string; readonly size: number };

export interface HostApi {
  info(): Promise<HostInfo>;
  /**
   * Writes bytes the user asked to export into the host's export folder. The host chooses the
   * final path (never overwriting an existing file) and reports it; `suggestedName` is only a
   * hint and is sanitised by the host.
   */
  exportFile(suggestedName: string, bytes: Uint8Array): Promise<SavedFile>;
  /**
   * Lets the user choose where to save bytes: a native save dialog in Electron, a download in
   * browser mode. Resolves null when the user cancels.
   */
  saveFileDialog(suggestedName: string, bytes: Uint8Array): Promise<SavedByDialog | null>;
  /**
   * Lets the user choose a file to read: a native open dialog in Electron, a file input in browser
   * mode. Resolves null when the user cancels. Must be called from a user gesture (a click or a
   * key press): a browser opens a file chooser for nothing else.
   */
  openFileDialog(options: OpenFileOptions): Promise<OpenedFile | null>;
  /**
   * Prints the calling window's page as it is now (its print stylesheet applies) to a PDF in the
   * export folder, named as `exportFile` names files, and reports where. Electron renders it with
   * webContents.printToPDF. A host that cannot render PDFs itself (browser mode) opens the
   * browser's print dialog instead, where the user chooses "Save as PDF", and answers null.
   */
  printToPdf(suggestedName: string): Promise<SavedFile | null>;
  /**
   * Registers the renderer's last-chance flush. The host calls it before the window closes and
   * waits (bounded) for it, so an edit shown as saved is on disk before the process exits. If the
   * flush rejects, the Electron host cancels that close once, so the user sees the failure and
   * can retry or export; closing again closes.
   */
  onCloseRequested(flush: () => Promise<void>): void;
  /** This laptop's addresses, to choose where to host a session. */
  lanAddresses(): Promise<readonly LanAddress[]>;
  /**
   * Starts the session (signaling) server on one of this laptop's addresses, replacing one
   * already running; refuses an address that is not this laptop's and a port in use, saying so.
   */
  startHosting(address: string, port: number): Promise<HostingInfo>;
  stopHosting(): Promise<void>;
  hostingInfo(): Promise<HostingInfo | null>;
  /**
   * Lets the page connect to a session server (its security policy lists each address allowed).
   * `reloadNeeded`: the page was loaded before the address was allowed, so its policy still
   * refuses it until it reloads.
   */
  allowSessionServer(url: string): Promise<{ readonly reloadNeeded: boolean }>;
}

/** The channel names, derived from the one method table (host-methods.ts). */
export { HOST_CHANNELS } from './host-methods';

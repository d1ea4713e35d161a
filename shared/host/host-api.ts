/**
 * The one bridge between the renderer and the host (Electron main, or the Node host in browser
 * mode). Declared once here; `electron/host/` implements it, `electron/preload.ts` exposes it with
 * `satisfies HostApi`, and the browser-mode HTTP client in the renderer implements it too.
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

export interface HostApi {
  info(): Promise<HostInfo>;
  /**
   * Writes bytes the user asked to export into the host's export folder. The host chooses the
   * final path (never overwriting an existing file) and reports it; `suggestedName` is only a
   * hint and is sanitised by the host.
   */
  exportFile(suggestedName: string, bytes: Uint8Array): Promise<SavedFile>;
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

/** The names the bridge carries, for hosts that validate channels (Electron IPC, HTTP routes). */
export const HOST_CHANNELS = {
  info: 'tandem:info',
  exportFile: 'tandem:export-file',
  closeRequested: 'tandem:close-requested',
  closeReady: 'tandem:close-ready',
  lanAddresses: 'tandem:lan-addresses',
  startHosting: 'tandem:start-hosting',
  stopHosting: 'tandem:stop-hosting',
  hostingInfo: 'tandem:hosting-info',
  allowSessionServer: 'tandem:allow-session-server',
} as const;

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

export interface HostApi {
  info(): Promise<HostInfo>;
  /**
   * Writes bytes the user asked to export into the host's export folder. The host chooses the
   * final path (never overwriting an existing file) and reports it; `suggestedName` is only a
   * hint and is sanitised by the host.
   */
  exportFile(suggestedName: string, bytes: Uint8Array): Promise<SavedFile>;
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
}

/** The names the bridge carries, for hosts that validate channels (Electron IPC, HTTP routes). */
export const HOST_CHANNELS = {
  info: 'tandem:info',
  exportFile: 'tandem:export-file',
  printToPdf: 'tandem:print-to-pdf',
  closeRequested: 'tandem:close-requested',
  closeReady: 'tandem:close-ready',
} as const;

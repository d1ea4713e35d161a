import path from 'node:path';
import type { HostApi, HostMode } from '../../shared/host/host-api';
import type { RoutedMethodName } from '../../shared/host/host-methods';
import { writeExportFile } from './export-file';
import type { SessionHosting } from './session-hosting';

/**
 * What the host side implements for both modes: the table's routed methods (host-methods.ts).
 * `onCloseRequested` lives in the renderer-side bridge; the file dialogs are Electron's
 * (electron/file-dialogs.ts), while browser mode downloads and uploads in the page itself;
 * `printToPdf` needs the calling window, so electron/ipc-handlers.ts implements it with the
 * sender's webContents (browser mode prints in the page itself).
 */
export type HostServices = Pick<HostApi, RoutedMethodName>;

export interface HostServicesOptions {
  readonly mode: HostMode;
  readonly appVersion: string;
  /** The app's data folder (Electron's userData, or the browser host's --data-dir). */
  readonly dataDir: string;
  readonly hosting: SessionHosting;
}

export function createHostServices(options: HostServicesOptions): HostServices {
  const exportDir = path.join(options.dataDir, 'exports');
  return {
    info: async () => ({ mode: options.mode, appVersion: options.appVersion, platform: process.platform, exportDir }),
    exportFile: (suggestedName, bytes) => writeExportFile(exportDir, suggestedName, bytes),
    lanAddresses: () => options.hosting.lanAddresses(),
    startHosting: (address, port) => options.hosting.start(address, port),
    stopHosting: () => options.hosting.stop(),
    hostingInfo: () => options.hosting.info(),
    allowSessionServer: (url) => options.hosting.allow(url),
  };
}

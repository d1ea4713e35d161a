import path from 'node:path';
import type { HostApi, HostMode } from '../../shared/host/host-api';
import { writeExportFile } from './export-file';

/**
 * What the host side implements; `onCloseRequested` lives in the renderer-side bridge, and
 * `printToPdf` needs the calling window, so electron/ipc-handlers.ts implements it with the
 * sender's webContents (browser mode prints in the page itself).
 */
export type HostServices = Omit<HostApi, 'onCloseRequested' | 'printToPdf'>;

export interface HostServicesOptions {
  readonly mode: HostMode;
  readonly appVersion: string;
  /** The app's data folder (Electron's userData, or the browser host's --data-dir). */
  readonly dataDir: string;
}

export function createHostServices(options: HostServicesOptions): HostServices {
  const exportDir = path.join(options.dataDir, 'exports');
  return {
    info: async () => ({ mode: options.mode, appVersion: options.appVersion, platform: process.platform, exportDir }),
    exportFile: (suggestedName, bytes) => writeExportFile(exportDir, suggestedName, bytes),
  };
}

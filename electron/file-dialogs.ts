import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { sanitizeExportName } from '../shared/host/export-name';
import type { OpenedFile, OpenFileOptions, SavedByDialog } from '../shared/host/host-api';
import { MAX_EXPORT_BYTES } from './host/export-file';

/**
 * Electron's native open and save dialogs behind the bridge. The renderer never names a path: the
 * user picks one in a dialog the main process shows, attached to the window that asked, and the
 * main process reads or writes it. Electron's `dialog` and the window lookup come in as
 * parameters, so the rules here run in Node tests with fakes.
 */
export interface DialogPort {
  showSaveDialog(parent: BrowserWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface FileDialogs {
  save(event: IpcMainInvokeEvent, suggestedName: string, bytes: Uint8Array): Promise<SavedByDialog | null>;
  open(event: IpcMainInvokeEvent, options: OpenFileOptions): Promise<OpenedFile | null>;
}

export interface FileDialogDeps {
  readonly dialogs: DialogPort;
  readonly windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  /** Where the save dialog starts (the user's documents folder). */
  readonly defaultDir: () => string;
}

export function createFileDialogs(deps: FileDialogDeps): FileDialogs {
  return {
    async save(event, suggestedName, bytes) {
      if (bytes.byteLength > MAX_EXPORT_BYTES) throw new RangeError(`The file is ${bytes.byteLength} bytes; the limit is ${MAX_EXPORT_BYTES}.`);
      const name = sanitizeExportName(suggestedName);
      const extension = path.extname(name).slice(1);
      const chosen = await deps.dialogs.showSaveDialog(deps.windowOf(event), {
        defaultPath: path.join(deps.defaultDir(), name),
        filters: extension ? [{ name: `${extension} files`, extensions: [extension] }] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen.canceled || !chosen.filePath) return null;
      // The user chose this path in the native dialog, which confirmed any overwrite.
      await writeFile(chosen.filePath, bytes);
      return { name: path.basename(chosen.filePath), path: chosen.filePath, bytes: bytes.byteLength };
    },
    async open(event, options) {
      const chosen = await deps.dialogs.showOpenDialog(deps.windowOf(event), {
        properties: ['openFile'],
        filters: [{ name: options.filterName, extensions: [...options.extensions] }, { name: 'All files', extensions: ['*'] }],
      });
      const file = chosen.canceled ? undefined : chosen.filePaths[0];
      return file === undefined ? null : readUpTo(file, options.maxBytes);
    },
  };
}

/** Reads `file` unless it is larger than `maxBytes` (checked on the open handle, before reading). */
export async function readUpTo(file: string, maxBytes: number): Promise<OpenedFile> {
  const name = path.basename(file);
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { kind: 'too-large', name, size };
    const buffer = Buffer.alloc(size + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
    // It grew since the stat (still being written): say so by its new size rather than read part of it.
    if (bytesRead > size) return { kind: 'too-large', name, size: bytesRead };
    return { kind: 'read', name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead).slice() };
  } finally {
    await handle.close();
  }
}

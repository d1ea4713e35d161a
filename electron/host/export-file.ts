import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeExportName } from '../../shared/host/export-name';
import type { SavedFile } from '../../shared/host/host-api';

/** Bytes a renderer may hand to the host in one export; bounded so a bug cannot fill the disk. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/**
 * Writes an export into `exportDir` under a sanitised name. Never overwrites: an existing name
 * gets a numeric suffix (the `wx` flag makes the check and the create one atomic step).
 */
export async function writeExportFile(exportDir: string, suggestedName: string, bytes: Uint8Array): Promise<SavedFile> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('Export content must be bytes.');
  if (bytes.byteLength > MAX_EXPORT_BYTES) {
    throw new RangeError(`Export is ${bytes.byteLength} bytes; the limit is ${MAX_EXPORT_BYTES}.`);
  }
  await mkdir(exportDir, { recursive: true });
  const name = sanitizeExportName(suggestedName);
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const file = path.join(exportDir, attempt === 0 ? name : `${stem} (${attempt})${ext}`);
    let handle;
    try {
      handle = await open(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return { path: file, bytes: bytes.byteLength };
  }
  throw new Error(`Could not find a free file name for "${name}" in ${exportDir}.`);
}

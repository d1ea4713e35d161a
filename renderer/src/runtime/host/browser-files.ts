import { sanitizeExportName } from '../../../../shared/host/export-name';
import type { OpenedFile, OpenFileOptions, SavedByDialog } from '../../../../shared/host/host-api';

/**
 * Browser mode's file dialogs, in the page itself: a download for saving (the browser chooses the
 * folder, or asks, per its settings) and a file input for opening. No host route is involved:
 * the bytes never leave the page except as the download the user asked for.
 */

/** How long a download's object URL stays valid: the browser reads it after click() returns. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(suggestedName: string, bytes: Uint8Array): Promise<SavedByDialog> {
  const name = sanitizeExportName(suggestedName);
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return Promise.resolve({ name, path: null, bytes: bytes.byteLength });
}

/**
 * Opens the browser's file chooser. Call it synchronously from a click or key handler: a browser
 * shows the chooser only during a user gesture. Resolves null on cancel (the input's `cancel`
 * event); a file over `maxBytes` is reported by size and never read.
 */
export function chooseFile(options: OpenFileOptions): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = options.extensions.map((extension) => `.${extension}`).join(',');
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    }, { once: true });
    input.addEventListener('change', () => {
      done();
      const file = input.files?.[0];
      if (!file) resolve(null);
      else if (file.size > options.maxBytes) resolve({ kind: 'too-large', name: file.name, size: file.size });
      else file.arrayBuffer().then((buffer) => resolve({ kind: 'read', name: file.name, bytes: new Uint8Array(buffer) }), reject);
    }, { once: true });
    document.body.append(input);
    input.click();
  });
}

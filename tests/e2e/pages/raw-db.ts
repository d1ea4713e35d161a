import type { Page } from '@playwright/test';

/**
 * Reaches into the page's IndexedDB with the raw API, the way a damaged disk or another program
 * would, below the app's own storage code.
 */
export async function damageRecordContaining(page: Page, text: string): Promise<number> {
  return page.evaluate(async (needle) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const encoded = new TextEncoder().encode(needle);
    const tx = db.transaction('updates', 'readwrite');
    const store = tx.objectStore('updates');
    const rows = await new Promise<{ id: number; bytes: Uint8Array }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const indexOf = (haystack: Uint8Array) => {
      outer: for (let i = 0; i + encoded.length <= haystack.length; i++) {
        for (let j = 0; j < encoded.length; j++) if (haystack[i + j] !== encoded[j]) continue outer;
        return i;
      }
      return -1;
    };
    const row = rows.find((candidate) => indexOf(candidate.bytes) >= 0);
    if (!row) throw new Error(`No stored record contains "${needle}"`);
    const damaged = row.bytes.slice();
    const at = indexOf(damaged);
    damaged[at] = (damaged[at] as number) ^ 0x20;
    store.put({ ...row, bytes: damaged });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return row.id;
  }, text);
}

/**
 * Makes every IndexedDB open fail the way Chromium fails on a corrupt profile ("Internal error
 * opening backing store"). This stands in for the disk, the app's neighbour; the app's own start-up
 * and recovery code run for real. Applies to pages loaded after the call.
 */
export async function breakIndexedDbOnNextLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
  });
}

/**
 * Stores `update` in the page's workspace log as one record, the way the app writes one (bytes and
 * CRC-32), below the app's own code: how benchmarks and tests give a workspace thousands of actions.
 */
export async function storeWorkspaceUpdate(page: Page, update: Uint8Array, checksum: number): Promise<void> {
  await page.evaluate(async ({ bytes, checksum: crc }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('updates', 'readwrite');
    tx.objectStore('updates').add({ workspaceId: 'default', bytes: new Uint8Array(bytes), checksum: crc, writtenAt: Date.now() });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, { bytes: [...update], checksum });
}

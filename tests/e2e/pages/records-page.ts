import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { TandemPage } from './tandem-page';

/** The Records view: exports (read back from the host's export folder) and the local backups. */
export class RecordsPage {
  readonly tandem: TandemPage;

  constructor(readonly page: Page) {
    this.tandem = new TandemPage(page);
  }

  async open(): Promise<void> {
    await this.tandem.openView('Records');
    await expect(this.page.getByRole('heading', { name: 'Records', level: 2 })).toBeVisible();
  }

  async chooseScope(name: 'Action plan' | '90-day sequencing plan'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  }

  exportButton(label: 'Word (DOCX)' | 'CSV' | 'Markdown' | 'the whole workspace (JSON)'): Locator {
    return this.page.getByRole('button', { name: `Export ${label}`, exact: true });
  }

  get result(): Locator {
    return this.page.getByTestId('records-result');
  }

  /** Clicks an export and returns the written file, read from where the host says it put it. */
  async export(label: Parameters<RecordsPage['exportButton']>[0]): Promise<{ path: string; bytes: Uint8Array }> {
    await this.exportButton(label).click();
    return this.savedFile();
  }

  /** The file the last export reported, checked to be in the e2e run's export folder. */
  async savedFile(): Promise<{ path: string; bytes: Uint8Array }> {
    await expect(this.result).toContainText(' saved to ');
    const file = (await this.result.textContent())!.replace(/^.* saved to /, '');
    expect(path.dirname(file)).toBe(path.join(process.env.TANDEM_E2E_DATA_DIR ?? '', 'exports'));
    return { path: file, bytes: new Uint8Array(await readFile(file)) };
  }

  get backupRows(): Locator {
    return this.page.getByTestId('backup-row');
  }

  restoreButton(reason: string | RegExp): Locator {
    return this.backupRows.filter({ hasText: reason }).getByRole('button', { name: /^Restore the snapshot of / });
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Restore the snapshot of / });
  }

  get notice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Restored the snapshot of' });
  }
}

/** Flips a bit in the middle of every stored snapshot state, below the app (a damaged disk). */
export async function damageEverySnapshot(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('snapshotBytes', 'readwrite');
    const store = tx.objectStore('snapshotBytes');
    const rows = await new Promise<{ id: number; bytes: Uint8Array }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    for (const row of rows) {
      const bytes = row.bytes.slice();
      bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0x04;
      store.put({ ...row, bytes });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return rows.length;
  });
}

import { expect, type Download, type Locator, type Page } from '@playwright/test';

/**
 * The Sync files view: export (whole workspace or changes for a known peer, optionally encrypted)
 * and import (choose, passphrase, preview, merge). Browser mode saves by download and opens through
 * a file input, so the test catches the download and answers the file chooser.
 */
export type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

export class SyncFilesPage {
  constructor(readonly page: Page) {}

  get navButton(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sync files', exact: true });
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await expect(this.page.getByRole('heading', { name: 'Sync files', level: 2 })).toBeVisible();
  }

  get scope(): Locator {
    return this.page.getByLabel('What to export');
  }

  get encrypt(): Locator {
    return this.page.getByRole('checkbox', { name: 'Encrypt with a passphrase' });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export sync file' });
  }

  get exportStatus(): Locator {
    return this.page.getByTestId('export-status');
  }

  /** Exports and returns the download; `passphrase` encrypts, `peer` picks "Changes for <peer>…". */
  async export(options: { passphrase?: string; peer?: string } = {}): Promise<Download> {
    if (options.peer) await this.scope.selectOption({ label: await this.peerOption(options.peer) });
    else await this.scope.selectOption({ label: 'The whole workspace' });
    if (options.passphrase) {
      await this.encrypt.check();
      await this.page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
      await this.page.getByLabel('Confirm passphrase').fill(options.passphrase);
    } else {
      await this.encrypt.uncheck();
    }
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    await expect(this.exportStatus).toHaveText(/^Saved /);
    return download;
  }

  /** The full label of the "Changes for <name> …" option. */
  async peerOption(name: string): Promise<string> {
    const option = this.scope.locator('option', { hasText: `Changes for ${name} ` });
    await expect(option).toHaveCount(1);
    return (await option.textContent()) ?? '';
  }

  get chooseButton(): Locator {
    return this.page.getByRole('button', { name: /^Choose (a|another) sync file…$/ });
  }

  /** Clicks "Choose a sync file…" and gives the chooser `file`. */
  async choose(file: FileInput): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.chooseButton.click()]);
    await chooser.setFiles(file);
  }

  get passphraseInput(): Locator {
    return this.page.getByRole('form', { name: /^Passphrase for / }).getByLabel('Passphrase');
  }

  async enterPassphrase(passphrase: string): Promise<void> {
    await this.passphraseInput.fill(passphrase);
    await this.page.getByRole('button', { name: 'Open file' }).click();
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: /^What .* would change$/ });
  }

  get mergeButton(): Locator {
    return this.page.getByRole('button', { name: 'Merge into this workspace' });
  }

  get result(): Locator {
    return this.page.getByTestId('import-result');
  }

  get error(): Locator {
    return this.page.getByTestId('import-error');
  }
}

/** How many update records the page's workspace has stored: any change to the document adds one. */
export async function storedUpdateCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus (keyboard-only flows); fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, direction: 'forward' | 'backward' = 'forward', limit = 80): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

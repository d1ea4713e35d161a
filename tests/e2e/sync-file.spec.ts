import { open, readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ContextLaptops } from './pages/context-laptops';
import { TandemPage, type PersonInput } from './pages/tandem-page';
import { storedUpdateCount, SyncFilesPage, tabTo } from './pages/sync-files-page';

/**
 * Two laptops that share no network: two browser contexts (separate IndexedDB, no channel between
 * them), exchanging sync files by download and upload only.
 */
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Delegate' };
const SAM: PersonInput = { name: 'Sam Ortiz', delegation: 'U.S.', role: 'Note-taker' };
const AVI_SAYS = 'Avi Cohen (Israel, delegate)';
const PASSPHRASE = 'cedar harbour 7';

const laptops = new ContextLaptops();
test.afterEach(() => laptops.closeAll());

async function laptop(browser: Browser, person: PersonInput) {
  const page = await laptops.open(browser, person);
  return { page, tandem: new TandemPage(page), sync: new SyncFilesPage(page) };
}

async function fileOf(download: { path(): Promise<string | null>; suggestedFilename(): string }) {
  const path = await download.path();
  if (!path) throw new Error('the download was not saved');
  return { name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(path) };
}

async function planTitles(page: Page): Promise<string[]> {
  return new TandemPage(page).titles();
}

test('a whole-workspace file and an encrypted one carry A’s edits to B, with a preview and A’s name; bad files change nothing', async ({ browser }) => {
  const a = await laptop(browser, AVI);
  await a.tandem.addAction('Joint AI testbed charter');
  await a.tandem.expectSaved();
  // A's safety code, read off its Session view, as people would read it aloud.
  await a.tandem.openView('Session');
  const code = (await a.page.getByTestId('safety-code').textContent()) ?? '';
  expect(code).toMatch(/^\d{4} \d{4} \d{4}$/);
  await a.sync.open();
  const plain = await fileOf(await a.sync.export());
  expect(plain.name).toMatch(/^tandem-avi-cohen-whole-\d{4}-\d{2}-\d{2}-\d{4}\.tandem$/);
  const sealed = await fileOf(await a.sync.export({ passphrase: PASSPHRASE }));
  await expect(a.sync.exportStatus).toHaveText(/^Saved the whole workspace, encrypted, as /);

  const b = await laptop(browser, SAM);
  await b.tandem.expectSaved();
  const stored = await storedUpdateCount(b.page);
  await b.sync.open();

  // An altered file: one byte changed on the way.
  const altered = { ...plain, name: 'altered.tandem', buffer: Buffer.from(plain.buffer) };
  const at = altered.buffer.length - 100;
  altered.buffer[at] = altered.buffer[at]! ^ 0x01;
  await b.sync.choose(altered);
  await expect(b.sync.error).toHaveText('altered.tandem was not imported: The file was altered or damaged: its SHA-256 does not match its contents. Nothing changed.');

  // The encrypted file: a wrong passphrase is reported, then the right one opens the preview.
  await b.sync.choose(sealed);
  await b.sync.enterPassphrase('not the passphrase');
  await expect(b.page.getByText('Wrong passphrase: the file cannot be decrypted with it.')).toBeVisible();
  await expect(b.sync.passphraseInput).toBeFocused();
  expect(await storedUpdateCount(b.page)).toBe(stored);
  await b.sync.enterPassphrase(PASSPHRASE);
  await expect(b.sync.preview).toContainText(`From${AVI_SAYS}Signed`);
  // Signed by A's laptop, whose key B has not learned yet: unverified, with the code to compare.
  await expect(b.page.getByTestId('import-sender-verdict')).toHaveText(`unverified: claims to be Avi Cohen (signed by a key this laptop has not learned; safety code ${code}: compare it with Avi Cohen)`);
  await expect(b.page.getByTestId('import-writer-verdicts')).toHaveText('unverified: claims to be Avi Cohen (signed by a key this laptop has not learned)');
  await expect(b.sync.preview).not.toContainText('Yjs client'); // the document's internal ids are the inspector's, not people's
  await expect(b.sync.preview).toContainText('Encryptedyes (AES-256-GCM');
  await expect(b.sync.preview.getByRole('region', { name: 'Actions added' })).toContainText(`“Joint AI testbed charter”, by ${AVI_SAYS}`);
  await expect(b.sync.preview.getByRole('region', { name: 'Written by' })).toContainText(AVI_SAYS);
  // Previewing changed nothing yet.
  expect(await storedUpdateCount(b.page)).toBe(stored);
  await b.tandem.openBoard();
  expect(await planTitles(b.page)).toEqual([]);

  // Leaving the view dropped the preview: choose again, merge this time.
  await b.sync.open();
  await b.sync.choose(sealed);
  await b.sync.enterPassphrase(PASSPHRASE);
  await b.sync.mergeButton.click();
  await expect(b.sync.result).toHaveText(/^Merged tandem-avi-cohen-whole-.*\.tandem from Avi Cohen \(Israel, delegate\): 1 action added\.$/);
  await b.tandem.expectSaved();
  await b.tandem.openBoard();
  await expect(b.tandem.rows).toHaveCount(1);
  await expect(b.tandem.rows.first()).toContainText(`Added by ${AVI_SAYS}`);
  await expect(b.tandem.title(1)).toHaveValue('Joint AI testbed charter');
  // The merge was preceded by a backup of B as it was, so the import can be undone.
  await b.tandem.openView('Records');
  await expect(b.page.getByTestId('backup-row').filter({ hasText: /Before importing tandem-avi-cohen-whole-.*\.tandem/ })).toHaveCount(1);

  // The same content again (the plain file): nothing new, nothing stored.
  const afterMerge = await storedUpdateCount(b.page);
  await b.sync.open();
  await b.sync.choose(plain);
  await expect(b.page.getByTestId('import-nothing-new')).toHaveText('Nothing new: this workspace already has everything in this file.');
  // The key was learned with the merge: the same laptop's file is now verified.
  await expect(b.page.getByTestId('import-sender-verdict')).toHaveText('Avi Cohen (verified)');
  await expect(b.page.getByTestId('import-writer-verdicts')).toHaveText('Avi Cohen (verified)');
  await expect(b.sync.mergeButton).toHaveCount(0);
  await b.page.getByRole('button', { name: 'Done' }).click();
  await expect(b.sync.result).toHaveText(`Nothing new: this workspace already had everything in ${plain.name}.`);
  expect(await storedUpdateCount(b.page)).toBe(afterMerge);

  // Avi is now a known peer on B, remembered across a reload.
  await b.page.reload();
  await b.sync.open();
  expect(await b.sync.peerOption('Avi Cohen')).toMatch(/^Changes for Avi Cohen \(Israel\), last seen \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
});

test('changes for a known peer: A sends B only what B lacks, and B sees them with A’s name', async ({ browser }) => {
  const a = await laptop(browser, AVI);
  const b = await laptop(browser, SAM);
  // B introduces itself with a whole-workspace file (nothing A lacks: B has not edited yet); A
  // remembers what B holds.
  await b.sync.open();
  const hello = await fileOf(await b.sync.export());
  await a.sync.open();
  await a.sync.choose(hello);
  await expect(a.sync.preview).toContainText('Sam Ortiz (U.S., note-taker)');
  await a.page.getByRole('button', { name: 'Done' }).click();
  await expect(a.sync.result).toHaveText(/^Nothing new: /);

  await a.tandem.openBoard();
  await a.tandem.addAction('Quantum PQC testbed');
  await a.tandem.status(1).selectOption({ label: 'Agreed' });
  await a.tandem.expectSaved();
  await a.sync.open();
  const forSam = await fileOf(await a.sync.export({ peer: 'Sam Ortiz' }));
  expect(forSam.name).toMatch(/^tandem-avi-cohen-for-sam-ortiz-.*\.tandem$/);
  // Only what Sam lacks: a few records, not the seeded workspace (a whole file is over 40 KB).
  expect(forSam.buffer.byteLength).toBeLessThan(4000);

  await b.sync.choose(forSam);
  await expect(b.sync.preview).toContainText('Carrieschanges since a peer’s last known state');
  await expect(b.sync.preview.getByRole('region', { name: 'Actions added' })).toContainText(`“Quantum PQC testbed”, by ${AVI_SAYS}`);
  await b.sync.mergeButton.click();
  await expect(b.sync.result).toContainText('from Avi Cohen (Israel, delegate): 1 action added.');
  await b.tandem.openBoard();
  await expect(b.tandem.rows.first()).toContainText(`Added by ${AVI_SAYS}`);
  await expect(b.tandem.status(1)).toHaveValue('agreed');
});

test('by keyboard only: export encrypted on A, import with passphrase, preview and merge on B', async ({ browser }) => {
  const a = await laptop(browser, AVI);
  await a.tandem.addAction('Keyboard-carried action');
  await a.tandem.expectSaved();
  // Focus is in "New action"; the views come before it.
  await tabTo(a.page, a.sync.navButton, 'backward');
  await a.page.keyboard.press('Enter');
  await tabTo(a.page, a.sync.encrypt);
  await a.page.keyboard.press('Space');
  await a.page.keyboard.press('Tab');
  await a.page.keyboard.type(PASSPHRASE);
  await a.page.keyboard.press('Tab');
  await a.page.keyboard.type(PASSPHRASE);
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.keyboard.press('Enter')]);
  await expect(a.sync.exportStatus).toHaveText(/^Saved the whole workspace, encrypted, as /);
  const sealed = await fileOf(download);

  const b = await laptop(browser, SAM);
  await tabTo(b.page, b.sync.navButton);
  await b.page.keyboard.press('Enter');
  await tabTo(b.page, b.sync.chooseButton);
  const [chooser] = await Promise.all([b.page.waitForEvent('filechooser'), b.page.keyboard.press('Enter')]);
  await chooser.setFiles(sealed);
  await expect(b.sync.passphraseInput).toBeFocused();
  await b.page.keyboard.type(PASSPHRASE);
  await b.page.keyboard.press('Enter');
  await expect(b.page.getByRole('heading', { name: /would change$/ })).toBeFocused();
  await expect(b.sync.preview).toContainText(`“Keyboard-carried action”, by ${AVI_SAYS}`);
  await tabTo(b.page, b.sync.mergeButton);
  await b.page.keyboard.press('Enter');
  await expect(b.sync.result).toContainText('1 action added');
  await expect(b.page.locator('.outcome')).toBeFocused();
});

test('an oversized file is refused by its size, before it is read', async ({ browser }, testInfo) => {
  const b = await laptop(browser, SAM);
  // Sparse: 65 MiB on paper, no disk used; the app must refuse it from its size alone.
  const path = testInfo.outputPath('huge.tandem');
  const handle = await open(path, 'w');
  await handle.truncate(65 * 1024 * 1024);
  await handle.close();
  const stored = await storedUpdateCount(b.page);
  await b.sync.open();
  await b.sync.choose(path);
  await expect(b.sync.error).toHaveText(
    'huge.tandem was not imported: The file is 68,157,440 bytes (65.0 MiB); sync files are limited to 67,108,864 bytes (64.0 MiB). Nothing changed.',
  );
  expect(await storedUpdateCount(b.page)).toBe(stored);
});

test('an observer may export and import: receiving colleagues’ changes is not editing', async ({ browser }) => {
  const a = await laptop(browser, AVI);
  await a.tandem.addAction('For the reviewer');
  await a.tandem.expectSaved();
  await a.sync.open();
  const fromA = await fileOf(await a.sync.export());
  const o = await laptop(browser, { name: 'Olga Weiss', delegation: 'U.S.', role: 'Observer' });
  await o.sync.open();
  await o.sync.choose(fromA);
  await o.sync.mergeButton.click();
  await expect(o.sync.result).toHaveText(/^Merged .* from Avi Cohen \(Israel, delegate\): 1 action added\.$/);
  await o.tandem.openBoard();
  await expect(o.page.getByRole('list', { name: 'Not yet sequenced' })).toContainText('For the reviewer');
  await o.sync.open();
  const file = await fileOf(await o.sync.export());
  expect(file.buffer.byteLength).toBeGreaterThan(1000);
});

import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { deriveActions } from '../../shared/workspace/action-view';
import { TandemPage } from './pages/tandem-page';
import { breakIndexedDbOnNextLoad, damageRecordContaining } from './pages/raw-db';

test.describe('damaged local storage', () => {
  test('a damaged record is set aside and reported, the rest loads, and all of it can be exported', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    // One action per session (a reload gives a new Yjs client), as over several working days.
    for (const title of ['AI-1 compute access', 'S-1B chip design centre', 'CM-2 minerals pilot']) {
      await tandem.addAction(title);
      await tandem.expectSaved();
      await page.reload();
      await expect(tandem.identityBadge).toBeVisible();
    }
    const damagedId = await damageRecordContaining(page, 'S-1B chip design centre');

    await page.reload();
    const banner = page.getByTestId('storage-banner');
    await expect(banner).toContainText('1 stored change was damaged and set aside; everything else loaded.');
    await expect(banner).toContainText(`Record ${damagedId}: Checksum mismatch`);
    await tandem.openBoard();
    expect(await tandem.titles()).toEqual(['AI-1 compute access', 'CM-2 minerals pilot']);

    await tandem.addAction('Still editable after recovery');
    await tandem.expectSaved();

    await banner.getByRole('button', { name: 'Export workspace and damaged records' }).click();
    const result = page.getByTestId('export-result');
    await expect(result).toContainText('Exported to ');
    const path = (await result.textContent())!.replace('Exported to ', '');
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file).toMatchObject({ format: 'tandem-recovery', version: 1 });
    expect(file.quarantined).toHaveLength(1);
    expect(file.quarantined[0]).toMatchObject({ originalId: damagedId, reason: expect.stringMatching(/Checksum mismatch/) });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(file.state.data, 'base64'));
    const exported = deriveActions(doc);
    expect(exported.filter((a) => !a.fromSeed).map((a) => a.title)).toEqual(['AI-1 compute access', 'CM-2 minerals pilot', 'Still editable after recovery']);
    expect(exported.filter((a) => a.fromSeed).length).toBeGreaterThan(0);

    await page.reload();
    await expect(page.getByTestId('storage-banner')).toContainText('1 damaged stored change is set aside.');
  });

  test('storage that cannot be opened gives a clear message and a way to keep working', async ({ page }) => {
    const tandem = new TandemPage(page);
    await tandem.openAs();
    await tandem.addAction('Stored before the disk failed');
    await breakIndexedDbOnNextLoad(page);
    await page.reload();

    await expect(page.getByRole('heading', { name: 'Tandem could not open its local storage' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Internal error opening backing store');
    await page.getByRole('button', { name: 'Continue without saving' }).click();
    await tandem.completeIdentity();
    await expect(page.getByText('changes are kept in memory only')).toBeVisible();
    await tandem.addAction('Kept in memory');
    await page.getByRole('button', { name: 'Export workspace' }).click();
    const result = page.getByTestId('export-result');
    await expect(result).toContainText('Exported to ');
    const file = JSON.parse(await readFile((await result.textContent())!.replace('Exported to ', ''), 'utf8'));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(file.state.data, 'base64'));
    expect(deriveActions(doc).filter((a) => !a.fromSeed).map((a) => a.title)).toEqual(['Kept in memory']);
  });
});

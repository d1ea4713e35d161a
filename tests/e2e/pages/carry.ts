import { expect, type Page } from '@playwright/test';
import { SyncFilesPage } from './sync-files-page';

/**
 * Carrying a workspace from one laptop (browser context) to another as a person does across an
 * air gap: a whole-workspace sync file exported on `from` and imported on `to`, through the app's
 * own views, so the merge, conflict detection, review and audit all run as they do for real.
 * Both pages end on the Board view. Call once both pages show "All changes saved". `checkPreview`
 * looks at the import preview before the merge.
 */
export async function carryByFile(from: Page, to: Page, checkPreview?: (target: SyncFilesPage) => Promise<void>): Promise<void> {
  const source = new SyncFilesPage(from);
  await source.open();
  const download = await source.export();
  const file = await download.path();
  const target = new SyncFilesPage(to);
  await target.open();
  await target.choose(file);
  await expect(target.mergeButton.or(to.getByTestId('import-nothing-new'))).toBeVisible();
  if (checkPreview) await checkPreview(target);
  if (await target.mergeButton.isVisible()) {
    await target.mergeButton.click();
    await expect(target.result).toHaveText(/^Merged /);
  } else {
    await to.getByRole('button', { name: 'Done' }).click();
  }
  for (const page of [from, to]) await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Board', exact: true }).click();
}

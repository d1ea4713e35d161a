import { expect, type Locator, type Page } from '@playwright/test';
import { TandemPage, type ViewName } from './tandem-page';

/** The app frame: the views' sidebar, the address of each view, the command palette and the keyboard help. */
export class ShellPage {
  readonly tandem: TandemPage;

  constructor(readonly page: Page) {
    this.tandem = new TandemPage(page);
  }

  main(view: ViewName): Locator {
    return this.page.getByRole('main', { name: view, exact: true });
  }

  /** The view shown: its main landmark focused or not, its button marked current. */
  async expectView(view: ViewName): Promise<void> {
    await expect(this.main(view)).toBeVisible();
    await expect(this.tandem.viewButton(view)).toHaveAttribute('aria-current', 'page');
  }

  /** The part of the address after '#'. */
  hash(): string {
    return new URL(this.page.url()).hash;
  }

  async expectHash(hash: string): Promise<void> {
    await expect.poll(() => this.hash()).toBe(hash);
  }

  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  get paletteInput(): Locator {
    return this.palette.getByRole('combobox', { name: 'Go to a view, find an action, or run a command' });
  }

  get paletteOptions(): Locator {
    return this.palette.getByRole('option');
  }

  get selectedOption(): Locator {
    return this.palette.locator('[role="option"][aria-selected="true"]');
  }

  get help(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  get detail(): Locator {
    return this.page.getByTestId('action-detail');
  }

  /** What has the focus, named well enough to compare: tag, id, accessible-ish label. */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName}#${el.id}[${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}]` : 'none';
    });
  }
}

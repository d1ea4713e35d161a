import type { Browser, BrowserContext, Page } from '@playwright/test';
import { TandemPage, type PersonInput } from './tandem-page';

/**
 * Laptops that share no network: each a browser context of its own (separate IndexedDB, no
 * channel between them), for specs that carry sync files. `closeAll` after each test.
 */
export class ContextLaptops {
  private readonly contexts: BrowserContext[] = [];

  /** A new laptop's page, opened as `person`. */
  async open(browser: Browser, person: PersonInput): Promise<Page> {
    const context = await browser.newContext();
    this.contexts.push(context);
    const page = await context.newPage();
    // Playwright intercepts file choosers only once it listens for them, and turning that on is an
    // asynchronous call: a chooser opened by a key press right after waitForEvent('filechooser') can
    // beat it, open natively and be cancelled (headless). Listening from the start closes that race.
    page.on('filechooser', () => undefined);
    await new TandemPage(page).openAs(person);
    return page;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}

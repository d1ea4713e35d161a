import { expect, type Locator, type Page } from '@playwright/test';
import { shown } from './date-field';
import { TandemPage } from './tandem-page';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type FilterChoice = 'Owner' | 'Side' | 'Tier' | 'Status' | 'Domain';

/**
 * Page object for the search and filter bar and the Timeline view. The chart is aria-hidden, so
 * its shapes are found by test id; everything else is found the way a screen reader user would.
 */
export class TimelinePage {
  readonly tandem: TandemPage;

  constructor(readonly page: Page) {
    this.tandem = new TandemPage(page);
  }

  viewTab(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
  }

  async open(): Promise<void> {
    await this.viewTab('Timeline').click();
    await expect(this.heading).toBeVisible();
  }

  /** Moves to the Timeline view with the keyboard: focus its tab, Enter (focus then lands in the view). */
  async openByKeyboard(): Promise<void> {
    await this.viewTab('Timeline').focus();
    await this.page.keyboard.press('Enter');
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Timeline', exact: true });
  }

  /** Sets the date of Compact signing in the Key dates view, then comes back here. */
  async setSigningDate(date: string): Promise<void> {
    await this.tandem.setEventDate('Compact signing', date);
    await expect(this.page.getByTestId('event').filter({ hasText: 'Compact signing' }).first()).toContainText(`Set: ${shown(date)}.`);
    await this.open();
  }

  // The filter bar

  get filterBar(): Locator {
    return this.page.getByRole('search', { name: 'Search and filter the plan' });
  }

  get search(): Locator {
    return this.filterBar.getByRole('searchbox', { name: 'Search' });
  }

  choice(name: FilterChoice): Locator {
    return this.filterBar.getByRole('combobox', { name, exact: true });
  }

  async choose(name: FilterChoice, label: string): Promise<void> {
    await this.choice(name).selectOption({ label });
  }

  get count(): Locator {
    return this.filterBar.getByRole('status');
  }

  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(`Showing ${shown} of ${total} actions`);
  }

  get clear(): Locator {
    return this.filterBar.getByRole('button', { name: 'Clear filters' });
  }

  async expectCleared(): Promise<void> {
    await expect(this.search).toHaveValue('');
    for (const name of ['Owner', 'Side', 'Tier', 'Status', 'Domain'] as const) await expect(this.choice(name)).toHaveValue('');
    await expect(this.clear).toBeDisabled();
  }

  // The timeline's tables (what a screen reader reads)

  get rows(): Locator {
    return this.page.getByTestId('timeline-row');
  }

  row(actionId: string): Locator {
    return this.page.locator(`[data-testid="timeline-row"][data-action-id="${actionId}"]`);
  }

  rowTitled(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  /** The action titles of the listed rows, in order (codes left out). */
  async titles(): Promise<string[]> {
    return this.rows.locator('th[scope="row"] bdi[data-user-text]').allInnerTexts();
  }

  table(caption: string | RegExp): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  get undatedHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Not yet dated \(\d+\)$/ });
  }

  get noSigningDate(): Locator {
    return this.page.getByTestId('no-signing-date');
  }

  get criticalPath(): Locator {
    return this.page.getByTestId('critical-path');
  }

  grouping(label: 'By domain' | 'By tier'): Locator {
    return this.page.getByRole('group', { name: 'Group the timeline' }).getByRole('radio', { name: label });
  }

  // Paging and details

  /** A list's "Show … more in <where> (n not shown)" button. */
  showMore(where: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Show \\d+ more in ${escape(where)} \\([\\d,]+ not shown\\)$`) });
  }

  /** Presses every "Show more" until every list renders all its rows. */
  async showAll(): Promise<void> {
    await expect(this.heading).toBeVisible();
    const more = this.page.getByTestId('timeline-show-more');
    while ((await more.count()) > 0) await more.first().click();
  }

  /** An action's Details button, by its accessible name "Details for <title>". */
  details(title: string): Locator {
    return this.page.getByRole('button', { name: `Details for ${title}`, exact: true });
  }

  /** The action's detail panel beside the view (there is at most one). */
  get dialog(): Locator {
    return this.page.getByTestId('action-detail');
  }

  // The chart (aria-hidden: found by test id)

  get chart(): Locator {
    return this.page.getByTestId('timeline-chart');
  }

  get markers(): Locator {
    return this.page.getByTestId('timeline-marker');
  }

  /** A group's row of the chart, by its label. */
  chartRow(label: string): Locator {
    return this.page.getByTestId('timeline-chart-row').filter({ has: this.page.locator('.chart-label', { hasText: label }) });
  }

  marker(actionId: string): Locator {
    return this.page.locator(`[data-testid="timeline-marker"][data-action-id="${actionId}"]`);
  }

  get windowShade(): Locator {
    return this.page.getByTestId('timeline-window').first();
  }

  get todayLabel(): Locator {
    return this.page.getByTestId('timeline-today');
  }

  /** Records CSP violations from the start, so a test can prove the chart needs no inline style. */
  async watchCsp(): Promise<void> {
    await this.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.sample}`));
    });
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { TandemPage } from './tandem-page';

/**
 * Page object for the Plan view's dense list and the detail panel beside it. Rows are found by
 * their title and then addressed by action id, so a row stays the same row when it moves. The
 * list is virtualized: only rows near the viewport are in the DOM.
 */
export class PlanListPage extends TandemPage {
  constructor(page: Page) {
    super(page);
  }

  get list(): Locator {
    return this.page.getByTestId('plan-list');
  }

  /** Opens the Plan (the list) by its view id, in any interface language. */
  async openList(): Promise<void> {
    if (!(await this.list.isVisible())) await this.page.locator('.sidebar [data-view="plan"]').click();
    await expect(this.list).toBeVisible();
  }

  /** Adds an action from the list's own form and waits for its row in the list. */
  override async addAction(title: string): Promise<void> {
    await this.openList();
    await this.page.getByLabel('New action').fill(title);
    await this.page.getByLabel('New action').press('Enter');
    await this.idOf(title);
  }

  /** The rendered rows, in list order. */
  get allRows(): Locator {
    return this.list.getByTestId('action-row');
  }

  /** A tier's rendered rows, by its heading's words. */
  group(name: string): Locator {
    return this.list.getByRole('list', { name, exact: true });
  }

  /** The id of the (first) rendered action with this title, waiting for the list to show it. */
  async idOf(title: string): Promise<string> {
    const find = () => this.allRows.evaluateAll((rows, wanted) =>
      rows.find((row) => row.querySelector('.plan-title')?.textContent === wanted)?.getAttribute('data-action-id') ?? null, title);
    await expect.poll(find, { message: `an action titled “${title}” in the list` }).not.toBeNull();
    return (await find())!;
  }

  async row(title: string): Promise<Locator> {
    return this.planRow(await this.idOf(title));
  }

  titleLink(row: Locator): Locator {
    return row.locator('.plan-title');
  }

  /** Rows whose box lies wholly inside the viewport, below the sticky top bar. */
  async fullyVisibleRows(): Promise<number> {
    return this.allRows.evaluateAll((rows) => {
      const top = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
      return rows.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= top - 0.5 && box.bottom <= window.innerHeight + 0.5;
      }).length;
    });
  }

  /** The detail panel (there is at most one). */
  get panel(): Locator {
    return this.page.getByTestId('action-detail');
  }

  async openDetails(title: string): Promise<void> {
    await this.titleLink(await this.row(title)).click();
    await expect(this.panel).toBeVisible();
  }

  detailField(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  get bulkBar(): Locator {
    return this.page.getByTestId('bulk-bar');
  }

  bulkMenu(what: 'status' | 'tier' | 'U.S. lead' | 'Israel lead'): Locator {
    return this.bulkBar.getByRole('combobox', { name: new RegExp(`^Set the ${what} of the \\d+ actions? selected$`) });
  }

  checkbox(row: Locator): Locator {
    return row.getByRole('checkbox');
  }

  statusOf(row: Locator): Locator {
    return row.locator('[data-control="status"]');
  }

  leadOf(row: Locator, side: 'us' | 'israel'): Locator {
    return row.locator(`[data-control="lead-${side}"]`);
  }

  /** Picks a lead from the row's menu; the row lists the directory once pointed at, as a person's mouse does. */
  async chooseLead(row: Locator, side: 'us' | 'israel', label: string): Promise<void> {
    await row.hover();
    await this.leadOf(row, side).selectOption({ label });
  }

  tierOf(row: Locator): Locator {
    return row.locator('[data-control="tier"]');
  }

  dueOf(row: Locator): Locator {
    return row.locator('[data-control="due"]');
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { shown } from './date-field';
import { TandemPage } from './tandem-page';

export const UNSEQUENCED = 'Not yet sequenced';
export const AVAILABLE_NOW = 'Available now under existing authority';
export const APPROPRIATIONS = 'Requires appropriations or legislative support';
export const FEASIBILITY = 'Special projects requiring separate feasibility review';
export type LaneName = typeof UNSEQUENCED | typeof AVAILABLE_NOW | typeof APPROPRIATIONS | typeof FEASIBILITY;

/** An ISO day `days` from today in the browser's (and this machine's) local calendar. */
export function isoDayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * Page object for the sequencing board and the action detail dialog. Rows are found by their
 * title (read from the inputs) and then addressed by action id, so a row stays the same row
 * while it moves and its number changes.
 */
export class BoardPage extends TandemPage {
  constructor(page: Page) {
    super(page);
  }

  /** The board itself: add form, legend, lanes and deleted actions (not the filter bar above it). */
  get board(): Locator {
    return this.page.getByTestId('board');
  }

  lane(name: LaneName): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }

  /** The rendered rows of a lane: its first LANE_PAGE rows until "Show more" is used (showAll). */
  laneRows(name: LaneName): Locator {
    return this.lane(name).getByTestId('action-row');
  }

  /** A lane's number of actions, from its heading, whether or not all are rendered. */
  async laneTotal(name: LaneName): Promise<number> {
    const section = this.page.getByTestId('lane').filter({ has: this.lane(name) });
    const text = await section.locator('h2 .count').textContent();
    return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? NaN);
  }

  /** Presses every lane's "Show more" until each lane renders all its rows. */
  async showAll(): Promise<void> {
    await expect(this.page.getByTestId('lane').first()).toBeVisible();
    const more = this.page.locator('.show-more');
    while ((await more.count()) > 0) await more.first().click();
  }

  laneSection(name: LaneName): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });
  }

  /** The titles of a lane's rows, in board order (editors' view: the title inputs). */
  async laneTitles(name: LaneName): Promise<string[]> {
    const inputs = await this.laneRows(name).locator('.action-title').all();
    return Promise.all(inputs.map((input) => input.inputValue()));
  }

  /** The id of the (first) live action with this title, waiting for the board to show it. */
  async idOf(title: string): Promise<string> {
    const find = () => this.page.getByTestId('action-row').evaluateAll((rows, wanted) => {
      const match = rows.find((row) => (row.querySelector('.action-title') as HTMLInputElement | null)?.value === wanted
        || row.querySelector('.action-title-text')?.textContent === wanted);
      return match?.getAttribute('data-action-id') ?? null;
    }, title);
    await expect.poll(find, { message: `an action titled “${title}” on the board` }).not.toBeNull();
    return (await find())!;
  }

  async row(title: string): Promise<Locator> {
    return this.planRow(await this.idOf(title));
  }

  dragHandle(row: Locator): Locator {
    return row.getByTestId('drag-handle');
  }

  /** Drags `row` by its handle onto the upper edge of `target` (a row: lands before it) or a lane. */
  async dragBefore(row: Locator, target: Locator): Promise<void> {
    await this.dragHandle(row).dragTo(target, { targetPosition: { x: 60, y: 4 } });
  }

  /** Drags `row` to just below `target` row's middle: it lands after that row. */
  async dragAfter(row: Locator, target: Locator): Promise<void> {
    const box = await target.boundingBox();
    if (!box) throw new Error('The target row is not visible.');
    await this.dragHandle(row).dragTo(target, { targetPosition: { x: 60, y: box.height - 4 } });
  }

  get announcement(): Locator {
    return this.page.getByTestId('board-announcement');
  }

  deletedList(): Locator {
    return this.page.getByRole('list', { name: 'Deleted actions' });
  }

  /** The detail dialog (there is at most one). */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openDetails(title: string): Promise<void> {
    await (await this.row(title)).getByRole('button', { name: /^Details for action \d+$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  detailField(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async setEventDateAndReturn(eventName: string, date: string): Promise<void> {
    await this.setEventDate(eventName, date);
    await expect(this.page.getByTestId('event').filter({ hasText: `Date of ${eventName}` }).first()).toContainText(`Set: ${shown(date)}.`);
    await this.openView('Plan');
    await this.showAll();
  }
}

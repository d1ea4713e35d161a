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
 * Page object for the sequencing board (the Board view: tier lanes side by side, a card per
 * action) and the action detail panel. Cards are found by their title (read from the title
 * fields) and then addressed by action id, so a card stays the same card while it moves and its
 * number changes.
 */
export class BoardPage extends TandemPage {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the app at the Board view's address (a first run shows the identity form, then the board). */
  override async open(): Promise<void> {
    await this.page.goto('/#/board');
  }

  /** The board itself: add form, legend, lanes and deleted actions (not the filter bar above it). */
  get board(): Locator {
    return this.page.getByTestId('board');
  }

  lane(name: LaneName): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }

  /**
   * The rendered cards of a lane: all of them up to RENDER_ALL_UP_TO (use-lane-window.ts), the
   * window in view beyond that.
   */
  laneRows(name: LaneName): Locator {
    return this.lane(name).getByTestId('action-row');
  }

  /** A lane's number of actions, from its header, whether or not all are rendered. */
  async laneTotal(name: LaneName): Promise<number> {
    const section = this.page.getByTestId('lane').filter({ has: this.lane(name) });
    const text = await section.locator('h2 .count').textContent();
    return Number(/^(\d+)$/.exec(text?.trim() ?? '')?.[1] ?? NaN);
  }

  /** The lane as a region, named by its header: "<lane> <count>". */
  laneSection(name: LaneName): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`) });
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

  /**
   * Drags `row` by its handle to `position` inside `target`, as a hand does: press, a few moves,
   * release (Chromium starts a drag only once the pointer has travelled from the press).
   */
  private async dragTo(row: Locator, target: Locator, position: (box: { width: number; height: number }) => { x: number; y: number }): Promise<void> {
    const handle = this.dragHandle(row);
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 2 });
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error('The drop target is not visible.');
    const at = position(box);
    await this.page.mouse.move(box.x + at.x, box.y + at.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags `row` by its handle onto the upper edge of `target` (a card: lands before it) or a lane. */
  async dragBefore(row: Locator, target: Locator): Promise<void> {
    await this.dragTo(row, target, () => ({ x: 60, y: 4 }));
  }

  /** Drags `row` to just below `target` card's middle: it lands after that card. */
  async dragAfter(row: Locator, target: Locator): Promise<void> {
    await this.dragTo(row, target, (box) => ({ x: 60, y: box.height - 4 }));
  }

  get announcement(): Locator {
    return this.page.getByTestId('board-announcement');
  }

  deletedList(): Locator {
    return this.page.getByRole('list', { name: 'Deleted actions' });
  }

  /** The action's detail panel beside the view (there is at most one); named `dialog` from when it was one. */
  get dialog(): Locator {
    return this.page.getByTestId('action-detail');
  }

  async openDetails(title: string): Promise<void> {
    await (await this.row(title)).locator('[data-control="details"]').click();
    await expect(this.dialog).toBeVisible();
  }

  detailField(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async setEventDateAndReturn(eventName: string, date: string): Promise<void> {
    await this.setEventDate(eventName, date);
    await expect(this.page.getByTestId('event').filter({ hasText: `Date of ${eventName}` }).first()).toContainText(`Set: ${shown(date)}.`);
    await this.openBoard();
  }
}

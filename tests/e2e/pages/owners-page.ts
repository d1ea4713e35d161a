import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface NewInstitution {
  readonly name: string;
  readonly shortName?: string;
  readonly side: 'U.S.' | 'Israel';
  /** The kind as the form lists it ("Lab", "University", …). */
  readonly kind: string;
}

/**
 * Page object for the Owners view: the owner matrix (a grid of cell buttons named
 * "<row> × <institution>: <role>", each opening a menu) and the owner directory with its forms.
 * The *ByKeyboard methods use the keyboard alone once the view is open.
 */
export class OwnersPage {
  constructor(readonly page: Page) {}

  get viewTab(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Owners', exact: true });
  }

  async open(): Promise<void> {
    await this.viewTab.click();
    await expect(this.page.getByRole('heading', { name: 'Owner matrix' })).toBeVisible();
  }

  async openByKeyboard(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button').first().focus();
    await this.tabTo(this.viewTab);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('heading', { name: 'Owner matrix' })).toBeVisible();
  }

  /** The editable matrix; observers get a plain table instead. */
  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Owner matrix' });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Owner matrix' });
  }

  get summary(): Locator {
    return this.page.getByTestId('gap-summary');
  }

  /** A matrix row by initiative code or action id. */
  row(id: string): Locator {
    return this.page.locator(`[data-testid="matrix-row"][data-row-id="${id}"]`);
  }

  gaps(id: string): Locator {
    return this.row(id).getByTestId('gap');
  }

  cell(rowName: string, institution: string): Locator {
    return this.grid.getByRole('button', { name: new RegExp(`^${escape(rowName)} × ${escape(institution)}: `) });
  }

  get menu(): Locator {
    return this.page.getByTestId('cell-menu');
  }

  // Paging: every initiative is rendered, actions a page at a time.

  /** The rendered rows of one kind. */
  renderedRows(kind: 'initiative' | 'action'): Locator {
    return this.page.locator(`[data-testid="matrix-row"][data-row-kind="${kind}"]`);
  }

  /** Says how many action rows are not rendered; absent when all are. */
  get pagingNote(): Locator {
    return this.page.getByTestId('matrix-paging');
  }

  get showMore(): Locator {
    return this.page.getByRole('button', { name: /^Show \d+ more actions? \([\d,]+ not shown\)$/ });
  }

  /** The number of actions the matrix holds, from its "Actions (n)" group row, rendered or not. */
  async actionTotal(): Promise<number> {
    const text = await this.page.locator('tr.group-row th', { hasText: /^Actions \(/ }).textContent();
    return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? NaN);
  }

  /** The grid position (data-row, data-col) of the focused cell, or null when focus is not on a cell. */
  async focusedCell(): Promise<{ row: number; col: number } | null> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element.dataset.row === undefined) return null;
      return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
    });
  }

  async setLead(rowName: string, institution: string, person?: string): Promise<void> {
    await this.cell(rowName, institution).click();
    await expect(this.menu).toBeVisible();
    if (person) await this.menu.getByLabel(`Person at ${institution} (optional)`).selectOption({ label: person });
    await this.menu.getByRole('button', { name: new RegExp(`^Make ${escape(institution)} the (U\\.S\\.|Israel) lead$`) }).click();
    await expect(this.menu).toBeHidden();
    await expect(this.cell(rowName, institution)).toHaveAccessibleName(`${rowName} × ${institution}: Lead`);
  }

  get institutionForm(): Locator {
    return this.page.getByRole('form', { name: 'Add an institution' });
  }

  get personForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a person' });
  }

  async addInstitution(input: NewInstitution): Promise<void> {
    const form = this.institutionForm;
    await form.getByLabel('Institution name').fill(input.name);
    await form.getByLabel('Short name (optional)').fill(input.shortName ?? '');
    await form.getByLabel('Side').selectOption({ label: input.side });
    await form.getByLabel('Kind').selectOption({ label: input.kind });
    await form.getByRole('button', { name: 'Add institution' }).click();
    await expect(form.getByRole('status')).toHaveText(`Added ${input.name} to the ${input.side} institutions.`);
  }

  /** `institution` as the form's list shows it: its label ("NQC"). */
  async addPerson(name: string, institution: string): Promise<void> {
    const form = this.personForm;
    await form.getByLabel('Person’s name').fill(name);
    await form.getByLabel('Works at').selectOption({ label: institution });
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect(form.getByRole('status')).toContainText(`Added ${name} at`);
  }

  directoryEntry(name: string): Locator {
    return this.page.getByTestId('institution').filter({ has: this.page.locator('.institution-name', { hasText: name }) });
  }

  // Keyboard alone.

  /** Presses Tab until `target` has focus (failing after `max` presses). */
  async tabTo(target: Locator, max = 80): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** Tabs into the grid: it is one Tab stop, the cell last visited. */
  async tabIntoGrid(max = 40): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.grid.evaluate((grid) => grid.contains(document.activeElement))) return;
    }
    throw new Error('Tab never reached the owner matrix.');
  }

  /** Moves the focus to a cell with the arrow keys. */
  async arrowTo(cell: Locator): Promise<void> {
    const to = await cell.evaluate((element: HTMLElement) => ({ row: Number(element.dataset.row), col: Number(element.dataset.col) }));
    const from = await this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
    });
    for (let i = from.row; i < to.row; i += 1) await this.page.keyboard.press('ArrowDown');
    for (let i = from.row; i > to.row; i -= 1) await this.page.keyboard.press('ArrowUp');
    for (let i = from.col; i < to.col; i += 1) await this.page.keyboard.press('ArrowRight');
    for (let i = from.col; i > to.col; i -= 1) await this.page.keyboard.press('ArrowLeft');
    await expect(cell).toBeFocused();
  }

  /** Changes a focused select with the arrow keys until `label` is chosen. */
  async chooseByKeyboard(select: Locator, label: string, max = 100): Promise<void> {
    await expect(select).toBeFocused();
    const chosen = () => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? '');
    for (let i = 0; i < max && (await chosen()) !== label; i += 1) await this.page.keyboard.press('ArrowDown');
    expect(await chosen()).toBe(label);
  }

  async typeInto(field: Locator, text: string): Promise<void> {
    await this.tabTo(field);
    await this.page.keyboard.type(text);
  }
}

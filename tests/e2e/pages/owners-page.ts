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
 * "<row> × <institution>: <role>", each opening a menu) and, in the other tab, the owner
 * directory with its forms. The matrix renders only the rows and columns in view: `reveal`
 * scrolls it until a cell is rendered, as a person scrolling to it would. The *ByKeyboard
 * methods use the keyboard alone once the view is open.
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

  tab(name: 'Matrix' | 'Directory'): Locator {
    return this.page.getByRole('tablist', { name: 'Owners' }).getByRole('tab', { name, exact: true });
  }

  async openDirectory(): Promise<void> {
    await this.tab('Directory').click();
    await expect(this.page.getByRole('heading', { name: 'Owner directory' })).toBeVisible();
  }

  async openMatrix(): Promise<void> {
    await this.tab('Matrix').click();
    await expect(this.page.getByRole('heading', { name: 'Owner matrix' })).toBeVisible();
  }

  /** The U.S. / Israel / Both switch. */
  side(name: 'U.S.' | 'Israel' | 'Both'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Sides' }).getByRole('radio', { name, exact: true });
  }

  async showSide(name: 'U.S.' | 'Israel' | 'Both'): Promise<void> {
    await this.side(name).check();
    await expect(this.side(name)).toBeChecked();
  }

  /** The matrix's one scroll area. */
  get scroller(): Locator {
    return this.page.getByTestId('matrix-scroll');
  }

  /** The corner line with the full names of the cell or header under the pointer or the focus. */
  get detail(): Locator {
    return this.page.getByTestId('matrix-detail');
  }

  /** Institution columns in all, rendered or not (the grid's aria-colcount, less the row headers). */
  async columnCount(): Promise<number> {
    return Number(await this.page.getByRole('grid', { name: 'Owner matrix' }).or(this.page.getByRole('table', { name: 'Owner matrix' }))
      .getAttribute('aria-colcount')) - 1;
  }

  /** Scrolls the matrix to (top, left) and waits until it has rendered for that position. */
  async scrollTo(top: number, left: number): Promise<{ top: number; left: number }> {
    const at = await this.scroller.evaluate((element, [t, l]) => {
      element.scrollTop = t!;
      element.scrollLeft = l!;
      return { top: Math.round(element.scrollTop), left: Math.round(element.scrollLeft) };
    }, [top, left]);
    await expect(this.scroller.locator('table')).toHaveAttribute('data-scroll', `${at.top},${at.left}`);
    return at;
  }

  /**
   * Scrolls until `target` is rendered: down a view at a time until `row` (a matrix row's locator)
   * is, then across until the target is. Throws when the matrix holds no such thing.
   */
  async reveal(target: Locator, row?: Locator): Promise<void> {
    if (await target.count()) return;
    const size = await this.scroller.evaluate((element) => ({
      height: element.clientHeight, width: element.clientWidth, scrollHeight: element.scrollHeight, scrollWidth: element.scrollWidth,
    }));
    const stepDown = Math.max(100, size.height - 260);
    const stepAcross = Math.max(100, size.width - 400);
    let top = 0;
    if (row) {
      for (; top <= size.scrollHeight && !(await row.count()); top += stepDown) await this.scrollTo(top, 0);
      top = Math.round(await this.scroller.evaluate((element) => element.scrollTop));
    }
    for (let down = top; down <= size.scrollHeight; down += stepDown) {
      for (let left = 0; left <= size.scrollWidth; left += stepAcross) {
        await this.scrollTo(down, left);
        if (await target.count()) return;
      }
      if (row) break;
    }
    await expect(target).toHaveCount(1);
  }

  /** A cell, scrolled into the rendered window first. */
  async cellInView(rowName: string, institution: string): Promise<Locator> {
    const cell = this.cell(rowName, institution);
    await this.reveal(cell, this.grid.getByRole('button', { name: new RegExp(`^${escape(rowName)} × `) }));
    return cell;
  }

  /** A matrix row by initiative code or action id, scrolled into the rendered window first. */
  async rowInView(id: string): Promise<Locator> {
    await this.reveal(this.row(id));
    return this.row(id);
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

  /** The rendered rows of one kind. */
  renderedRows(kind: 'initiative' | 'action'): Locator {
    return this.page.locator(`[data-testid="matrix-row"][data-row-kind="${kind}"]`);
  }

  /** The number of actions the matrix holds, from its "Actions (n)" group row, rendered or not. */
  async actionTotal(): Promise<number> {
    const group = this.page.locator('tr.group-row th', { hasText: /^Actions \(/ });
    await this.reveal(group);
    const text = await group.textContent();
    return Number((/\(([\d,]+)\)/.exec(text ?? '')?.[1] ?? 'NaN').replaceAll(',', ''));
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
    await (await this.cellInView(rowName, institution)).click();
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

  /**
   * Moves the focus to a cell with the arrow keys alone, as a person reading the names would:
   * Ctrl+Home, down until the row, then right until the institution. Each press waits for the
   * focus to move (a cell outside the rendered window is scrolled to and focused once rendered).
   */
  async arrowToCell(rowName: string, institution: string, max = 200): Promise<Locator> {
    await this.page.keyboard.press('Control+Home');
    await expect.poll(() => this.focusedCell()).toEqual({ row: 0, col: 0 });
    const name = () => this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    for (let i = 0; i < max && !(await name()).startsWith(`${rowName} × `); i += 1) await this.step('ArrowDown');
    for (let i = 0; i < max && !(await name()).startsWith(`${rowName} × ${institution}: `); i += 1) await this.step('ArrowRight');
    const cell = this.cell(rowName, institution);
    await expect(cell).toBeFocused();
    return cell;
  }

  /** Presses a movement key and waits for the focus to reach another cell. */
  async step(key: string): Promise<void> {
    const from = await this.focusedCell();
    await this.page.keyboard.press(key);
    await expect.poll(() => this.focusedCell()).not.toEqual(from);
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

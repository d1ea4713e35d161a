import { expect, type Locator, type Page } from '@playwright/test';
import { DateFieldModel, TEST_LOCALE } from './date-field';

/**
 * Page object for Tandem's main screens (Actual's e2e/page-models idea): tests speak in user
 * terms, and a change of markup is mended here once.
 */
export interface PersonInput {
  readonly name: string;
  readonly delegation: 'U.S.' | 'Israel';
  readonly role: 'Delegate' | 'Note-taker' | 'Observer';
}

export type ViewName =
  | 'Plan' | 'Board' | 'Owners' | 'Timeline' | 'Compact' | 'Key dates' | 'Funding' | 'Steps & measures' | 'Discrepancies'
  | 'Session' | 'Sync files' | 'Review' | 'Conflicts' | 'Audit' | 'Records' | 'Meetings';

export const DANA: PersonInput = { name: 'Dana Levi', delegation: 'Israel', role: 'Note-taker' };

export class TandemPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** The first-run form, in whichever interface language the browser's locale chose. */
  get identityForm(): Locator {
    return this.page.getByTestId('identity-form');
  }

  /**
   * Fills the identity form by its fields' values, not their words, so a test may run in any
   * interface language (identity.spec proves the English labels, language.spec the Hebrew ones).
   */
  async completeIdentity(person: PersonInput = DANA): Promise<void> {
    const form = this.identityForm;
    await form.locator('#identity-name').fill(person.name);
    await form.locator(`input[name="delegation"][value="${person.delegation === 'U.S.' ? 'us' : 'israel'}"]`).check();
    await form.locator('#identity-role').selectOption(person.role.toLowerCase());
    await form.locator('button[type="submit"]').click();
    await expect(this.identityBadge).toBeVisible();
  }

  /** Opens the app and gets past first run, whichever state this browser profile is in. */
  async openAs(person: PersonInput = DANA): Promise<void> {
    await this.open();
    await expect(this.identityForm.or(this.identityBadge)).toBeVisible();
    if (await this.identityForm.isVisible()) await this.completeIdentity(person);
  }

  get identityBadge(): Locator {
    return this.page.getByTestId('identity-badge');
  }

  /**
   * Opens the Board view, where the helpers below find the plan's cards (rows), titles and
   * statuses; nothing happens when it is already open.
   */
  /** Opens the Board by its view id, so it works in any interface language. */
  async openBoard(): Promise<void> {
    const board = this.page.getByTestId('board');
    if (!(await board.isVisible())) await this.page.locator('.sidebar [data-view="board"]').click();
    await expect(board.getByTestId('lane').first()).toBeVisible();
  }

  /** The board's cards of actions added in the app (the lane before sequencing), not the seeded draft plan. */
  get rows(): Locator {
    // The unsequenced lane, by its tier attribute: its name is in the interface's language.
    return this.page.locator('[data-testid="lane"][data-tier="none"]').getByTestId('action-row');
  }

  title(position: number): Locator {
    return this.page.getByLabel(`Title of action ${position}`, { exact: true });
  }

  status(position: number): Locator {
    return this.page.getByLabel(`Status of action ${position}`, { exact: true });
  }

  /** Adds an action from the board (opened first if another view is shown). */
  async addAction(title: string): Promise<void> {
    await this.openBoard();
    const before = await this.rows.count();
    // By id, not by its label: the label is in the interface's language.
    const input = this.page.locator('#new-action-title');
    await input.fill(title);
    await input.press('Enter');
    await expect(this.rows).toHaveCount(before + 1);
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-state')).toHaveText('All changes saved');
  }

  async titles(): Promise<string[]> {
    const inputs = await this.rows.locator('.action-title').all();
    return Promise.all(inputs.map((input) => input.inputValue()));
  }

  async openView(name: ViewName): Promise<void> {
    await this.viewButton(name).click();
  }

  /** A view's button in the nav; the Conflicts button's name ends with its open count, "(2 open)". */
  viewButton(name: ViewName): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${escaped}( \\(\\d+ open\\))?$`) });
  }

  /** An event's date field under Key dates (typed in the context's locale, or picked). */
  eventDateField(eventName: string): DateFieldModel {
    return new DateFieldModel(this.page.getByRole('group', { name: `Date of ${eventName}`, exact: true }));
  }

  /** The first segment of an event's date field: where Tab lands. */
  eventDateInput(eventName: string): Locator {
    return this.eventDateField(eventName).firstSegment;
  }

  /** Types the ISO day in the context's locale order and presses Enter, as a person would. */
  async setEventDate(eventName: string, date: string, locale = TEST_LOCALE): Promise<void> {
    await this.openView('Key dates');
    const field = this.eventDateField(eventName);
    await field.typeIso(date, locale);
    await this.page.keyboard.press('Enter');
  }

  /** A row of the plan by its action id (seeded drafts have stable ids, e.g. plan-ai1-first-challenge-call). */
  planRow(actionId: string): Locator {
    return this.page.locator(`[data-testid="action-row"][data-action-id="${actionId}"]`);
  }
}

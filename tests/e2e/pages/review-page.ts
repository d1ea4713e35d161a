import { expect, type Locator, type Page } from '@playwright/test';
import { TandemPage } from './tandem-page';

/** The Review, Conflicts and Audit views, in user terms. */
export class ReviewPage extends TandemPage {
  constructor(page: Page) {
    super(page);
  }

  async markReviewed(): Promise<void> {
    await this.openView('Review');
    await this.page.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect(this.reviewStatus).toContainText('Last reviewed');
  }

  get reviewStatus(): Locator {
    return this.page.getByTestId('review-status');
  }

  get reviewChanges(): Locator {
    return this.page.getByTestId('review-change');
  }

  reviewChange(title: string): Locator {
    return this.reviewChanges.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The row of a field in a review change, as "Field", "Before", "After", "Who", "When", "How" texts. */
  async reviewRow(title: string, field: string): Promise<string[]> {
    const row = this.reviewChange(title).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) });
    return row.locator('th, td').allInnerTexts();
  }

  get conflictCount(): Locator {
    return this.page.getByTestId('conflict-count');
  }

  get conflictCards(): Locator {
    return this.page.getByTestId('conflict');
  }

  conflictCard(recordAndField: string): Locator {
    return this.page.getByRole('group', { name: recordAndField });
  }

  get auditRows(): Locator {
    return this.page.getByTestId('audit-row');
  }

  auditFilter(label: 'Person' | 'Delegation' | 'Field' | 'Action' | 'Source' | 'From' | 'To'): Locator {
    return this.page.getByRole('form', { name: 'Filter the audit trail' }).getByLabel(label);
  }

  /** Sets the status of the first unsequenced action the app added, from the Board view. */
  async setStatus(position: number, label: string): Promise<void> {
    await this.openBoard();
    await this.status(position).selectOption({ label });
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { say } from './messages';

/** The Discussion section of the open action's panel (features/discussion/). */
export class DiscussionSection {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByTestId('action-detail').getByTestId('discussion');
  }

  get composer(): Locator {
    return this.section.getByRole('combobox', { name: say('en', 'discussion.composer.label') });
  }

  get comments(): Locator {
    return this.section.getByTestId('comment');
  }

  comment(text: string | RegExp): Locator {
    return this.comments.filter({ hasText: text });
  }

  get mentionBadge(): Locator {
    return this.section.getByText(say('en', 'discussion.mentionsYou'), { exact: true });
  }

  editButton(comment: Locator): Locator {
    return comment.getByRole('button', { name: say('en', 'discussion.edit'), exact: true });
  }

  /** Types `text` into the composer and sends it with Ctrl+Enter; waits for it in the thread. */
  async post(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press('Control+Enter');
    await expect(this.comment(text)).toHaveCount(1);
    await expect(this.composer).toHaveValue('');
  }

  /** Types `@query`, picks `name` from the suggestions, then types `rest` and sends. */
  async postMentioning(before: string, query: string, name: string, rest: string): Promise<void> {
    await this.composer.click();
    await this.composer.pressSequentially(`${before}@${query}`);
    const option = this.section.getByRole('listbox', { name: say('en', 'discussion.mention.list') }).getByRole('option', { name: new RegExp(name) });
    await expect(option).toBeVisible();
    await this.composer.press('Enter');
    await expect(this.composer).toHaveValue(`${before}@${name} `);
    await this.composer.pressSequentially(rest);
    await this.composer.press('Control+Enter');
    await expect(this.comment(`${before}@${name} ${rest}`)).toHaveCount(1);
  }

  /** Edits `comment` to `text` (Ctrl+Enter saves). */
  async edit(comment: Locator, text: string): Promise<void> {
    await this.editButton(comment).click();
    const field = this.section.getByRole('combobox', { name: say('en', 'discussion.editLabel') });
    await field.fill(text);
    await field.press('Control+Enter');
    await expect(field).toHaveCount(0);
  }
}

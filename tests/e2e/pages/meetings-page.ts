import { expect, type Locator } from '@playwright/test';
import { DateFieldModel, TimeFieldModel } from './date-field';
import { TandemPage } from './tandem-page';

/** The Meetings view in user terms: the list, a meeting's agenda, minutes and decisions. */
export class MeetingsPage extends TandemPage {
  async createMeeting(input: { title: string; day: string; time: string; zone: 'Washington time' | 'Israel time'; place: string }): Promise<void> {
    await this.openView('Meetings');
    await this.page.getByRole('button', { name: 'New meeting' }).click();
    const form = this.page.getByRole('form', { name: 'New working session' });
    await form.getByLabel('Title', { exact: true }).fill(input.title);
    await new DateFieldModel(form.getByRole('group', { name: 'Day', exact: true })).typeIso(input.day);
    await new TimeFieldModel(form.getByRole('group', { name: 'Start', exact: true })).typeTime(input.time);
    await form.getByLabel('Place', { exact: true }).selectOption({ label: input.place });
    await form.getByLabel('Time zone', { exact: true }).selectOption({ label: input.zone });
    await form.getByRole('button', { name: 'Create meeting' }).click();
    await expect(this.meetingTitle).toHaveValue(input.title);
  }

  async openMeeting(title: string): Promise<void> {
    await this.openView('Meetings');
    await this.page.getByRole('complementary', { name: 'Meetings' }).getByRole('button', { name: new RegExp(title) }).click();
    await expect(this.meetingTitle).toHaveValue(title);
  }

  get meetingTitle(): Locator {
    return this.page.getByLabel('Meeting title');
  }

  get agendaItems(): Locator {
    return this.page.getByRole('list', { name: 'Agenda items' }).locator('.agenda-item');
  }

  agendaItem(title: string): Locator {
    return this.agendaItems.filter({ has: this.page.locator('.agenda-title', { hasText: title }) });
  }

  async agendaTitles(): Promise<string[]> {
    return this.agendaItems.locator('.agenda-title').allTextContents();
  }

  async addAgendaItem(title: string, minutes?: number): Promise<void> {
    const before = await this.agendaItems.count();
    await this.page.getByLabel('New agenda item').fill(title);
    if (minutes !== undefined) await this.page.getByLabel('Minutes allotted').fill(String(minutes));
    await this.page.getByLabel('New agenda item').press('Enter');
    await expect(this.agendaItems).toHaveCount(before + 1);
  }

  get minutes(): Locator {
    return this.page.getByRole('textbox', { name: 'Minutes', exact: true });
  }

  /** The minutes' paragraphs (block elements), in order. */
  get minutesParagraphs(): Locator {
    return this.minutes.locator('p');
  }

  get decisions(): Locator {
    return this.page.getByTestId('decision');
  }

  /** The decisions' words, in the meeting's order. */
  async decisionTexts(): Promise<string[]> {
    return this.decisions.locator('.decision-text').allTextContents();
  }

  /** Rewords decision `number` (1-based) and waits for the words to show. */
  async rewordDecision(number: number, text: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit the words of decision ${number}` }).click();
    await this.page.getByLabel(`Decision ${number}`, { exact: true }).fill(text);
    await this.page.getByRole('form', { name: `Words of decision ${number}` }).getByRole('button', { name: 'Save' }).click();
    await expect(this.decisions.nth(number - 1).locator('.decision-text')).toHaveText(text);
  }

  /** Records a decision; with `createAction`, one plan change that creates an action in Appropriations. */
  async recordDecision(text: string, createAction?: string): Promise<void> {
    const before = await this.decisions.count();
    await this.page.getByRole('button', { name: 'Record a decision' }).click();
    const form = this.page.getByRole('form', { name: 'New decision' });
    await form.getByLabel('Decision', { exact: true }).fill(text);
    if (createAction !== undefined) {
      await form.getByLabel('Action title', { exact: true }).fill(createAction);
      await form.getByLabel('Tier', { exact: true }).selectOption({ label: 'Appropriations' });
      await form.getByRole('button', { name: 'Add change' }).click();
    }
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect(this.decisions).toHaveCount(before + 1);
  }

  /**
   * The minutes as the reader sees them: each block's tag, direction and text, without the other
   * note-takers' carets (drawn inside the text as widgets, with their names).
   */
  async minutesBlocks(): Promise<string[]> {
    return this.page.locator('.minutes-body').evaluate((body) => [...body.children].map((block) => {
      const copy = block.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.minutes-caret')) caret.remove();
      return `${block.tagName.toLowerCase()}|${getComputedStyle(block).direction}|${copy.textContent ?? ''}`;
    }));
  }
}

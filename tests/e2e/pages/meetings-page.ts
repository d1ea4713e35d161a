import { expect, type Locator } from '@playwright/test';
import { DateFieldModel } from './date-field';
import { TandemPage } from './tandem-page';

/** The Meetings view in user terms: the list, a meeting's agenda, minutes and decisions. */
export class MeetingsPage extends TandemPage {
  async createMeeting(input: { title: string; day: string; time: string; zone: 'Washington time' | 'Israel time'; place: string }): Promise<void> {
    await this.openView('Meetings');
    await this.page.getByRole('button', { name: 'New meeting' }).click();
    const form = this.page.getByRole('form', { name: 'New working session' });
    await form.getByLabel('Title', { exact: true }).fill(input.title);
    await new DateFieldModel(form.getByRole('group', { name: 'Day', exact: true })).typeIso(input.day);
    await form.getByLabel('Start', { exact: true }).fill(input.time);
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
}

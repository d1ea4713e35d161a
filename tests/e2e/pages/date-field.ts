import type { Locator } from '@playwright/test';
import { formatDay } from '../../../shared/text/dates';

/** The e2e locale (playwright.config.ts): how the app writes a day for these tests. */
export const TEST_LOCALE = 'en-US';

/** An ISO day as the app shows it in the tests' locale, e.g. "Sep 1, 2026". */
export const shown = (iso: string, locale = TEST_LOCALE): string => formatDay(iso, locale);

/** The digits a person types for `iso` in `locale`'s order: "09/01/2026" (en-US), "01/09/2026" (en-GB). */
export function typedForm(iso: string, locale = TEST_LOCALE): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(Date.UTC(2027, 11, 31)));
  return parts.filter((part) => part.type !== 'literal').map((part) => (part.type === 'day' ? day : part.type === 'month' ? month : year)).join('/');
}

/**
 * A DateField (renderer/src/ui/DateField.tsx), found by its label: the segments' group. `type`
 * empties every segment, then types the day as a person would, separators included.
 */
export class DateFieldModel {
  constructor(readonly group: Locator) {}

  get firstSegment(): Locator {
    return this.group.getByRole('spinbutton').first();
  }

  async clear(): Promise<void> {
    const segments = this.group.getByRole('spinbutton');
    for (let index = (await segments.count()) - 1; index >= 0; index--) {
      await segments.nth(index).focus();
      for (let key = 0; key < 4; key++) await segments.nth(index).press('Backspace');
    }
  }

  /** Types `text` (e.g. "31/12/2027") from the first segment on. */
  async type(text: string): Promise<void> {
    await this.clear();
    await this.firstSegment.focus();
    await this.group.page().keyboard.type(text);
  }

  async typeIso(iso: string, locale = TEST_LOCALE): Promise<void> {
    await this.type(typedForm(iso, locale));
  }

  /** Opens the calendar (the button beside the segments). */
  async openPicker(): Promise<void> {
    // The calendar button of this field, by its class: its name is in the interface's language.
    await this.group.locator('.date-field-button').click();
  }
}

/**
 * A TimeField (renderer/src/ui/TimeField.tsx), found by its label: the segments' group. `typeTime`
 * types "14:00" as a person in `locale` would: "02:00 PM" in en-US (hour, minute, then P), "14:00"
 * where the clock has 24 hours.
 */
export class TimeFieldModel extends DateFieldModel {
  async typeTime(hhmm: string, locale = TEST_LOCALE): Promise<void> {
    const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
    const twelve = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
    const shownHour = twelve ? ((hour + 11) % 12) + 1 : hour;
    const period = twelve ? (hour < 12 ? 'A' : 'P') : '';
    await this.type(`${String(shownHour).padStart(2, '0')}${String(minute).padStart(2, '0')}${period}`);
  }
}

import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContext, type Locator } from '@playwright/test';
import { formatDayInText } from '../../shared/text/dates';
import { BoardPage } from './pages/board-page';
import { DateFieldModel, TimeFieldModel, shown } from './pages/date-field';
import { SyncFilesPage } from './pages/sync-files-page';
import { say } from './pages/messages';
import type { PersonInput } from './pages/tandem-page';

/**
 * Issue 13's proof for mixed directions and dates: a Hebrew title (with English in it) keeps its
 * own direction in its own element wherever it is quoted, the sentence around it keeps the
 * interface's; a date is typed in the laptop's locale and stored ISO; a date before signing says so.
 */
const HEBREW = 'הקמת מרכז AI Center';
const ENGLISH = 'AI Center launch';
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Delegate' };
const SAM: PersonInput = { name: 'Sam Ortiz', delegation: 'U.S.', role: 'Note-taker' };

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function laptop(browser: Browser, person: PersonInput, locale = 'en-US') {
  const context = await browser.newContext({ locale });
  contexts.push(context);
  const page = await context.newPage();
  page.on('filechooser', () => undefined);
  const board = new BoardPage(page);
  await board.openAs(person);
  return { page, board, sync: new SyncFilesPage(page) };
}

/** The computed direction of an element: what the bidi algorithm lays it out in. */
const direction = (element: Locator) => element.evaluate((node) => getComputedStyle(node).direction);

/** The user strings in `container`, in DOM order, each with its text and computed direction. */
async function isolated(container: Locator): Promise<{ text: string; dir: string }[]> {
  return container.locator('bdi[data-user-text]').evaluateAll((nodes) =>
    nodes.map((node) => ({ text: node.textContent ?? '', dir: getComputedStyle(node).direction })));
}

test('a Hebrew title is isolated, in its own direction, in the import preview, the audit trail and the cycle message', async ({ browser }) => {
  const a = await laptop(browser, AVI);
  await a.board.addAction(HEBREW);
  await a.board.addAction(ENGLISH);
  await a.board.expectSaved();

  // The cycle message: each title its own element, in the chain's order, each in its direction.
  await a.board.openDetails(ENGLISH);
  await a.board.detailField('Add a dependency').selectOption({ label: HEBREW });
  await a.board.dialog.getByRole('button', { name: 'Add dependency' }).click();
  await a.board.dialog.getByRole('button', { name: 'Close' }).click();
  await a.board.openDetails(HEBREW);
  await a.board.detailField('Add a dependency').selectOption({ label: ENGLISH });
  await a.board.dialog.getByRole('button', { name: 'Add dependency' }).click();
  const cycle = a.board.dialog.getByTestId('dependency-error');
  await expect(cycle).toHaveText(`That would make a cycle: “${HEBREW}” → “${ENGLISH}” → “${HEBREW}”.`);
  expect(await direction(cycle)).toBe('ltr');
  expect(await isolated(cycle)).toEqual([
    { text: HEBREW, dir: 'rtl' }, { text: ENGLISH, dir: 'ltr' }, { text: HEBREW, dir: 'rtl' },
  ]);
  await a.board.dialog.getByRole('button', { name: 'Close' }).click();

  // The audit trail: the cell keeps the table's direction, the title inside it its own.
  await a.board.openView('Audit');
  const created = a.page.getByTestId('audit-row').filter({ hasText: HEBREW }).filter({ hasText: 'Created' });
  await expect(created).toHaveCount(1);
  const after = created.getByTestId('audit-after');
  expect(await direction(after)).toBe('ltr');
  expect(await isolated(after)).toEqual([{ text: HEBREW, dir: 'rtl' }]);

  // The import preview on another laptop: the list item (its bullet, quotes, "by …") stays left
  // to right; the title inside is its own right-to-left element, between the quotes.
  await a.sync.open();
  const download = await a.sync.export();
  const file = { name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile((await download.path())!) };
  const b = await laptop(browser, SAM);
  await b.sync.open();
  await b.sync.choose(file);
  const item = b.sync.preview.getByRole('region', { name: 'Actions added' }).getByRole('listitem').filter({ hasText: HEBREW });
  await expect(item).toHaveText(`“${HEBREW}”, by Avi Cohen (Israel, delegate)`);
  expect(await direction(item)).toBe('ltr');
  expect((await isolated(item))[0]).toEqual({ text: HEBREW, dir: 'rtl' });
  // DOM order is logical order: the opening quote, then the title, then the closing quote.
  expect(await item.evaluate((node) => node.firstChild?.textContent)).toBe('“');
});

for (const locale of ['he-IL', 'en-GB']) {
  test(`in ${locale}, 31/12/2027 typed into the due date is stored as 2027-12-31, and the picker picks a day`, async ({ browser }) => {
    const { page, board } = await laptop(browser, AVI, locale);
    // The interface speaks the laptop's language: Hebrew on a he-IL laptop.
    const language = locale === 'he-IL' ? 'he' : 'en';
    await board.addAction('Joint steering committee');
    await board.openDetails('Joint steering committee');
    await board.dialog.getByLabel(say(language, 'plan.panel.calendarDate')).check();
    const dueOn = new DateFieldModel(board.dialog.getByRole('group', { name: say(language, 'plan.panel.dueOn'), exact: true }));
    await expect(board.dialog.getByTestId('due-date-field')).toHaveAttribute('data-locale', locale);
    await dueOn.type('31/12/2027');
    await board.dialog.getByRole('button', { name: say(language, 'plan.panel.setDue') }).click();
    const due = board.dialog.getByTestId('detail-due');
    await expect(due.locator('time')).toHaveAttribute('datetime', '2027-12-31');
    // The deadline's own words follow the interface's language (Hebrew on a he-IL laptop).
    await expect(due).toHaveText(`${locale === 'he-IL' ? 'מועד: ' : 'Due '}${formatDayInText('2027-12-31', locale)}`);

    // The calendar opens on the stored day; picking the 15th stores 2027-12-15.
    await dueOn.openPicker();
    const calendar = page.getByRole('dialog', { name: say(language, 'plan.panel.dueOn') });
    await expect(calendar.getByRole('grid')).toBeVisible();
    await calendar.getByRole('button', { name: /15/ }).first().click();
    await expect(calendar).toHaveCount(0);
    await board.dialog.getByRole('button', { name: say(language, 'plan.panel.setDue') }).click();
    await expect(due.locator('time')).toHaveAttribute('datetime', '2027-12-15');
  });
}

/** What a time field's segments show, without the isolates React Aria puts around the digits. */
const shownTime = (group: Locator) => group.evaluate((node) => (node.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim());

/** A meeting's start typed in each locale's clock: 02:30 PM in en-US, 14:30 in en-GB and he-IL. */
for (const [locale, typed, twelveHour] of [['en-US', '02:30 PM', true], ['en-GB', '14:30', false], ['he-IL', '14:30', false]] as const) {
  test(`in ${locale}, a meeting's start is typed as ${typed} and stored as 14:30`, async ({ browser }) => {
    const { page } = await laptop(browser, AVI, locale);
    const language = locale === 'he-IL' ? 'he' : 'en';
    await page.locator('.sidebar [data-view="meetings"]').click();
    await page.getByRole('button', { name: say(language, 'meetings.list.new') }).click();
    const form = page.getByRole('form', { name: say(language, 'meetings.new.title') });
    await form.getByLabel(say(language, 'meetings.new.name'), { exact: true }).fill('Working session 5');
    await new DateFieldModel(form.getByRole('group', { name: say(language, 'meetings.field.day'), exact: true })).typeIso('2026-07-16', locale);
    const start = new TimeFieldModel(form.getByRole('group', { name: say(language, 'meetings.field.start'), exact: true }));
    // The locale's clock: a day-period segment only where the clock has twelve hours.
    await expect(start.group.locator('[data-type="dayPeriod"]')).toHaveCount(twelveHour ? 1 : 0);
    await start.typeTime('14:30', locale);
    await expect.poll(() => shownTime(start.group)).toBe(typed);
    await form.getByRole('button', { name: say(language, 'meetings.new.create') }).click();
    // The meeting's line writes its start on the 24-hour clock, from the stored form.
    await expect(page.locator('.meeting-when')).toContainText('14:30');
    const header = new TimeFieldModel(page.locator('.meeting-fields').getByRole('group', { name: say(language, 'meetings.field.start'), exact: true }));
    await expect.poll(() => shownTime(header.group)).toBe(typed);

    // Half a time is said under the field in the interface's language, and nothing is written.
    await header.clear();
    await header.firstSegment.focus();
    await page.keyboard.type('09');
    await page.locator('.meeting-title').focus();
    await expect(page.locator('.meeting-fields').getByText(say(language, 'time.incomplete'))).toBeVisible();
    await expect(page.locator('.meeting-when')).toContainText('14:30');

    // A whole time is written when focus leaves the field.
    await header.typeTime('16:05', locale);
    await page.locator('.meeting-title').focus();
    await expect(page.locator('.meeting-when')).toContainText('16:05');

    // A day typed whole, then its year cleared, is not written when focus leaves the field.
    const when = await page.locator('.meeting-when').textContent();
    const headerDay = new DateFieldModel(page.locator('.meeting-fields').getByRole('group', { name: say(language, 'meetings.field.day'), exact: true }));
    await headerDay.typeIso('2026-07-20', locale);
    await headerDay.group.locator('[data-type="year"]').focus();
    for (let key = 0; key < 4; key++) await page.keyboard.press('Backspace');
    await page.locator('.meeting-title').focus();
    await expect(page.locator('.meeting-fields').getByText(say(language, 'date.incomplete'))).toBeVisible();
    await expect(page.locator('.meeting-when')).toHaveText(when ?? '');
  });
}

test('a due date years before signing is flagged as such, never "within the first 90 days" nor overdue', async ({ browser }) => {
  const { page, board } = await laptop(browser, AVI);
  await board.setEventDateAndReturn('Compact signing', '2026-09-01');
  await board.addAction('Backdated action');
  await board.openDetails('Backdated action');
  await board.dialog.getByLabel('a calendar date').check();
  await new DateFieldModel(board.dialog.getByRole('group', { name: 'Due on', exact: true })).typeIso('1999-01-01');
  await board.dialog.getByRole('button', { name: 'Set due date' }).click();
  await expect(board.dialog.getByTestId('detail-due')).toHaveText(`Due ${shown('1999-01-01')}`);
  await board.dialog.getByRole('button', { name: 'Close' }).click();

  const row = board.planRow(await board.idOf('Backdated action'));
  await expect(row.getByTestId('window-marker')).toHaveText('Due before Compact signing');
  await expect(row.getByTestId('overdue-marker')).toHaveCount(0);
  await expect(row).not.toContainText('Within the first 90 days');

  await board.openView('Timeline');
  const line = page.getByTestId('timeline-row').filter({ hasText: 'Backdated action' });
  await expect(line).toContainText('Due before Compact signing');
  await expect(line).not.toContainText('Overdue');
  await expect(line).not.toContainText('Within the first 90 days');
});

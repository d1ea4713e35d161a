import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDocx } from '../unit/support/docx-reader';
import { readPdfItems, readPdfPages } from '../unit/support/pdf-reader';
import { MeetingsPage } from './pages/meetings-page';

const TITLE = 'Working session 5: critical materials';
const HEBREW = 'הוחלט להקים צוות משותף לבדיקת המעבדה';
const ENGLISH = 'The delegations reviewed the refining plan.';
const ACTION = 'Map the joint refining capacity';
const squash = (text: string) => text.replace(/\s+/g, '');

test.describe('the meeting record', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('exports as PDF and Word with attendance, minutes, decisions and action items; a Hebrew paragraph right to left; Draft until agreed', async ({ page }) => {
    const meetings = new MeetingsPage(page);
    await meetings.openAs();
    await meetings.createMeeting({ title: TITLE, day: '2026-07-16', time: '14:00', zone: 'Israel time', place: 'Tel Aviv' });
    await page.getByLabel('Name to add to the U.S. delegation').fill('Amb. Rivera');
    await page.getByLabel('Name to add to the U.S. delegation').press('Enter');
    await page.getByLabel('Name to add to the Israeli delegation').fill('Dr. Noa Peled');
    await page.getByLabel('Name to add to the Israeli delegation').press('Enter');
    const us = page.getByRole('group', { name: 'U.S. delegation' });
    await us.locator('.attendee', { hasText: 'Amb. Rivera' }).hover();
    await us.getByRole('button', { name: 'Make chair' }).click();
    await expect(us.locator('.chip.chair')).toHaveText('Chair');
    await meetings.addAgendaItem('Refining capacity', 25);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Minutes circulated' });

    await meetings.minutes.click();
    await page.getByRole('button', { name: 'Heading' }).click();
    await page.keyboard.type('Refining');
    await page.keyboard.press('Enter');
    await page.keyboard.type(ENGLISH);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(HEBREW);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Survey the sites');
    await expect(meetings.minutes.locator('li')).toHaveText('Survey the sites');
    await meetings.recordDecision('The delegations agree to map refining capacity.', ACTION);
    await meetings.decisions.first().getByRole('button', { name: 'Apply…' }).click();
    await page.getByRole('dialog', { name: 'Apply this decision to the plan' }).getByRole('button', { name: 'Apply to the plan' }).click();
    await expect(meetings.decisions.first().locator('.applied-chip')).toContainText('Applied by Dana Levi');
    await meetings.expectSaved();

    const opener = page.getByRole('button', { name: 'Export record' });
    await opener.click();
    const record = page.getByTestId('meeting-record');
    await expect(record.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.getByTestId('draft-mark')).toHaveText('Draft — minutes not yet agreed by both delegations (status: Minutes circulated)');
    const hebrewBlock = page.getByTestId('record-minutes').locator('p', { hasText: HEBREW });
    expect(await hebrewBlock.evaluate((element) => [element.getAttribute('dir'), getComputedStyle(element).textAlign])).toEqual(['rtl', 'right']);

    // The PDF, read back with pdf.js as a reviewer's reader would.
    const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = await readPdfPages(pdf);
    const all = squash(pages.join('\n'));
    for (const text of [
      TITLE, 'Draft—minutesnotyetagreedbybothdelegations(status:Minutescirculated)', 'Time14:00Israeltime(Asia/Jerusalem,GMT+3)', 'PlaceTelAviv', 'U.S.chairAmb.Rivera',
      'U.S.delegationAmb.Rivera,Guest(chair)', 'IsraelidelegationDr.NoaPeled,Guest', '1Refiningcapacity25',
      ENGLISH, '•Surveythesites', 'D1Thedelegationsagreetomaprefiningcapacity.', `Planchange:Createaction“${ACTION}”(Appropriations)`, 'AppliedtotheplanbyDanaLevi(Israel,note-taker)',
      `D1${ACTION}NonenamedNonenamedNodeadlineProposed`,
    ]) expect(all).toContain(squash(text));
    expect(pages[0]).toContain('DRAFT');
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));
    expect(all).not.toContain('ExportWord');
    // The Hebrew paragraph is set right to left, against the right margin; the English one on the left.
    const items = await readPdfItems(pdf);
    const hebrew = items.find((item) => item.text.includes('צוות'))!;
    const english = items.find((item) => item.text.includes('reviewed'))!;
    expect(hebrew.dir).toBe('rtl');
    expect(hebrew.right).toBeGreaterThan(hebrew.pageWidth * 0.85);
    expect(hebrew.left).toBeGreaterThan(hebrew.pageWidth * 0.3);
    expect(english.left).toBeLessThan(english.pageWidth * 0.15);

    // Word: written to the export folder, read back from its XML.
    await page.getByRole('button', { name: 'Export Word (DOCX)' }).click();
    const result = page.getByTestId('record-result');
    await expect(result).toContainText('The Word record saved to ');
    const file = (await result.textContent())!.replace(/^.* saved to /, '');
    expect(path.dirname(file)).toBe(path.join(process.env.TANDEM_E2E_DATA_DIR ?? '', 'exports'));
    expect(path.basename(file)).toBe('tandem-meeting-2026-07-16-working-session-5-critical-materials.docx');
    const docx = readDocx(new Uint8Array(await readFile(file)));
    expect(docx.paragraphs).toEqual(expect.arrayContaining([
      TITLE, 'Draft — minutes not yet agreed by both delegations (status: Minutes circulated)', 'Amb. Rivera, Guest (chair)', 'Dr. Noa Peled, Guest',
      'Refining', ENGLISH, HEBREW, '•\tSurvey the sites', 'D1  The delegations agree to map refining capacity.',
      `Plan change: Create action “${ACTION}” (Appropriations)`,
    ]));
    expect(docx.tables.at(-1)).toEqual([
      ['Decision', 'Action', 'U.S. owner', 'Israel owner', 'Due', 'Status'],
      ['D1', ACTION, 'None named', 'None named', 'No deadline', 'Proposed'],
    ]);
    const hebrewParagraph = [...docx.xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => match[1]!).find((p) => p.includes(HEBREW))!;
    // Bidirectional, aligned to the right of the page (Word reads `left` in a w:bidi paragraph as its start).
    expect(hebrewParagraph).toMatch(/^<w:pPr><w:bidi\/><w:jc w:val="left"\/><\/w:pPr>/);

    await page.keyboard.press('Escape');
    await expect(record).toBeHidden();
    await expect(opener).toBeFocused();
  });
});

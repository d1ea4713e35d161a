import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { meetingLineText } from '../../../renderer/src/features/audit/meeting-line-words';
import { MESSAGES, type MessageId } from '../../../renderer/src/ui/i18n/messages';
import type { Translate } from '../../../renderer/src/ui/i18n/I18nProvider';
import { meetingLineWords, type MeetingLine } from '../../../shared/review/meeting-audit-fields';

function wordsIn(language: 'en' | 'he'): Translate {
  const intl = createIntl({ locale: language === 'en' ? 'en-US' : 'he-IL', messages: MESSAGES[language], defaultLocale: 'en-US' });
  return ((id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values)) as Translate;
}

/** Every kind of line but the start (said in the reader's date form, not the stored ISO). */
const LINES: readonly MeetingLine[] = [
  { kind: 'place', place: 'tel-aviv', other: null },
  { kind: 'place', place: 'other', other: 'Haifa' },
  { kind: 'status', status: 'minutes-circulated' },
  { kind: 'status', status: null },
  { kind: 'chairs', us: 'Sam Ortiz', israel: null },
  { kind: 'attendance', present: [] },
  { kind: 'deleted', deleted: true },
  { kind: 'deleted', deleted: false },
  { kind: 'agenda', title: 'Budget', presenter: null, minutes: null },
  { kind: 'decision', number: 2, text: 'Charter the testbed', applied: true },
  { kind: 'decision', number: 3, text: 'Meet in March', applied: false },
];

describe('a meeting row’s lines in the interface’s language', () => {
  it('in English reads exactly as the stored words do', () => {
    for (const line of LINES) expect(meetingLineText(line, wordsIn('en'), 'en-US')).toBe(meetingLineWords(line));
    // Lists are the locale's: the stored words join with commas, Intl.ListFormat's unit style too.
    const present: MeetingLine = { kind: 'attendance', present: [{ name: 'Dana Levi', side: 'israel' }, { name: 'Sam Ortiz', side: 'us' }] };
    expect(meetingLineText(present, wordsIn('en'), 'en-US')).toBe(meetingLineWords(present));
    const agenda: MeetingLine = { kind: 'agenda', title: 'Budget', presenter: 'Dana Levi', minutes: 20 };
    expect(meetingLineText(agenda, wordsIn('en'), 'en-US')).toBe(meetingLineWords(agenda));
  });

  it('in Hebrew says none of the English words around the user’s own', () => {
    const said = LINES.map((line) => meetingLineText(line, wordsIn('he'), 'he-IL'));
    for (const text of said) expect(text.replace(/Haifa|Sam Ortiz|Budget|Charter the testbed|Meet in March/g, '')).not.toMatch(/[A-CE-Za-z]/);
    expect(meetingLineText({ kind: 'start', startsAt: '2026-07-15T10:00', timeZone: 'Asia/Jerusalem' }, wordsIn('he'), 'he-IL')).toMatch(/15.*2026.*10:00.*שעון ישראל/);
  });
});

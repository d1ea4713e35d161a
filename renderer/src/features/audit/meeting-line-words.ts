import { useCallback } from 'react';
import type { MeetingLine } from '../../../../shared/review/meeting-audit-fields';
import { zoneWords } from '../meetings/meeting-format';
import { useLanguage, useT, type Translate } from '../../ui/i18n/I18nProvider';

/** A meeting's start as its wall clock in its own zone, in the reader's form ("15 Jul 2026, 10:00"). */
function wallTime(startsAt: string, locale: string): string {
  const instant = new Date(`${startsAt}:00Z`);
  if (Number.isNaN(instant.getTime())) return startsAt;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/** A meeting row's line in the interface's words (the English ones are meetingLineWords in shared/). */
export function meetingLineText(line: MeetingLine, t: Translate, locale: string): string {
  const none = t('review.value.none');
  switch (line.kind) {
    case 'title': return line.title;
    case 'start': return t('review.line.start', { when: wallTime(line.startsAt, locale), zone: zoneWords(line.timeZone, t) });
    case 'place':
      if (line.place === 'other') return line.other ?? t('meetings.place.other');
      return line.place ? t(`meetings.place.${line.place}`) : none;
    case 'status': return line.status ? t(`meetings.status.${line.status}`) : none;
    case 'chairs': return t('review.line.chairs', { us: line.us ?? none, israel: line.israel ?? none });
    case 'attendance': {
      if (line.present.length === 0) return t('review.line.noOne');
      const list = new Intl.ListFormat(locale, { type: 'unit' });
      return list.format(line.present.map(({ name, side }) => t('review.value.attendee', { who: name, side })));
    }
    case 'deleted': return line.deleted ? t('review.value.deleted') : t('review.value.notDeleted');
    case 'agenda': {
      const details = [line.presenter, line.minutes ? t('review.line.minutes', { minutes: line.minutes }) : null].filter((part): part is string => Boolean(part));
      if (details.length === 0) return line.title;
      return t('review.line.agenda', { title: line.title, details: new Intl.ListFormat(locale, { type: 'unit' }).format(details) });
    }
    case 'decision':
      return t(line.applied ? 'review.line.decisionApplied' : 'review.line.decision', { number: line.number, text: line.text });
  }
}

/** The hook form: a line, or its absence (null: the part was added, or removed), as the reader reads it. */
export function useMeetingLineWords(): (line: MeetingLine | null, which: 'before' | 'after') => string {
  const t = useT();
  const { locale } = useLanguage();
  return useCallback((line, which) => {
    if (line) return meetingLineText(line, t, locale);
    return which === 'after' ? t('review.line.removed') : '';
  }, [t, locale]);
}

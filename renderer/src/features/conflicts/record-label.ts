import { parseAttendanceId, type ConflictEntry } from '../../../../shared/review/conflict-entry';
import type { ActionView } from '../../../../shared/workspace/action-view';
import type { MeetingsView } from '../../../../shared/workspace/meetings/meeting-view';
import type { Translate } from '../../ui/i18n/I18nProvider';

/** How an inbox entry names its record: the action's title, the initiative's code, or the decision's number and meeting. */
export function recordLabel(record: ConflictEntry['record'], t: Translate, actions: readonly ActionView[], meetings?: MeetingsView): string {
  if (record.kind === 'initiative') return t('review.record.initiative', { id: record.id });
  if (record.kind === 'attendance') {
    const place = parseAttendanceId(record.id);
    const meeting = meetings?.meetings.find((view) => view.id === place?.meeting);
    return meeting ? t('review.record.attendance', { meeting: meeting.title }) : t('review.record.attendanceMissing', { id: record.id });
  }
  if (record.kind === 'decision') {
    for (const meeting of meetings?.meetings ?? []) {
      const index = meetings?.decisions.get(meeting.id)?.findIndex((decision) => decision.id === record.id) ?? -1;
      if (index >= 0) return t('review.record.decision', { number: index + 1, meeting: meeting.title });
    }
    return t('review.record.decisionMissing', { id: record.id });
  }
  const action = actions.find((view) => view.id === record.id);
  if (!action) return t('review.record.actionMissing', { id: record.id });
  return action.title || t('review.record.untitled', { id: record.id });
}

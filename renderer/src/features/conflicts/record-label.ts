import { parseAttendanceId, type ConflictEntry } from '../../../../shared/review/conflict-entry';
import type { ActionView } from '../../../../shared/workspace/action-view';
import type { MeetingsView } from '../../../../shared/workspace/meetings/meeting-view';

/** How an inbox entry names its record: the action's title, the initiative's code, or the decision's number and meeting. */
export function recordLabel(record: ConflictEntry['record'], actions: readonly ActionView[], meetings?: MeetingsView): string {
  if (record.kind === 'initiative') return `Initiative ${record.id}`;
  if (record.kind === 'attendance') {
    const place = parseAttendanceId(record.id);
    const meeting = meetings?.meetings.find((view) => view.id === place?.meeting);
    return meeting ? `Attendance of “${meeting.title}”` : `Attendance entry ${record.id} (not in this workspace yet)`;
  }
  if (record.kind === 'decision') {
    for (const meeting of meetings?.meetings ?? []) {
      const index = meetings?.decisions.get(meeting.id)?.findIndex((decision) => decision.id === record.id) ?? -1;
      if (index >= 0) return `Decision D${index + 1} of “${meeting.title}”`;
    }
    return `Decision ${record.id} (not in this workspace yet)`;
  }
  const action = actions.find((view) => view.id === record.id);
  if (!action) return `Action ${record.id} (not in this workspace yet)`;
  return action.title || `Untitled action ${record.id}`;
}

/** The audit trail's fields for a meeting's rows (meeting-audit.ts), and their labels. */
export const MEETING_AUDIT_FIELDS = [
  'meetingTitle', 'meetingStart', 'meetingPlace', 'meetingStatus', 'chairs', 'attendance', 'agendaItem', 'decision', 'meetingDeleted',
] as const;
export type MeetingAuditField = (typeof MEETING_AUDIT_FIELDS)[number];

export const MEETING_AUDIT_LABELS: Readonly<Record<MeetingAuditField, string>> = {
  meetingTitle: 'Meeting title',
  meetingStart: 'Meeting start',
  meetingPlace: 'Meeting place',
  meetingStatus: 'Meeting status',
  chairs: 'Chairs',
  attendance: 'Attendance',
  agendaItem: 'Agenda item',
  decision: 'Decision',
  meetingDeleted: 'Meeting deleted',
};

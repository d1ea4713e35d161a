/**
 * A field's value in words, for the review, the audit trail and the inbox. Ids are shown by the
 * names the directory gives them; values from peers that are not what the app knows are shown as
 * such ("unknown status …"), never hidden.
 */
import { deadlineShape } from '../compact/seed-schema';
import { TIER_LABELS } from '../compact/tiers';
import { conforms } from '../validation/shape';
import { attendeeShape } from '../workspace/meetings/attendees';
import { isTier } from '../workspace/lanes';
import { ACTION_STATUS_LABELS, isActionStatus } from '../workspace/action-status';
import { isLeadValue, type ConflictField, type FieldValue, type TrackedField } from './fields';

export interface Names {
  institution(id: string): string;
  person(id: string): string;
  action(id: string): string;
  /** A day in the reader's locale (shared/text/dates.ts formatDay); without it, ISO as stored. */
  day?(iso: string): string;
}

/** Names as they are: for tests and for places without a directory at hand. */
export const RAW_NAMES: Names = { institution: (id) => id, person: (id) => id, action: (id) => id };

const NONE = 'None';

export function formatValue(field: TrackedField | ConflictField, value: FieldValue, names: Names): string {
  if (value === null || value === undefined) return field === 'tier' ? 'Not yet sequenced' : NONE;
  switch (field) {
    case 'title':
    case 'description':
    case 'decisionText':
      return typeof value === 'string' ? (value === '' ? '(empty)' : value) : NONE;
    case 'status':
      return isActionStatus(value) ? ACTION_STATUS_LABELS[value] : `unknown status “${String(value)}”`;
    case 'tier':
      return isTier(value) ? TIER_LABELS[value] : `unknown tier “${String(value)}”`;
    case 'initiative':
      return String(value);
    case 'usLead':
    case 'israelLead': {
      const lead = isLeadValue(value) ? value : null;
      if (!lead?.institution) return NONE;
      return lead.person ? `${names.institution(lead.institution)} (${names.person(lead.person)})` : names.institution(lead.institution);
    }
    case 'supporting':
      return Array.isArray(value) && value.length > 0 ? value.map((id) => names.institution(String(id))).join(', ') : NONE;
    case 'dependsOn':
      return Array.isArray(value) && value.length > 0 ? value.map((id) => names.action(String(id))).join(', ') : NONE;
    case 'due':
      if (!conforms(deadlineShape, value)) return NONE;
      // A date a delegation set is stored with itself as its phrase: shown as a day. The
      // compact's own phrases ("by December 2027") and offsets keep their words.
      return value.kind === 'calendar' && value.phrase === value.date && names.day ? names.day(value.date) : value.phrase;
    case 'deleted':
      return value === true ? 'Deleted' : 'Not deleted';
    case 'attendee': {
      if (!conforms(attendeeShape, value)) return NONE;
      const who = value.kind === 'person' ? names.person(value.person) : value.name;
      return `${who} (${value.side === 'us' ? 'U.S.' : 'Israel'})`;
    }
  }
}

/**
 * A field's value in words, for the review, the audit trail and the inbox. Ids are shown by the
 * names the directory gives them; values from peers that are not what the app knows are shown as
 * such ("unknown status …"), never hidden.
 */
import { deadlineShape } from '../compact/seed-schema';
import { TIER_LABELS } from '../compact/tiers';
import { conforms } from '../validation/shape';
import { attendeeShape } from '../workspace/meetings/attendees';
import type { Side, Tier } from '../compact/types';
import { isTier } from '../workspace/lanes';
import { ACTION_STATUS_LABELS, isActionStatus, type ActionStatus } from '../workspace/action-status';
import { isLeadValue, type ConflictField, type FieldValue, type TrackedField } from './fields';

export interface Names {
  institution(id: string): string;
  person(id: string): string;
  action(id: string): string;
  /** A day in the reader's locale (shared/text/dates.ts formatDay); without it, ISO as stored. */
  day?(iso: string): string;
  /** The fixed words around the values, in the reader's language; without them, English. */
  words?: ValueWords;
}

/**
 * The words formatValue puts around values: the renderer gives them from its message files
 * (features/review/use-names.ts), so a status, a tier or "None" reads in the interface's
 * language; shared/ code (the audit's stored rows, CSV) keeps the English ones.
 */
export interface ValueWords {
  readonly none: string;
  readonly empty: string;
  readonly notSequenced: string;
  readonly deleted: string;
  readonly notDeleted: string;
  status(status: ActionStatus): string;
  tier(tier: Tier): string;
  unknownStatus(raw: string): string;
  unknownTier(raw: string): string;
  /** "NQC (Dana Levi)": an institution's lead with the person named. */
  leadWithPerson(institution: string, person: string): string;
  /** "Dana Levi (Israel)": an attendance entry with its delegation. */
  attendee(who: string, side: Side): string;
  list(items: readonly string[]): string;
}

export const ENGLISH_VALUE_WORDS: ValueWords = {
  none: 'None',
  empty: '(empty)',
  notSequenced: 'Not yet sequenced',
  deleted: 'Deleted',
  notDeleted: 'Not deleted',
  status: (status) => ACTION_STATUS_LABELS[status],
  tier: (tier) => TIER_LABELS[tier],
  unknownStatus: (raw) => `unknown status “${raw}”`,
  unknownTier: (raw) => `unknown tier “${raw}”`,
  leadWithPerson: (institution, person) => `${institution} (${person})`,
  attendee: (who, side) => `${who} (${side === 'us' ? 'U.S.' : 'Israel'})`,
  list: (items) => items.join(', '),
};

/** Names as they are: for tests and for places without a directory at hand. */
export const RAW_NAMES: Names = { institution: (id) => id, person: (id) => id, action: (id) => id };

export function formatValue(field: TrackedField | ConflictField, value: FieldValue, names: Names): string {
  const words = names.words ?? ENGLISH_VALUE_WORDS;
  const NONE = words.none;
  if (value === null || value === undefined) return field === 'tier' ? words.notSequenced : NONE;
  switch (field) {
    case 'title':
    case 'description':
    case 'decisionText':
      return typeof value === 'string' ? (value === '' ? words.empty : value) : NONE;
    case 'status':
      return isActionStatus(value) ? words.status(value) : words.unknownStatus(String(value));
    case 'tier':
      return isTier(value) ? words.tier(value) : words.unknownTier(String(value));
    case 'initiative':
      return String(value);
    case 'usLead':
    case 'israelLead': {
      const lead = isLeadValue(value) ? value : null;
      if (!lead?.institution) return NONE;
      return lead.person ? words.leadWithPerson(names.institution(lead.institution), names.person(lead.person)) : names.institution(lead.institution);
    }
    case 'supporting':
      return Array.isArray(value) && value.length > 0 ? words.list(value.map((id) => names.institution(String(id)))) : NONE;
    case 'dependsOn':
      return Array.isArray(value) && value.length > 0 ? words.list(value.map((id) => names.action(String(id)))) : NONE;
    case 'due':
      if (!conforms(deadlineShape, value)) return NONE;
      // A date a delegation set is stored with itself as its phrase: shown as a day. The
      // compact's own phrases ("by December 2027") and offsets keep their words.
      return value.kind === 'calendar' && value.phrase === value.date && names.day ? names.day(value.date) : value.phrase;
    case 'deleted':
      return value === true ? words.deleted : words.notDeleted;
    case 'attendee': {
      if (!conforms(attendeeShape, value)) return NONE;
      const who = value.kind === 'person' ? names.person(value.person) : value.name;
      return words.attendee(who, value.side);
    }
  }
}

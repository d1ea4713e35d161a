/**
 * The audit trail's meeting rows. A meeting is summed up as a flat snapshot, one line of words per
 * audited part (its title, start, place, status, chairs, attendance, each agenda item, each
 * decision); a transaction that touched a meeting's records yields one entry per line that changed.
 * The minutes are not audited here: their text is typed live by several people and is the record
 * itself (the meeting record PDF keeps it), so a row per burst of typing would drown the trail.
 *
 * Rows use the action rows' columns (audit.ts: `actionId`/`actionTitle` hold the meeting's id and
 * title) with `subject: 'meeting'`, so rows stored before meetings were audited still read as
 * action rows, with no migration of the stored trail.
 */
import * as Y from 'yjs';
import type { Side } from '../compact/types';
import type { Identity } from '../identity/identity';
import { isRemoteOrigin } from '../sync/remote-origin';
import { authorOf, stampedAuthor } from '../workspace/authors';
import type { Attendee } from '../workspace/meetings/attendees';
import { AGENDA_FIELDS, MEETING_FIELDS, MEETING_STATUS_LABELS, PLACE_LABELS, agendaItemsMap, decisionsMap, meetingsMap } from '../workspace/meetings/meeting-schema';
import { deriveAgenda, deriveDecisions, deriveMeetings, type MeetingView } from '../workspace/meetings/meeting-view';
import { originPolicy } from '../workspace/origins';
import { placementOf } from '../yjs/internals';
import type { AuditEntry, AuditWho } from './audit';
import type { AuditRecorder } from './audit-recorder';
import { docNames } from './doc-names';
import type { Names } from './field-format';
import type { MeetingAuditField } from './meeting-audit-fields';

interface Line {
  readonly field: MeetingAuditField;
  readonly value: string;
  /** The record whose editedBy stamp names who changed this line. */
  readonly record: Y.Map<unknown> | null;
}

/** A meeting in words, line by line (keys are stable: `title`, `agenda:<id>`, …). */
export type MeetingSnapshot = ReadonlyMap<string, Line>;

const SIDE_WORDS: Readonly<Record<Side, string>> = { us: 'U.S.', israel: 'Israel' };

function attendeeWords(attendee: Attendee | null, names: Names): string {
  if (!attendee) return 'None';
  return attendee.kind === 'person' ? names.person(attendee.person) : attendee.name;
}

export function meetingSnapshot(doc: Y.Doc, meeting: MeetingView, names: Names): MeetingSnapshot {
  const record = meetingsMap(doc).get(meeting.id);
  const own = record instanceof Y.Map ? record : null;
  const lines = new Map<string, Line>();
  const line = (key: string, field: MeetingAuditField, value: string, from: Y.Map<unknown> | null = own) => lines.set(key, { field, value, record: from });
  line('title', 'meetingTitle', meeting.title);
  line('start', 'meetingStart', `${meeting.startsAt.replace('T', ' ')} (${meeting.timeZone})`);
  line('place', 'meetingPlace', meeting.place === 'other' ? meeting.placeOther ?? 'Other' : meeting.place ? PLACE_LABELS[meeting.place] : 'None');
  line('status', 'meetingStatus', meeting.status ? MEETING_STATUS_LABELS[meeting.status] : 'None');
  line('chairs', 'chairs', `U.S.: ${attendeeWords(meeting.usChair, names)}; Israel: ${attendeeWords(meeting.israelChair, names)}`);
  const present = meeting.attendees.map(({ attendee }) => `${attendeeWords(attendee, names)} (${SIDE_WORDS[attendee.side]})`).sort();
  line('attendance', 'attendance', present.length > 0 ? present.join(', ') : 'No one');
  line('deleted', 'meetingDeleted', meeting.deleted ? 'Deleted' : 'Not deleted');
  for (const item of deriveAgenda(doc, meeting.id)) {
    const details = [item.presenter ? attendeeWords(item.presenter, names) : null, item.minutesAllotted ? `${item.minutesAllotted} min` : null].filter(Boolean);
    const stored = agendaItemsMap(doc).get(item.id);
    line(`agenda:${item.id}`, 'agendaItem', details.length > 0 ? `${item.title} (${details.join(', ')})` : item.title, stored instanceof Y.Map ? stored : null);
  }
  deriveDecisions(doc, meeting.id).forEach((decision, index) => {
    const stored = decisionsMap(doc).get(decision.id);
    const applied = decision.appliedAt ? ' (applied to the plan)' : '';
    line(`decision:${decision.id}`, 'decision', `D${index + 1}: ${decision.text}${applied}`, stored instanceof Y.Map ? stored : null);
  });
  return lines;
}

export interface MeetingAuditContext {
  readonly at: number;
  readonly source: AuditEntry['source'];
  readonly sourceLabel: string;
  /** Who changed the line (from the record's stamp for a merge, this laptop's person for a local edit). */
  whoFor(record: Y.Map<unknown> | null): AuditWho | null;
}

/** Entries for one meeting's change: `before` undefined means the meeting is new. */
export function meetingAuditEntries(meeting: MeetingView, before: MeetingSnapshot | undefined, after: MeetingSnapshot, context: MeetingAuditContext): AuditEntry[] {
  const base = { at: context.at, actionId: meeting.id, actionTitle: meeting.title, subject: 'meeting' as const, source: context.source, sourceLabel: context.sourceLabel };
  if (!before) return [{ ...base, who: context.whoFor(after.get('title')?.record ?? null), field: 'created', before: '', after: meeting.title }];
  const entries: AuditEntry[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key);
    const now = after.get(key);
    if (was?.value === now?.value) continue;
    const field = (now ?? was)!.field;
    entries.push({ ...base, who: context.whoFor(now?.record ?? was?.record ?? null), field, before: was?.value ?? '', after: now?.value ?? 'Removed' });
  }
  return entries;
}

/**
 * The meetings a transaction touched through their records (not the minutes): a meeting's own
 * record or attendance, or an agenda item or decision naming it.
 */
export function touchedMeetings(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const meetings = meetingsMap(doc);
  const others = new Set<unknown>([agendaItemsMap(doc), decisionsMap(doc)]);
  const touched = new Set<string>();
  const meetingOf = (record: unknown) => (record instanceof Y.Map ? record.get(AGENDA_FIELDS.meeting) : undefined);
  for (const [changed, keys] of transaction.changed) {
    const type: unknown = changed;
    if (type === meetings) {
      for (const key of keys) if (key !== null) touched.add(key);
      continue;
    }
    if (others.has(type) && type instanceof Y.Map) {
      for (const key of keys) {
        const meeting = key === null ? undefined : meetingOf(type.get(key));
        if (typeof meeting === 'string') touched.add(meeting);
      }
      continue;
    }
    let current: unknown = type;
    for (let place = placementOf(current); place !== null; place = placementOf(current)) {
      if (place.key === MEETING_FIELDS.minutes && place.parent instanceof Y.Map && placementOf(place.parent)?.parent === meetings) break;
      if (place.parent === meetings && place.key !== null) touched.add(place.key);
      else if (others.has(place.parent)) {
        const meeting = meetingOf(current);
        if (typeof meeting === 'string') touched.add(meeting);
      }
      current = place.parent;
    }
  }
  return touched;
}

export interface MeetingAuditOptions {
  readonly audited?: (origin: unknown) => boolean;
  readonly localIdentity: () => Identity | null;
  readonly now?: () => number;
}

const whoOf = (identity: Identity | null): AuditWho | null => (identity ? { name: identity.name, delegation: identity.delegation } : null);

/** Records the meeting rows of every audited transaction; others only move the baseline. */
export function watchMeetingAudit(doc: Y.Doc, recorder: Pick<AuditRecorder, 'record'>, options: MeetingAuditOptions): () => void {
  const now = options.now ?? (() => Date.now());
  const audited = options.audited ?? ((origin: unknown) => originPolicy(origin).audited);
  const snapshots = new Map<string, MeetingSnapshot>();
  for (const meeting of deriveMeetings(doc)) snapshots.set(meeting.id, meetingSnapshot(doc, meeting, docNames(doc)));
  const handler = (transaction: Y.Transaction) => {
    const touched = touchedMeetings(doc, transaction);
    if (touched.size === 0) return;
    const names = docNames(doc);
    const record = audited(transaction.origin);
    const origin: unknown = transaction.origin;
    const remote = isRemoteOrigin(origin) ? origin : null;
    const entries: AuditEntry[] = [];
    const at = now();
    for (const meeting of deriveMeetings(doc)) {
      if (!touched.has(meeting.id)) continue;
      const after = meetingSnapshot(doc, meeting, names);
      const before = snapshots.get(meeting.id);
      snapshots.set(meeting.id, after);
      if (!record) continue;
      entries.push(...meetingAuditEntries(meeting, before, after, {
        at,
        source: remote && remote.kind !== 'tab' ? remote.kind : 'local',
        sourceLabel: remote ? remote.label : '',
        whoFor: (stamped) => whoOf(remote
          ? (stamped ? stampedAuthor(doc, stamped, MEETING_FIELDS.editedBy) : null)
          : authorOf(doc, doc.clientID) ?? options.localIdentity()),
      }));
    }
    if (entries.length > 0) recorder.record(entries);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

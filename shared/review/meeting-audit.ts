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
import { AGENDA_FIELDS, MEETING_FIELDS, agendaItemsMap, decisionsMap, meetingsMap } from '../workspace/meetings/meeting-schema';
import { deriveAgenda, deriveDecisions, deriveMeetings, type MeetingView } from '../workspace/meetings/meeting-view';
import { originPolicy } from '../workspace/origins';
import { placementOf } from '../yjs/internals';
import type { AuditEntry, AuditWho } from './audit';
import type { AuditRecorder } from './audit-recorder';
import { docNames } from './doc-names';
import type { Names } from './field-format';
import { meetingLineWords, type MeetingAuditField, type MeetingLine } from './meeting-audit-fields';

interface Line {
  readonly field: MeetingAuditField;
  readonly line: MeetingLine;
  /** The line in English words (what the row stores as `before`/`after`). */
  readonly value: string;
  /** The record whose editedBy stamp names who changed this line. */
  readonly record: Y.Map<unknown> | null;
}

/** A meeting line by line (keys are stable: `title`, `agenda:<id>`, …). */
export type MeetingSnapshot = ReadonlyMap<string, Line>;

function attendeeName(attendee: Attendee | null, names: Names): string | null {
  if (!attendee) return null;
  return attendee.kind === 'person' ? names.person(attendee.person) : attendee.name;
}

export function meetingSnapshot(doc: Y.Doc, meeting: MeetingView, names: Names): MeetingSnapshot {
  const record = meetingsMap(doc).get(meeting.id);
  const own = record instanceof Y.Map ? record : null;
  const lines = new Map<string, Line>();
  const add = (key: string, field: MeetingAuditField, line: MeetingLine, from: Y.Map<unknown> | null = own) =>
    lines.set(key, { field, line, value: meetingLineWords(line), record: from });
  add('title', 'meetingTitle', { kind: 'title', title: meeting.title });
  add('start', 'meetingStart', { kind: 'start', startsAt: meeting.startsAt, timeZone: meeting.timeZone });
  add('place', 'meetingPlace', { kind: 'place', place: meeting.place ?? null, other: meeting.placeOther ?? null });
  add('status', 'meetingStatus', { kind: 'status', status: meeting.status ?? null });
  add('chairs', 'chairs', { kind: 'chairs', us: attendeeName(meeting.usChair, names), israel: attendeeName(meeting.israelChair, names) });
  // In the order of their English words, as the stored rows have always listed them.
  const byWords = (entry: { readonly name: string; readonly side: Side }) => meetingLineWords({ kind: 'attendance', present: [entry] });
  // Each entry's words computed once, not at every comparison.
  const present = meeting.attendees
    .map(({ attendee }) => ({ name: attendeeName(attendee, names) ?? '', side: attendee.side }))
    .map((entry) => ({ entry, words: byWords(entry) }))
    .sort((a, b) => (a.words < b.words ? -1 : a.words > b.words ? 1 : 0))
    .map(({ entry }) => entry);
  add('attendance', 'attendance', { kind: 'attendance', present });
  add('deleted', 'meetingDeleted', { kind: 'deleted', deleted: meeting.deleted });
  for (const item of deriveAgenda(doc, meeting.id)) {
    const stored = agendaItemsMap(doc).get(item.id);
    const presenter = item.presenter ? attendeeName(item.presenter, names) : null;
    add(`agenda:${item.id}`, 'agendaItem', { kind: 'agenda', title: item.title, presenter, minutes: item.minutesAllotted ?? null }, stored instanceof Y.Map ? stored : null);
  }
  deriveDecisions(doc, meeting.id).forEach((decision, index) => {
    const stored = decisionsMap(doc).get(decision.id);
    add(`decision:${decision.id}`, 'decision', { kind: 'decision', number: index + 1, text: decision.text, applied: Boolean(decision.appliedAt) }, stored instanceof Y.Map ? stored : null);
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
    entries.push({
      ...base, who: context.whoFor(now?.record ?? was?.record ?? null), field, before: was?.value ?? '', after: now?.value ?? 'Removed',
      lines: { before: was?.line ?? null, after: now?.line ?? null },
    });
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

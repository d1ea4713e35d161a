/**
 * Conflict detection: when a merge from a peer or a file (a RemoteOrigin transaction) brings a
 * change to a field that was changed concurrently, both values go to the inbox with their writers.
 *
 * Map fields (status, tier, due, leads, the supporting set as a whole) use Yjs's own causal record
 * (item-chain.ts): two writes to one key are concurrent exactly when they are siblings in the
 * key's chain, i.e. their writers saw the same previous value. A sequential edit is a child of the
 * value it replaced and is never reported. For each sibling group that the merge completed (at
 * least one member is new), the member whose branch Yjs kept is "current" and every other
 * member's latest value is an "other"; equal values need no decision and are skipped.
 * Titles follow title-conflicts.ts. A meeting's attendance entries (one key each in the meeting's
 * attendance map, replaced whole) follow the same causal rule as a field. Supporting owners are a set whose members two laptops may add
 * and remove at once by design (schema.ts): that merges and is no conflict; what can lose a
 * decision is two laptops each creating the set, and that is reported.
 *
 * Seed migrations (seed-migration.ts) write under fixed client ids and lose every race by design:
 * a branch whose value is still a seed version's write is nobody's decision, so it never reaches
 * the inbox (a delegation's value beside it simply stands).
 *
 * Clears: the operations write a cleared lead, due date or tier as null (owners.ts), an item like
 * any other, so a clear racing a set is a sibling pair and reaches the inbox with who cleared. A
 * Yjs map delete would leave no item and no clock; the deleted-head branch in sideOf only covers
 * data written before clears became values.
 *
 * Keys are built from the two branches' first item ids, which every laptop sees alike: both
 * laptops merging the same concurrent edits write the same key, and Yjs keeps one copy.
 */
import * as Y from 'yjs';
import { deadlineShape } from '../compact/seed-schema';
import { conforms } from '../validation/shape';
import { originPolicy } from '../workspace/origins';
import { ACTION_FIELDS as F, actionsMap, conflictsMap, initiativesMap } from '../workspace/schema';
import { isSeedStamp } from '../workspace/seed-update';
import { attendanceId, conflictKey, parseConflictEntry, type ConflictEntry, type ConflictSide, type RecordKind } from './conflict-entry';
import { sameValue, type ConflictField, type FieldValue } from './fields';
import { chainUnits, deletedIn, idKey, isNewIn, setMembers, stampBy, unitValue, type ChainUnit } from './item-chain';
import { titleConflicts } from './title-conflicts';
import { attendeeShape } from '../workspace/meetings/attendees';
import { DECISION_FIELDS, MEETING_FIELDS, decisionsMap, meetingsMap } from '../workspace/meetings/meeting-schema';
import { hasPendingStructs, placementOf } from '../yjs/internals';

/** Origin of the inbox writes the detector makes: stored and synced, never undone, never audited. */
import { CONFLICT_ORIGIN } from '../workspace/origins';

export { CONFLICT_ORIGIN };

/** Map keys watched on each kind of record, and the inbox field each belongs to. */
const WATCHED: Readonly<Record<RecordKind, Readonly<Record<string, ConflictField>>>> = {
  action: { status: 'status', tier: 'tier', due: 'due', usLead: 'usLead', israelLead: 'israelLead', supporting: 'supporting' },
  initiative: { usLead: 'usLead', israelLead: 'israelLead', supporting: 'supporting' },
  decision: { [DECISION_FIELDS.text]: 'decisionText' },
  // Every key of a meeting's attendance is one entry (attendanceWatch below).
  attendance: {},
};

/** setLead writes the lead and then its person in one transaction: the person is the next id. */
const PERSON_KEY: Readonly<Record<string, string>> = { usLead: F.usLeadPerson, israelLead: F.israelLeadPerson };

interface OwnedRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly map: Y.Map<unknown>;
  /** The map whose editedAt stamps say when a writer wrote: the record itself, or the meeting an attendance belongs to. */
  readonly stamps: Y.Map<unknown>;
}

function ownerOf(doc: Y.Doc, type: unknown): OwnedRecord | null {
  if (!(type instanceof Y.Map)) return null;
  const place = placementOf(type);
  if (!place || place.deleted || place.key === null) return null;
  if (place.parent === actionsMap(doc)) return { kind: 'action', id: place.key, map: type, stamps: type };
  if (place.parent === initiativesMap(doc)) return { kind: 'initiative', id: place.key, map: type, stamps: type };
  if (place.parent === decisionsMap(doc)) return { kind: 'decision', id: place.key, map: type, stamps: type };
  return null;
}

/**
 * A meeting's attendance map (meetings/<id>/attendees): each key is one entry, an Attendee value
 * replaced whole (meetings.ts planAttendee), so its chain of writes is watched like a record's field.
 */
function attendanceOf(doc: Y.Doc, type: unknown): { readonly meetingId: string; readonly map: Y.Map<unknown>; readonly meeting: Y.Map<unknown> } | null {
  if (!(type instanceof Y.Map)) return null;
  const place = placementOf(type);
  if (!place || place.deleted || place.key !== MEETING_FIELDS.attendees || !(place.parent instanceof Y.Map)) return null;
  const meetingPlace = placementOf(place.parent);
  if (!meetingPlace || meetingPlace.deleted || meetingPlace.key === null || meetingPlace.parent !== meetingsMap(doc)) return null;
  return { meetingId: meetingPlace.key, map: type, meeting: place.parent };
}

/**
 * Every inbox entry a transaction's merge reveals, by key. Reads only; writes nothing. Call it in
 * afterTransaction (values are read before gc) on a document whose root maps are typed.
 */
export function detectConflicts(doc: Y.Doc, transaction: Y.Transaction, now: Date): Map<string, ConflictEntry> {
  const found = new Map<string, ConflictEntry>();
  const detectedAt = now.toISOString();
  for (const [changed, keys] of transaction.changed) {
    const type: unknown = changed;
    const attendance = attendanceOf(doc, type);
    if (attendance) {
      for (const key of keys) {
        if (key === null) continue;
        const record: OwnedRecord = { kind: 'attendance', id: attendanceId(attendance.meetingId, key), map: attendance.map, stamps: attendance.meeting };
        mapConflicts(transaction, record, key, 'attendee', detectedAt, found);
      }
      continue;
    }
    const record = ownerOf(doc, type);
    if (record) {
      for (const key of keys) {
        const field = key === null ? undefined : WATCHED[record.kind][key];
        if (field && key !== null) mapConflicts(transaction, record, key, field, detectedAt, found);
      }
      continue;
    }
    const place = type instanceof Y.Text ? placementOf(type) : null;
    if (type instanceof Y.Text && place?.key === F.title && place.parent instanceof Y.Map) {
      const owner = ownerOf(doc, place.parent);
      if (owner?.kind === 'action') titleEntries(transaction, owner, type, detectedAt, found);
    }
  }
  return found;
}

function mapConflicts(
  transaction: Y.Transaction, record: OwnedRecord, key: string, field: ConflictField, detectedAt: string, found: Map<string, ConflictEntry>,
): void {
  const units = chainUnits(record.map, key);
  if (units.length < 2) return;
  const byId = new Map(units.map((unit) => [idKey(unit.id), unit]));
  const groups = new Map<string, ChainUnit[]>();
  for (const unit of units) {
    const group = groups.get(idKey(unit.origin));
    if (group) group.push(unit);
    else groups.set(idKey(unit.origin), [unit]);
  }
  const rightmost = units[units.length - 1]!;
  const lastKnown = [...units].reverse().find((unit) => !isNewIn(transaction, unit.id));
  for (const members of groups.values()) {
    if (members.length < 2 || !members.some((member) => isNewIn(transaction, member.id))) continue;
    const heads = branchHeads(units, members, byId);
    const winner = members.reduce((best, member) => (heads.get(member)!.position > heads.get(best)!.position ? member : best));
    const side = (unit: ChainUnit): ConflictSide | null => sideOf(transaction, record, key, unit, unit === rightmost, unit === lastKnown);
    const current = side(heads.get(winner)!);
    for (const member of members) {
      if (member === winner || (!isNewIn(transaction, member.id) && !isNewIn(transaction, winner.id))) continue;
      const other = side(heads.get(member)!);
      if (!current || !other || sameValue(current.value, other.value)) continue;
      if (isSeedStamp(heads.get(member)!.id.client) || isSeedStamp(heads.get(winner)!.id.client)) continue;
      const entryKey = conflictKey(record.kind, record.id, field, `${idKey(winner.id)}>${idKey(member.id)}`);
      found.set(entryKey, { v: 1, record: { kind: record.kind, id: record.id }, field, current, other, detectedAt });
    }
  }
}

/** For each member of a sibling group, the rightmost unit descending from it: its branch's value. */
function branchHeads(units: readonly ChainUnit[], members: readonly ChainUnit[], byId: ReadonlyMap<string, ChainUnit>): Map<ChainUnit, ChainUnit> {
  const branchOf = new Map<ChainUnit, ChainUnit>(members.map((member) => [member, member]));
  const heads = new Map<ChainUnit, ChainUnit>(members.map((member) => [member, member]));
  // YATA places every item right of its origin, so one left-to-right pass sees parents first.
  for (const unit of units) {
    const branch = branchOf.get(unit) ?? (unit.origin ? branchOf.get(byId.get(idKey(unit.origin))!) : undefined);
    if (!branch) continue;
    branchOf.set(unit, branch);
    heads.set(branch, unit);
  }
  return heads;
}

/**
 * A branch's value. A deleted head is a cleared field when nothing follows it (the field is empty
 * now) or when it was the last value this laptop had (it was cleared here before the merge), unless
 * writes are still waiting for missing updates.
 * Otherwise a deleted head's content may be gone: garbage-collected here after it lost an earlier
 * merge, or already on its sender, which then had merged a concurrent value over it and filed that
 * conflict itself. Such a side is unknown (null), and no entry is made from it.
 */
function sideOf(
  transaction: Y.Transaction, record: OwnedRecord, key: string, head: ChainUnit, isRightmost: boolean, isLastKnown: boolean,
): ConflictSide | null {
  const deletedEarlier = head.run.deleted && !deletedIn(transaction, head.run.id);
  if (head.run.deleted && (isRightmost || (deletedEarlier && isLastKnown))) {
    // Yjs applies a delete as soon as its item is present, while the write that replaced the item
    // may still wait for missing updates (pending structs): then the field only looks cleared.
    return hasPendingStructs(transaction.doc) ? null : { value: null, by: null, at: null };
  }
  const read = unitValue(head);
  const value = read.readable ? plainValue(transaction, record, key, head, read.value) : undefined;
  if (value === undefined) return null;
  return { value, by: String(head.id.client), at: stampBy(record.stamps, F.editedAt, head.id.client) };
}

function plainValue(transaction: Y.Transaction, record: OwnedRecord, key: string, head: ChainUnit, raw: unknown): FieldValue | undefined {
  // A cleared field (owners.ts writes clears as null).
  if (raw === null) return null;
  // A set that lost in this merge had its members deleted with it; the kept set shows what it holds now.
  if (key === F.supporting) return raw instanceof Y.Map ? setMembers(raw, head.run.deleted ? transaction : null) : undefined;
  const personKey = PERSON_KEY[key];
  if (personKey) {
    if (typeof raw !== 'string') return undefined;
    const personUnit = chainUnits(record.map, personKey)
      .find((unit) => unit.id.client === head.id.client && unit.id.clock === head.id.clock + 1);
    const person = personUnit ? unitValue(personUnit) : null;
    if (person && (!person.readable || (person.value !== null && typeof person.value !== 'string'))) return undefined;
    return { institution: raw, person: typeof person?.value === 'string' ? person.value : null };
  }
  if (record.kind === 'attendance') return conforms(attendeeShape, raw) ? raw : undefined;
  if (key === F.due) return conforms(deadlineShape, raw) ? raw : undefined;
  return typeof raw === 'string' ? raw : undefined;
}

function titleEntries(transaction: Y.Transaction, record: OwnedRecord, text: Y.Text, detectedAt: string, found: Map<string, ConflictEntry>): void {
  for (const conflict of titleConflicts(text, transaction)) {
    const side = (value: string, client: number): ConflictSide =>
      ({ value, by: String(client), at: stampBy(record.map, F.editedAt, client) });
    found.set(conflictKey(record.kind, record.id, 'title', conflict.detail), {
      v: 1, record: { kind: record.kind, id: record.id }, field: 'title', detectedAt,
      current: side(conflict.merged, conflict.remoteWriter),
      other: side(conflict.before, conflict.localWriter),
    });
  }
}

/**
 * Watches every merge from a peer or a file and files what it reveals in the inbox, in a
 * transaction of its own (CONFLICT_ORIGIN) right after the merge. A key already present (the other
 * laptop detected it and its entry came with the merge) is left as it is. A failure here is
 * reported and never undoes or blocks the merge.
 */
export function watchConflicts(doc: Y.Doc, onError: (error: unknown) => void, now: () => Date = () => new Date()): () => void {
  // Typed root maps first: a root Yjs created untyped while integrating an update is replaced by
  // its typed version on first use, and records compared against the old one would not match.
  actionsMap(doc);
  initiativesMap(doc);
  meetingsMap(doc);
  conflictsMap(doc);
  const handler = (transaction: Y.Transaction) => {
    if (!originPolicy(transaction.origin).conflictChecked) return;
    let fresh: [string, ConflictEntry][];
    try {
      const inbox = conflictsMap(doc);
      // Only what this laptop would itself accept from a peer is filed (a hostile record id, say, is not).
      fresh = [...detectConflicts(doc, transaction, now())].filter(([key, entry]) => !inbox.has(key) && parseConflictEntry(key, entry).ok);
    } catch (error) {
      onError(error);
      return;
    }
    if (fresh.length === 0) return;
    doc.transact(() => {
      for (const [key, entry] of fresh) conflictsMap(doc).set(key, entry);
    }, CONFLICT_ORIGIN);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

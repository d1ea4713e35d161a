import * as Y from 'yjs';
import { isWaitingForMissing } from '../yjs/internals';
import type { Identity } from '../identity/identity';
import { scratchOf } from '../sync/remote-update';
import { proveAndJudge, type GateContext, type GateRule } from '../sync/semantic-gate';
import { deriveActions, type ActionView } from '../workspace/action-view';
import { deriveEventDates } from '../workspace/event-dates';
import { deriveInstitutions } from '../workspace/institution-view';
import { nameOfInstitution } from '../workspace/institution-name';
import { deriveInitiativeOwners, derivePeople } from '../workspace/owner-view';
import { ACTION_FIELDS, actionsMap, conflictsMap, RESERVED_CLIENT_IDS } from '../workspace/schema';
import { authorOf, authorsOfUpdate } from '../workspace/authors';
import { creationOf, fieldWriter } from '../review/attribution';
import { parseConflictEntry, type ConflictEntry } from '../review/conflict-entry';
import { DECISION_FIELDS, decisionsMap } from '../workspace/meetings/meeting-schema';
import { watchConflicts } from '../review/conflicts';
import { sameValue, TRACKED_FIELDS, viewValue, type FieldValue, type TrackedField } from '../review/fields';
import type { StructId } from '../yjs/internals';

/**
 * What an update would change in a workspace, worked out without touching it: the update is
 * integrated into a scratch copy (scratchOf, then the same V1 integration that proves remote
 * updates), and the derived views before and after are compared. The app shows this before a
 * merge; the inspector shows it against a new workspace (the canonical seed alone).
 */
export interface ActionLine {
  readonly id: string;
  readonly title: string;
  /** For a changed action, the fields that differ, in words ("status", "U.S. lead"). */
  readonly fields: readonly string[];
  /**
   * Who wrote this change (not who made the record): for an added action its creator, for a
   * deleted one who deleted it, for a changed one the writer of its first changed field (each
   * field says its own in `changes`). Null when the document cannot say.
   */
  readonly by: Identity | null;
  /** For a changed action, each tracked field before and after, with its own writer. */
  readonly changes: readonly FieldLine[];
}

export interface FieldLine {
  readonly field: TrackedField;
  readonly before: FieldValue;
  readonly after: FieldValue;
  readonly by: Identity | null;
}

/** A conflict the merge would open: the entry, the record's name, and both writers by name. */
export interface OpenedConflict {
  readonly entry: ConflictEntry;
  readonly title: string;
  readonly current: Identity | null;
  readonly other: Identity | null;
}

/** An anchor event's date as it was and as it would be: a date, or the text a peer wrote that is not one. */
export interface EventDateLine {
  readonly id: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface DirectoryLine {
  readonly id: string;
  /** The full name. */
  readonly name: string;
}

/** An institution also has the label every view names it by (institution-name.ts). */
export interface InstitutionLine extends DirectoryLine {
  readonly label: string;
}

export interface BundleSummary {
  /** The workspace holds everything in the update already: merging changes nothing. */
  readonly nothingNew: boolean;
  /**
   * Part of the update builds on changes the workspace lacks. Yjs would hold that part back,
   * invisible and not saved, until the missing changes arrive: the app refuses such a merge.
   */
  readonly waitsForMissing: boolean;
  readonly actionsAdded: readonly ActionLine[];
  readonly actionsChanged: readonly ActionLine[];
  readonly actionsDeleted: readonly ActionLine[];
  readonly institutionsAdded: readonly InstitutionLine[];
  readonly peopleAdded: readonly DirectoryLine[];
  /** Anchor events whose date is set, changed or cleared. */
  readonly eventDatesChanged: readonly string[];
  /** The same, with the dates. */
  readonly eventDateChanges: readonly EventDateLine[];
  /**
   * Concurrent changes the merge would file in the conflict inbox (the very detection the merge
   * runs, on the scratch copy): a value of the file's that loses to this laptop's shows nowhere
   * else, since the field does not change.
   */
  readonly conflictsOpened: readonly OpenedConflict[];
  /** Initiatives whose owners change. */
  readonly initiativesChanged: readonly string[];
  /** The people who wrote what is new to the workspace (resolved against the merged authors). */
  readonly authors: readonly Identity[];
  /** Writers of new content that no valid authors entry names. */
  readonly unattributedWriters: number;
}

/** `rule`: the semantic gate refused the content (a valid update that the workspace's rules forbid). */
export type SummaryResult =
  | { readonly ok: true; readonly summary: BundleSummary }
  | { readonly ok: false; readonly reason: string; readonly rule?: GateRule };

const FIELD_LABELS: ReadonlyArray<readonly [keyof ActionView, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['status', 'status'],
  ['tier', 'tier'],
  ['order', 'position'],
  ['initiative', 'initiative'],
  ['usLead', 'U.S. lead'],
  ['usLeadPerson', 'U.S. lead person'],
  ['israelLead', 'Israel lead'],
  ['israelLeadPerson', 'Israel lead person'],
  ['supporting', 'supporting owners'],
  ['dependsOn', 'dependencies'],
  ['due', 'due date'],
];

/**
 * The preview runs the very check the merge runs (proveAndJudge, semantic-gate.ts): a file the
 * merge would refuse is refused here, with the same reason, before anyone is asked to confirm.
 */
export function summarizeChanges(base: Y.Doc, payload: Uint8Array, context: GateContext = {}, origin: unknown = null): SummaryResult {
  const scratch = scratchOf(base);
  try {
    const before = snapshot(scratch);
    const pendingBefore = hasPending(scratch);
    let changed = false;
    scratch.on('update', () => (changed = true));
    const inboxBefore = new Set(conflictsMap(scratch).keys());
    const stopConflicts = watchConflicts(scratch, () => undefined);
    const proven = proveAndJudge(scratch, base, payload.slice(), origin, context);
    stopConflicts();
    if (!proven.ok) return proven;
    const after = snapshot(scratch);
    const seen = Y.decodeStateVector(Y.encodeStateVector(base));
    const isNew = (id: StructId) => id.clock >= (seen.get(id.client) ?? 0);
    const datesChanged = changedKeys(before.eventDates, after.eventDates);
    const newContent = Y.diffUpdate(payload, Y.encodeStateVector(base));
    const { authors, unattributed } = writers(scratch, newContent);
    return {
      ok: true,
      summary: {
        nothingNew: !changed,
        waitsForMissing: hasPending(scratch) && !pendingBefore,
        ...compareActions(before.actions, after.actions, scratch, isNew),
        institutionsAdded: added(before.institutions, after.institutions).map((line) => ({ ...line, label: after.labels.get(line.id) ?? line.name })),
        peopleAdded: added(before.people, after.people),
        eventDatesChanged: datesChanged,
        eventDateChanges: datesChanged.map((id) => ({ id, before: before.eventDates.get(id) ?? null, after: after.eventDates.get(id) ?? null })),
        conflictsOpened: openedConflicts(scratch, inboxBefore),
        initiativesChanged: changedKeys(before.initiatives, after.initiatives),
        authors,
        unattributedWriters: unattributed,
      },
    };
  } catch (error) {
    return { ok: false, reason: `What the file changes could not be worked out (${error instanceof Error ? error.message : String(error)}).` };
  } finally {
    scratch.destroy();
  }
}

/** Whether a summary lists anything a person would see (the rest is bookkeeping, e.g. authors). */
export function listsChanges(summary: BundleSummary): boolean {
  return [summary.actionsAdded, summary.actionsChanged, summary.actionsDeleted, summary.institutionsAdded, summary.peopleAdded,
    summary.eventDatesChanged, summary.initiativesChanged, summary.conflictsOpened].some((list) => list.length > 0);
}

function snapshot(doc: Y.Doc) {
  const eventDates = deriveEventDates(doc);
  const directory = deriveInstitutions(doc);
  return {
    actions: new Map(deriveActions(doc).map((view) => [view.id, view])),
    institutions: new Map([...directory].map(([id, view]) => [id, view.name])),
    labels: new Map([...directory].map(([id, view]) => [id, nameOfInstitution(view).label])),
    people: new Map([...derivePeople(doc)].map(([id, view]) => [id, view.name])),
    eventDates: new Map([...eventDates.dates, ...eventDates.problems].map(([id, value]) => [id, value])),
    initiatives: new Map([...deriveInitiativeOwners(doc)].map(([code, owners]) => [code, JSON.stringify(owners)])),
  };
}

function compareActions(before: ReadonlyMap<string, ActionView>, after: ReadonlyMap<string, ActionView>, doc: Y.Doc, isNew: (id: StructId) => boolean) {
  const actionsAdded: ActionLine[] = [];
  const actionsChanged: ActionLine[] = [];
  const actionsDeleted: ActionLine[] = [];
  const writer = (id: string, field: TrackedField) => fieldWriter(doc, id, field, isNew).who;
  for (const [id, next] of after) {
    const old = before.get(id);
    if (!old) {
      if (next.deleted) actionsDeleted.push({ id, title: next.title, fields: [], by: writer(id, 'deleted'), changes: [] });
      else actionsAdded.push({ id, title: next.title, fields: [], by: creationOf(doc, id).who, changes: [] });
      continue;
    }
    if (next.deleted && !old.deleted) {
      actionsDeleted.push({ id, title: next.title, fields: [], by: writer(id, 'deleted'), changes: [] });
      continue;
    }
    const fields = FIELD_LABELS.filter(([key]) => JSON.stringify(old[key]) !== JSON.stringify(next[key])).map(([, label]) => label);
    if (old.deleted && !next.deleted) fields.unshift('restored');
    if (fields.length === 0) continue;
    const changes = TRACKED_FIELDS.filter((field) => !sameValue(viewValue(old, field), viewValue(next, field)))
      .map((field): FieldLine => ({ field, before: viewValue(old, field), after: viewValue(next, field), by: writer(id, field) }));
    actionsChanged.push({ id, title: next.title, fields, by: changes[0]?.by ?? next.editedBy, changes });
  }
  for (const [id, old] of before) {
    if (!after.has(id)) actionsDeleted.push({ id, title: old.title, fields: [], by: null, changes: [] });
  }
  return { actionsAdded, actionsChanged, actionsDeleted };
}

/** Conflict entries the merge filed that the workspace did not hold, each as stored (validated). */
function openedConflicts(doc: Y.Doc, before: ReadonlySet<string>): OpenedConflict[] {
  const opened: OpenedConflict[] = [];
  const who = (by: string | null) => (by === null ? null : authorOf(doc, Number(by)));
  for (const [key, value] of conflictsMap(doc)) {
    if (before.has(key)) continue;
    const parsed = parseConflictEntry(key, value);
    if (!parsed.ok) continue;
    const entry = parsed.value;
    const record = entry.record.kind === 'action' ? actionsMap(doc).get(entry.record.id) : entry.record.kind === 'decision' ? decisionsMap(doc).get(entry.record.id) : null;
    const raw: unknown = record instanceof Y.Map ? record.get(entry.record.kind === 'decision' ? DECISION_FIELDS.text : ACTION_FIELDS.title) : undefined;
    const title = raw === undefined || raw === null || String(raw) === '' ? entry.record.id : String(raw);
    opened.push({ entry, title, current: who(entry.current.by), other: who(entry.other.by) });
  }
  return opened;
}

function added(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): DirectoryLine[] {
  return [...after].filter(([id]) => !before.has(id)).map(([id, name]) => ({ id, name }));
}

function changedKeys(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

function writers(doc: Y.Doc, update: Uint8Array): { authors: Identity[]; unattributed: number } {
  const people = new Map<string, Identity>();
  let unattributed = 0;
  for (const [client, identity] of authorsOfUpdate(doc, update)) {
    if (RESERVED_CLIENT_IDS.has(client)) continue;
    if (!identity) unattributed++;
    else people.set(`${identity.name}\u0000${identity.delegation}\u0000${identity.role}`, identity);
  }
  return { authors: [...people.values()], unattributed };
}

function hasPending(doc: Y.Doc): boolean {
  return isWaitingForMissing(doc);
}

import * as Y from 'yjs';
import { sameIdentity, type Identity } from '../identity/identity';
import { ACTION_FIELDS as F, PERSON_FIELDS, actionsMap, peopleMap } from './schema';
import { isActionStatus, type ActionStatus } from './action-status';
import { stampedAuthor, writerOf } from './authors';
import { deadlineShape, passageShape } from '../compact/seed-schema';
import { parse, type Parsed, type Shape } from '../validation/shape';
import type { Deadline } from '../compact/deadline-types';
import type { Passage, Tier } from '../compact/types';
import { isTier } from './lanes';
import { isSeedStamp } from './seed-update';
import { isOrderKey } from './ordering';
import type { ActionChanges } from './action-changes';

/**
 * The immutable view of an action that the UI renders. Derived from the document after every
 * change; records from peers are untrusted, so each field is read defensively and whatever is
 * missing or malformed is listed in `problems` instead of crashing the view.
 */
export interface ActionView {
  readonly id: string;
  readonly title: string;
  /** null when the stored value is not a known status; `rawStatus` then says what it was. */
  readonly status: ActionStatus | null;
  readonly rawStatus: string;
  readonly createdAt: string;
  readonly createdBy: Identity | null;
  readonly editedAt: string;
  readonly editedBy: Identity | null;
  /** Drafted from the compact by the canonical seed (not by a person). */
  readonly fromSeed: boolean;
  readonly description: string;
  /** null: not yet sequenced. */
  readonly tier: Tier | null;
  /** Fractional-index key within the tier ('' when missing or unreadable; sorts first, by id). */
  readonly order: string;
  readonly deleted: boolean;
  readonly usLeadPerson: string | null;
  readonly israelLeadPerson: string | null;
  /** Institution ids, sorted. */
  readonly supporting: readonly string[];
  /** Action ids this one waits for, sorted. */
  readonly dependsOn: readonly string[];
  readonly initiative: string | null;
  readonly usLead: string | null;
  readonly israelLead: string | null;
  readonly due: Deadline | null;
  readonly source: Passage | null;
  readonly tierSource: Passage | null;
  /** Why the tier stands without a passage about this action (or despite one); null: no note. */
  readonly tierNote: string | null;
  /**
   * Ids of the compact's discrepancies this draft takes a side in (seed-written): the app shows
   * the action as resting on a disputed value. Sorted; empty when none.
   */
  readonly disputedBy: readonly string[];
  /** The meeting decision that created this action (meetings/apply-decision.ts), or null. */
  readonly decision: string | null;
  readonly problems: readonly string[];
}

/**
 * All actions, oldest first (id breaks ties, so every replica shows the same order). Views equal
 * to one in `previous` are reused, so React skips rows that did not change. With `changed` (the
 * ids a transaction touched, see action-changes.ts) only those records are read again.
 */
export function deriveActions(doc: Y.Doc, previous: readonly ActionView[] = [], changed: ActionChanges = 'all'): readonly ActionView[] {
  if (changed !== 'all' && changed.size === 0 && previous.length > 0) return previous;
  const before = new Map(previous.map((view) => [view.id, view]));
  const views: ActionView[] = [];
  const refresh = (key: string, value: unknown) => {
    const view = safeDerive(doc, key, value);
    const old = before.get(key);
    return old && sameView(old, view) ? old : view;
  };
  if (changed === 'all' || previous.length === 0) {
    actionsMap(doc).forEach((value, key) => views.push(refresh(key, value)));
  } else {
    const map = actionsMap(doc);
    let same = true;
    for (const view of previous) {
      if (!changed.has(view.id)) views.push(view);
      else if (map.has(view.id)) {
        const next = refresh(view.id, map.get(view.id));
        same &&= next === view;
        views.push(next);
      } else same = false;
    }
    for (const key of changed) {
      if (!before.has(key) && map.has(key)) {
        views.push(refresh(key, map.get(key)));
        same = false;
      }
    }
    if (same) return previous;
  }
  return views.sort(byCreation);
}

function byCreation(a: ActionView, b: ActionView): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** A record no reading code anticipated must not stop the whole view (or the workspace opening). */
function safeDerive(doc: Y.Doc, key: string, value: unknown): ActionView {
  try {
    return deriveAction(doc, key, value);
  } catch (error) {
    return invalidRecord(key, `The record could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function deriveAction(doc: Y.Doc, key: string, value: unknown): ActionView {
  const problems: string[] = [];
  if (!(value instanceof Y.Map)) {
    return invalidRecord(key, `The record is not an action (found ${describe(value)}).`);
  }
  const title = value.get(F.title);
  if (!(title instanceof Y.Text)) problems.push(`The title is missing or not text (found ${describe(title)}).`);
  const status = value.get(F.status);
  if (!isActionStatus(status)) problems.push(`Unknown status ${JSON.stringify(status ?? null)}.`);
  const createdAt = readString(value.get(F.createdAt));
  const editedAt = readString(value.get(F.editedAt));
  const tier = value.get(F.tier);
  if (tier !== undefined && tier !== null && !isTier(tier)) problems.push(`Unknown tier ${JSON.stringify(tier)}.`);
  return {
    id: key,
    title: title instanceof Y.Text ? title.toString() : '',
    status: isActionStatus(status) ? status : null,
    rawStatus: typeof status === 'string' ? status : describe(status),
    createdAt,
    createdBy: stampedAuthor(doc, value, F.createdBy),
    editedAt,
    editedBy: stampedAuthor(doc, value, F.editedBy),
    fromSeed: isSeedStamp(writerOf(value, F.createdBy)),
    description: readText(value.get(F.description), 'description', problems),
    tier: isTier(tier) ? tier : null,
    order: readOrder(value.get(F.order), problems),
    deleted: value.get(F.deleted) === true,
    usLeadPerson: leadPerson(doc, value, F.usLead, F.usLeadPerson, 'U.S.', problems),
    israelLeadPerson: leadPerson(doc, value, F.israelLead, F.israelLeadPerson, 'Israel', problems),
    supporting: memberIds(value.get(F.supporting), 'supporting owners', problems),
    dependsOn: memberIds(value.get(F.dependsOn), 'dependencies', problems),
    initiative: optionalString(value, F.initiative, 'initiative', problems),
    usLead: optionalString(value, F.usLead, 'U.S. lead', problems),
    israelLead: optionalString(value, F.israelLead, 'Israel lead', problems),
    due: checked(value.get(F.due), readDeadline, 'due date', problems),
    source: checked(value.get(F.source), readPassage, 'source', problems),
    tierSource: checked(value.get(F.tierSource), readPassage, 'tier source', problems),
    tierNote: optionalString(value, F.tierNote, 'tier note', problems),
    disputedBy: disputedIds(value.get(F.disputedBy), problems),
    decision: typeof value.get(F.decision) === 'string' ? String(value.get(F.decision)) : null,
    problems,
  };
}

/**
 * A list of discrepancy ids, as the seed writes it. Read whole: a list with anything but short
 * ids in it is reported, not half-shown. Kept by identity while the stored list is the same.
 */
const disputedLists = new WeakMap<object, readonly string[]>();
const NOT_DISPUTED: readonly string[] = Object.freeze([]);
function disputedIds(value: unknown, problems: string[]): readonly string[] {
  if (value === undefined || value === null) return NOT_DISPUTED;
  if (Array.isArray(value) && value.length <= 64 && value.every((id) => typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(id))) {
    let list = disputedLists.get(value);
    if (!list) disputedLists.set(value, (list = [...(value as string[])].sort()));
    return list;
  }
  problems.push(`The disputed values are not readable (found ${describe(value)}).`);
  return NOT_DISPUTED;
}

function readText(value: unknown, label: string, problems: string[]): string {
  if (value === undefined) return '';
  if (value instanceof Y.Text) return value.toString();
  problems.push(`The ${label} is not text (found ${describe(value)}).`);
  return '';
}

function readOrder(value: unknown, problems: string[]): string {
  if (value === undefined) return '';
  if (isOrderKey(value)) return value;
  problems.push('The position in its lane is unreadable; it is shown first until moved.');
  return '';
}

/** The keys of a nested set map, sorted so every replica lists them alike. */
function memberIds(value: unknown, label: string, problems: string[]): readonly string[] {
  if (value === undefined) return [];
  if (!(value instanceof Y.Map)) {
    problems.push(`The ${label} are not readable (found ${describe(value)}).`);
    return [];
  }
  return [...value.keys()].sort();
}

/**
 * A lead's named person, kept only if they work at the lead institution. Lead and person are two
 * fields, so concurrent edits can pair one laptop's person with another's institution; such a
 * pair is reported, never shown as if it were a decision.
 */
function leadPerson(doc: Y.Doc, record: Y.Map<unknown>, leadField: string, personField: string, side: string, problems: string[]): string | null {
  const person = optionalString(record, personField, `${side} lead person`, problems);
  if (person === null) return null;
  const entry = peopleMap(doc).get(person);
  const institution = entry instanceof Y.Map ? entry.get(PERSON_FIELDS.institution) : undefined;
  if (institution !== record.get(leadField)) {
    problems.push(`The ${side} lead's named person does not work at the lead institution (concurrent edits?); name them again.`);
    return null;
  }
  return person;
}

/** Absent and null (a cleared field, see owners.ts) both read as no value. */
function optionalString(record: Y.Map<unknown>, field: string, label: string, problems: string[]): string | null {
  const value = record.get(field);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value !== '') return value;
  problems.push(`The ${label} is not readable (found ${describe(value)}).`);
  return null;
}

/**
 * Plain-object values are immutable in Yjs (an edit replaces the whole value), so a value's check
 * result is cached by identity: a large or hostile value is validated once, not on every keystroke.
 */
function cachedParser<T>(shape: Shape<T>): (value: unknown) => Parsed<T> {
  const results = new WeakMap<object, Parsed<T>>();
  return (value) => {
    if (typeof value !== 'object' || value === null) return parse(shape, value);
    let result = results.get(value);
    if (!result) results.set(value, (result = parse(shape, value)));
    return result;
  };
}

const readDeadline = cachedParser(deadlineShape);
const readPassage = cachedParser(passageShape);

/** A plain-object field from a peer, kept only if it has the shape the app relies on. */
function checked<T>(value: unknown, read: (value: unknown) => Parsed<T>, label: string, problems: string[]): T | null {
  if (value === undefined || value === null) return null;
  const result = read(value);
  if (result.ok) return result.value;
  problems.push(`The ${label} is not readable: ${result.issues[0]!.path.join('.') || 'value'} ${result.issues[0]!.message}.`);
  return null;
}

function invalidRecord(id: string, problem: string): ActionView {
  return {
    id, title: '', status: null, rawStatus: '', createdAt: '', createdBy: null,
    editedAt: '', editedBy: null, fromSeed: false, description: '', tier: null, order: '', deleted: false,
    usLeadPerson: null, israelLeadPerson: null, supporting: [], dependsOn: [], initiative: null, usLead: null,
    israelLead: null, due: null, source: null, tierSource: null, tierNote: null, disputedBy: NOT_DISPUTED, decision: null, problems: [problem],
  };
}

function readString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** What a field holds, in words (class names are mangled in the production build). */
function describe(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (value instanceof Y.Text) return 'text';
  if (value instanceof Y.Map) return 'a record';
  if (value instanceof Y.Array) return 'a list';
  if (value instanceof Y.AbstractType) return 'another shared type';
  return typeof value;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameView(a: ActionView, b: ActionView): boolean {
  return (
    a.title === b.title && a.status === b.status && a.rawStatus === b.rawStatus &&
    a.createdAt === b.createdAt && a.editedAt === b.editedAt &&
    sameIdentity(a.createdBy, b.createdBy) && sameIdentity(a.editedBy, b.editedBy) &&
    a.fromSeed === b.fromSeed && a.tier === b.tier && a.initiative === b.initiative &&
    a.description === b.description && a.order === b.order && a.deleted === b.deleted &&
    a.usLeadPerson === b.usLeadPerson && a.israelLeadPerson === b.israelLeadPerson &&
    sameList(a.supporting, b.supporting) && sameList(a.dependsOn, b.dependsOn) &&
    a.usLead === b.usLead && a.israelLead === b.israelLead &&
    // Plain-object fields are replaced whole on edit, so identity tells whether they changed.
    a.due === b.due && a.source === b.source && a.tierSource === b.tierSource &&
    a.tierNote === b.tierNote && a.disputedBy === b.disputedBy && a.decision === b.decision &&
    a.problems.length === b.problems.length && a.problems.every((p, i) => p === b.problems[i])
  );
}

/** One record's view, read like deriveActions reads it (undefined when there is no such record). */
export function actionViewOf(doc: Y.Doc, id: string): ActionView | undefined {
  const value = actionsMap(doc).get(id);
  return value === undefined ? undefined : safeDerive(doc, id, value);
}

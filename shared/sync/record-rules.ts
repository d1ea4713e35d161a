import * as Y from 'yjs';
import { dateProblem } from '../compact/calendar';
import { deadlineShape, passageShape } from '../compact/seed-schema';
import { INSTITUTION_KINDS, SIDES, TIERS } from '../compact/types';
import { validate, type Shape } from '../validation/shape';
import { MAX_DESCRIPTION_LENGTH } from '../workspace/action-edits';
import { isActionStatus } from '../workspace/action-status';
import { MAX_TITLE_LENGTH } from '../workspace/actions';
import { isOrderKey } from '../workspace/ordering';
import { MAX_NAME_LENGTH } from '../workspace/owners';
import { AGENDA_RULES, DECISION_RULES, MEETING_RULES } from '../workspace/meetings/meeting-rules';
import { ACTION_FIELDS as F, INSTITUTION_FIELDS as I, OWNER_FIELDS as O, PERSON_FIELDS as P, ROOT } from '../workspace/schema';

/**
 * What a record may hold, field by field: the types and limits the app's own operations enforce
 * (actions.ts, action-edits.ts, owners.ts, board.ts…), so that whatever a peer or a file writes
 * is something the UI could have written. A field check returns a problem in words, or null.
 *
 * `removable` fields are the ones the app itself may delete: an unlinked initiative, a restored
 * action's `deleted` flag, and every field a record can gain after it was created, since undoing
 * the edit that first set it (Y.UndoManager) deletes it again (leads, tier, due date, an
 * initiative record's stamps). Deleting a field every record is created with (title, status,
 * order, the sets…) is refused like deleting the record. Clears that the app writes as null are
 * values, accepted here.
 */
type FieldCheck = (value: unknown) => string | null;

interface FieldRule {
  readonly check: FieldCheck;
  readonly removable?: boolean;
  /** A shared type the record is created with and edits in place: replacing it is refused. */
  readonly fixed?: boolean;
}

/** Ids and codes the app writes are short; this bounds what a peer may put in one. */
export const MAX_ID_LENGTH = 200;
/** Members of a supporting-owners or dependency set; more than any plan has institutions or actions. */
export const MAX_SET_MEMBERS = 5_000;
const MAX_STAMP_LENGTH = 40;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const CLIENT_KEY = /^(0|[1-9]\d{0,9})$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (value instanceof Y.Text) return 'collaborative text';
  if (value instanceof Y.Map) return 'a map';
  if (value instanceof Y.AbstractType) return 'a shared type';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text of ${value.length} characters`;
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}

const text = (max: number): FieldCheck => (value) =>
  value instanceof Y.Text
    ? value.length > max ? `its text has ${value.length} characters (at most ${max})` : null
    : `expected collaborative text, found ${describe(value)}`;

const id = (nullable: boolean): FieldCheck => (value) => {
  if (value === null && nullable) return null;
  if (typeof value !== 'string' || value.length === 0) return `expected an id, found ${describe(value)}`;
  return value.length > MAX_ID_LENGTH ? `the id has ${value.length} characters (at most ${MAX_ID_LENGTH})` : null;
};

const name: FieldCheck = (value) => {
  if (typeof value !== 'string' || value.trim().length === 0) return `expected a name, found ${describe(value)}`;
  return value.length > MAX_NAME_LENGTH ? `the name has ${value.length} characters (at most ${MAX_NAME_LENGTH})` : null;
};

const oneOf = (allowed: readonly unknown[], nullable = false): FieldCheck => (value) =>
  (nullable && value === null) || allowed.includes(value) ? null : `expected one of ${allowed.join(', ')}, found ${describe(value)}`;

const time: FieldCheck = (value) =>
  typeof value === 'string' && value.length <= MAX_STAMP_LENGTH && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))
    ? null
    : `expected an ISO 8601 UTC time, found ${describe(value)}`;

const clientKey: FieldCheck = (value) =>
  typeof value === 'string' && CLIENT_KEY.test(value) && Number(value) <= 0xffffffff ? null : `expected a Yjs client id, found ${describe(value)}`;

const shaped = (shape: Shape, nullable: boolean): FieldCheck => (value) => {
  if (value === null && nullable) return null;
  if (value instanceof Y.AbstractType) return `expected a plain value, found ${describe(value)}`;
  const issues = validate(shape, value);
  return issues.length === 0 ? null : issues.map((issue) => [...issue.path, issue.message].join(': ')).join('; ');
};

/** A set kept as a nested map: member id → true (owners.ts, dependencies.ts). */
const set: FieldCheck = (value) => {
  if (!(value instanceof Y.Map)) return `expected a set, found ${describe(value)}`;
  if (value.size > MAX_SET_MEMBERS) return `the set has ${value.size} members (at most ${MAX_SET_MEMBERS})`;
  for (const [member, flag] of value) {
    const problem = id(false)(member);
    if (problem) return `member ${member.slice(0, 40)}: ${problem}`;
    if (flag !== true) return `member ${member}: expected true, found ${describe(flag)}`;
  }
  return null;
};

const order: FieldCheck = (value) =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && isOrderKey(value) ? null : `expected a position key, found ${describe(value)}`;

const status: FieldCheck = (value) => (isActionStatus(value) ? null : `expected a status, found ${describe(value)}`);

const OWNER_RULES: Record<string, FieldRule> = {
  [O.usLead]: { check: id(true), removable: true },
  [O.usLeadPerson]: { check: id(true), removable: true },
  [O.israelLead]: { check: id(true), removable: true },
  [O.israelLeadPerson]: { check: id(true), removable: true },
  [O.supporting]: { check: set },
};

const STAMP_RULES: Record<string, FieldRule> = {
  [F.editedAt]: { check: time },
  [F.editedBy]: { check: clientKey },
};

/** An initiative record is created with its supporting set only; its stamps come with the first edit. */
const INITIATIVE_STAMP_RULES: Record<string, FieldRule> = {
  [F.editedAt]: { check: time, removable: true },
  [F.editedBy]: { check: clientKey, removable: true },
};

const ACTION_RULES: Record<string, FieldRule> = {
  ...OWNER_RULES,
  ...STAMP_RULES,
  [F.title]: { check: text(MAX_TITLE_LENGTH) },
  [F.description]: { check: text(MAX_DESCRIPTION_LENGTH) },
  [F.status]: { check: status },
  [F.createdAt]: { check: time },
  [F.createdBy]: { check: clientKey },
  [F.tier]: { check: oneOf(TIERS, true), removable: true },
  [F.order]: { check: order },
  [F.initiative]: { check: id(false), removable: true },
  [F.dependsOn]: { check: set },
  [F.deleted]: { check: oneOf([true]), removable: true },
  [F.due]: { check: shaped(deadlineShape, true), removable: true },
  [F.source]: { check: shaped(passageShape, false) },
  [F.tierSource]: { check: shaped(passageShape, false) },
  [F.decision]: { check: id(false) },
};

const INSTITUTION_RULES: Record<string, FieldRule> = {
  [I.name]: { check: name },
  [I.shortName]: { check: name },
  [I.side]: { check: oneOf(SIDES) },
  [I.kind]: { check: oneOf(INSTITUTION_KINDS) },
  [I.parent]: { check: id(false) },
};

const PERSON_RULES: Record<string, FieldRule> = {
  [P.name]: { check: name },
  [P.institution]: { check: id(false) },
};

/** The roots whose entries are records (nested maps): deleting or replacing one is refused. */
export const RECORD_RULES: ReadonlyMap<string, Record<string, FieldRule>> = new Map([
  [ROOT.actions, ACTION_RULES],
  [ROOT.institutions, INSTITUTION_RULES],
  [ROOT.people, PERSON_RULES],
  [ROOT.initiatives, { ...OWNER_RULES, ...INITIATIVE_STAMP_RULES }],
  [ROOT.meetings, MEETING_RULES],
  [ROOT.agendaItems, AGENDA_RULES],
  [ROOT.decisions, DECISION_RULES],
]);

/** Whether `field` of a record under `root` is a shared type that must never be replaced. */
export function isFixedField(root: string, field: string): boolean {
  return RECORD_RULES.get(root)?.[field]?.fixed === true;
}

/** The problem with `field` of a record under `root` holding `value` (undefined: the key is absent), or null. */
export function fieldProblem(root: string, field: string, value: unknown, hadField: boolean): string | null {
  const rule = RECORD_RULES.get(root)?.[field];
  if (!rule) return 'it is not a field of this kind of record';
  if (value === undefined) return hadField && !rule.removable ? 'the field was deleted (the app never removes it)' : null;
  return rule.check(value);
}

/** A record collection's whole record, field by field (for a record the update creates). */
export function recordProblem(root: string, record: Y.Map<unknown>): { field: string; problem: string } | null {
  for (const [field, value] of record) {
    const problem = fieldProblem(root, field, value, false);
    if (problem) return { field, problem };
  }
  return null;
}

/** An anchor event's date (event-dates.ts): a real calendar day; removing it is how the app clears it. */
export function eventDateProblem(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return `expected a date, found ${describe(value)}`;
  return dateProblem(value);
}

export { describe as describeValue };

import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { ACTION_FIELDS as F, LOCAL_ORIGIN, actionsMap, authorKey, type ActionRecord } from './schema';
import { DEFAULT_ACTION_STATUS, isActionStatus, type ActionStatus } from './action-status';
import { applyTextChange } from './text-diff';
import { TIERS, type Tier } from '../compact/types';
import { laneEntries } from './lanes';
import { keyAtEnd } from './ordering';
import { lengthRefusal, type SaidProblem } from '../validation/text-limits';
import type { Refusal } from '../text/refusal';

/**
 * Every change to actions goes through these operations, for local edits and tests alike. Each
 * runs in one transaction with LOCAL_ORIGIN and stamps who edited (this document's client id,
 * which authors.ts maps to a person) and when. They throw OperationError on invalid input and
 * leave the document unchanged.
 */
export const MAX_TITLE_LENGTH = 500;

export class OperationError extends Error {
  override readonly name = 'OperationError';
  /** `message` is the English sentence; `refusal`, when given, how the interface says it in its language. */
  constructor(message: string, readonly refusal?: Refusal) {
    super(message);
  }

  static of(problem: SaidProblem): OperationError {
    return new OperationError(problem.message, problem.refusal);
  }
}

/**
 * An edit whose every check has passed: calling it writes, and cannot refuse. Operations that
 * combine steps (ownership.ts, conflict-resolution.ts) plan every step first, so a refused step
 * throws before anything is written, then apply them all in one transaction: all or none, since
 * Yjs cannot roll back a write. An applied step re-reads the record, so it sees the steps before it.
 */
export type PlannedEdit = () => void;

/** Applies planned edits as one local transaction. */
export function applyPlanned(doc: Y.Doc, edits: readonly PlannedEdit[]): void {
  doc.transact(() => {
    for (const edit of edits) edit();
  }, LOCAL_ORIGIN);
}

export interface NewAction {
  readonly title: string;
  readonly status?: ActionStatus;
  /** Absent: the action starts unsequenced. */
  readonly tier?: Tier;
  readonly initiative?: string;
}

export function addAction(doc: Y.Doc, input: NewAction, now: Date = new Date()): string {
  const title = checkTitle(input.title);
  const status = input.status ?? DEFAULT_ACTION_STATUS;
  if (!isActionStatus(status)) throw new OperationError(`Unknown status "${String(status)}".`);
  if (input.tier !== undefined && !TIERS.includes(input.tier)) throw new OperationError(`Unknown tier "${String(input.tier)}".`);
  const id = uuidv4();
  const by = authorKey(doc.clientID);
  const at = now.toISOString();
  doc.transact(() => {
    const record: ActionRecord = new Y.Map<unknown>();
    record.set(F.title, new Y.Text(title));
    record.set(F.status, status);
    record.set(F.createdAt, at);
    record.set(F.createdBy, by);
    record.set(F.editedAt, at);
    record.set(F.editedBy, by);
    record.set(F.description, new Y.Text());
    record.set(F.supporting, new Y.Map<unknown>());
    record.set(F.dependsOn, new Y.Map<unknown>());
    if (input.tier) record.set(F.tier, input.tier);
    if (input.initiative) record.set(F.initiative, input.initiative);
    record.set(F.order, keyAtEnd(laneEntries(doc, input.tier ?? null)));
    actionsMap(doc).set(id, record);
  }, LOCAL_ORIGIN);
  return id;
}

export function editActionTitle(doc: Y.Doc, id: string, nextTitle: string, now: Date = new Date()): void {
  applyPlanned(doc, [planActionTitle(doc, id, nextTitle, now)]);
}

/**
 * Typing writes through on every keystroke, so the text is kept as typed (a trailing space is a
 * word about to start). Refused whole, never cut: text over MAX_TITLE_LENGTH, and text that is
 * empty or only spaces, which would erase the title; in both cases the document keeps its title.
 */
export function planActionTitle(doc: Y.Doc, id: string, nextTitle: string, now: Date = new Date()): PlannedEdit {
  const problem = editedTitleProblem(nextTitle);
  if (problem) throw OperationError.of(problem);
  const record = requireAction(doc, id);
  const text = record.get(F.title);
  if (!(text instanceof Y.Text)) throw new OperationError(`Action ${id} has no editable title.`);
  return () => {
    if (text.toString() === nextTitle) return;
    applyTextChange(text, nextTitle);
    stampEdit(doc, record, now);
  };
}

export function setActionStatus(doc: Y.Doc, id: string, status: ActionStatus, now: Date = new Date()): void {
  applyPlanned(doc, [planActionStatus(doc, id, status, now)]);
}

export function planActionStatus(doc: Y.Doc, id: string, status: ActionStatus, now: Date = new Date()): PlannedEdit {
  if (!isActionStatus(status)) throw new OperationError(`Unknown status "${String(status)}".`);
  const record = requireAction(doc, id);
  return () => {
    if (record.get(F.status) === status) return;
    record.set(F.status, status);
    stampEdit(doc, record, now);
  };
}

export const EMPTY_EDITED_TITLE = 'A title cannot be empty; the last title is kept.';
export const EMPTY_NEW_TITLE = 'An action needs a title.';

/** Why an edited title is refused, or null when the document takes it. */
export function editedTitleProblem(title: string): SaidProblem | null {
  if (typeof title !== 'string' || title.trim().length === 0) return { message: EMPTY_EDITED_TITLE, refusal: { id: 'titleKept' } };
  return lengthRefusal('title', title, MAX_TITLE_LENGTH);
}

/** Why a new action's title is refused, or null; the title is stored trimmed. */
export function newTitleProblem(title: string): SaidProblem | null {
  const trimmed = typeof title === 'string' ? title.trim() : '';
  if (trimmed.length === 0) return { message: EMPTY_NEW_TITLE, refusal: { id: 'titleNeeded' } };
  return lengthRefusal('title', trimmed, MAX_TITLE_LENGTH);
}

function checkTitle(title: string): string {
  const problem = newTitleProblem(title);
  if (problem) throw OperationError.of(problem);
  return title.trim();
}

export function requireAction(doc: Y.Doc, id: string): ActionRecord {
  const record = actionsMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new OperationError(`No action with id ${id}.`);
  return record;
}

/**
 * Typing stamps a record on every keystroke; each stamp is a map write that Yjs keeps as a
 * tombstone once overwritten, which roughly doubled a typed title's size. So a stamp by the same
 * writer within STAMP_COALESCE_MS of the last one is skipped: `editedAt` is "last edited, to the
 * minute", and who edited is always exact.
 */
export const STAMP_COALESCE_MS = 60_000;

export function stampEdit(doc: Y.Doc, record: ActionRecord, now: Date): void {
  const by = authorKey(doc.clientID);
  const last = Date.parse(String(record.get(F.editedAt)));
  const recent = Number.isFinite(last) && now.getTime() - last >= 0 && now.getTime() - last < STAMP_COALESCE_MS;
  if (recent && record.get(F.editedBy) === by) return;
  record.set(F.editedAt, now.toISOString());
  record.set(F.editedBy, by);
}

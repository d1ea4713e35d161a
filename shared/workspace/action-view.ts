import * as Y from 'yjs';
import { sameIdentity, type Identity } from '../identity/identity';
import { ACTION_FIELDS as F, actionsMap } from './schema';
import { isActionStatus, type ActionStatus } from './action-status';
import { stampedAuthor } from './authors';

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
  readonly problems: readonly string[];
}

/**
 * All actions, oldest first (id breaks ties, so every replica shows the same order). Views equal
 * to one in `previous` are reused, so React skips rows that did not change.
 */
export function deriveActions(doc: Y.Doc, previous: readonly ActionView[] = []): readonly ActionView[] {
  const before = new Map(previous.map((view) => [view.id, view]));
  const views: ActionView[] = [];
  actionsMap(doc).forEach((value, key) => {
    const view = deriveAction(doc, key, value);
    const old = before.get(key);
    views.push(old && sameView(old, view) ? old : view);
  });
  return views.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
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
  return {
    id: key,
    title: title instanceof Y.Text ? title.toString() : '',
    status: isActionStatus(status) ? status : null,
    rawStatus: typeof status === 'string' ? status : describe(status),
    createdAt,
    createdBy: stampedAuthor(doc, value, F.createdBy),
    editedAt,
    editedBy: stampedAuthor(doc, value, F.editedBy),
    problems,
  };
}

function invalidRecord(id: string, problem: string): ActionView {
  return {
    id, title: '', status: null, rawStatus: '', createdAt: '', createdBy: null,
    editedAt: '', editedBy: null, problems: [problem],
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

function sameView(a: ActionView, b: ActionView): boolean {
  return (
    a.title === b.title && a.status === b.status && a.rawStatus === b.rawStatus &&
    a.createdAt === b.createdAt && a.editedAt === b.editedAt &&
    sameIdentity(a.createdBy, b.createdBy) && sameIdentity(a.editedBy, b.editedBy) &&
    a.problems.length === b.problems.length && a.problems.every((p, i) => p === b.problems[i])
  );
}

/**
 * Who wrote a field's current value, from the document itself. A plain value is attributed to
 * the client whose Yjs item holds it (authors.ts writerOf: it cannot be claimed by anyone else).
 * Text and sets have no single item: given what counts as new (since a review mark, or in one
 * merge), they are attributed to whoever wrote the new characters or members. What is left (a
 * cleared field, text that only lost characters) goes to the record's `editedBy` stamp, which the
 * operations write with every edit and which counts only if written by the client it names.
 */
import * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { authorOf, stampedAuthor, writerOf } from '../workspace/authors';
import { ACTION_FIELDS as F, actionsMap } from '../workspace/schema';
import type { TrackedField } from './fields';
import { keySlots, structId, textRuns, type StructId } from '../yjs/internals';

export interface FieldWriter {
  readonly client: number | null;
  readonly who: Identity | null;
  /** The record's editedAt, when its editedBy stamp is by the same client (else null). */
  readonly stampedAt: string | null;
}

/** Map keys whose item is the field's value (a lead's institution stands for the lead). */
const VALUE_KEYS: Partial<Record<TrackedField, string>> = {
  status: F.status, tier: F.tier, initiative: F.initiative, due: F.due, deleted: F.deleted,
  usLead: F.usLead, israelLead: F.israelLead,
};

function stampClient(record: Y.Map<unknown>): number | null {
  const stamp = record.get(F.editedBy);
  return typeof stamp === 'string' && writerOf(record, F.editedBy) === Number(stamp) ? Number(stamp) : null;
}

/** Which Yjs ids count as "new" for the question asked (since a review mark, in this transaction). */
export type IsNew = (id: StructId) => boolean;

export function fieldWriter(doc: Y.Doc, actionId: string, field: TrackedField, isNew?: IsNew): FieldWriter {
  const record = actionsMap(doc).get(actionId);
  if (!(record instanceof Y.Map)) return { client: null, who: null, stampedAt: null };
  const key = VALUE_KEYS[field];
  const stamped = stampClient(record);
  const content = key !== undefined ? writerOf(record, key) : isNew ? newContentWriter(record.get(field), isNew) : null;
  const client = content ?? stamped;
  const editedAt = record.get(F.editedAt);
  return {
    client,
    who: client === null ? null : authorOf(doc, client),
    stampedAt: client !== null && client === stamped && typeof editedAt === 'string' ? editedAt : null,
  };
}

/**
 * For text: the client that inserted most of the characters that are new and still there. For a
 * set: the client that added a new member. Null when nothing new is left (only deletions).
 */
function newContentWriter(value: unknown, isNew: IsNew): number | null {
  if (value instanceof Y.Text) {
    const counts = new Map<number, number>();
    for (const item of textRuns(value)) {
      if (item.deleted || item.content.kind !== 'text') continue;
      let fresh = 0;
      for (let offset = 0; offset < item.length; offset++) if (isNew(structId(item.id.client, item.id.clock + offset))) fresh++;
      if (fresh > 0) counts.set(item.id.client, (counts.get(item.id.client) ?? 0) + fresh);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  if (value instanceof Y.Map) {
    for (const slot of keySlots(value)) if (!slot.deleted && isNew(slot.id)) return slot.id.client;
  }
  return null;
}

/** Who created an action and when, from its verified `createdBy` stamp. */
export function creationOf(doc: Y.Doc, actionId: string): { readonly who: Identity | null; readonly at: string | null } {
  const record = actionsMap(doc).get(actionId);
  if (!(record instanceof Y.Map)) return { who: null, at: null };
  const who = stampedAuthor(doc, record, F.createdBy);
  const at = record.get(F.createdAt);
  return { who, at: who && typeof at === 'string' ? at : null };
}

/**
 * Who wrote a field's current value, from the document itself. A plain value is attributed to
 * the client whose Yjs item holds it (authors.ts writerOf: it cannot be claimed by anyone else).
 * Text, sets and cleared fields have no single item for their value; they are attributed to the
 * record's `editedBy` stamp, which the operations write with every edit and which counts only if
 * written by the client it names.
 */
import * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { authorOf, stampedAuthor, writerOf } from '../workspace/authors';
import { ACTION_FIELDS as F, actionsMap } from '../workspace/schema';
import type { TrackedField } from './fields';

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

export function fieldWriter(doc: Y.Doc, actionId: string, field: TrackedField): FieldWriter {
  const record = actionsMap(doc).get(actionId);
  if (!(record instanceof Y.Map)) return { client: null, who: null, stampedAt: null };
  const key = VALUE_KEYS[field];
  const stamped = stampClient(record);
  const client = (key !== undefined ? writerOf(record, key) : null) ?? stamped;
  const editedAt = record.get(F.editedAt);
  return {
    client,
    who: client === null ? null : authorOf(doc, client),
    stampedAt: client !== null && client === stamped && typeof editedAt === 'string' ? editedAt : null,
  };
}

/** Who created an action and when, from its verified `createdBy` stamp. */
export function creationOf(doc: Y.Doc, actionId: string): { readonly who: Identity | null; readonly at: string | null } {
  const record = actionsMap(doc).get(actionId);
  if (!(record instanceof Y.Map)) return { who: null, at: null };
  const who = stampedAuthor(doc, record, F.createdBy);
  const at = record.get(F.createdAt);
  return { who, at: who && typeof at === 'string' ? at : null };
}

/**
 * The records the canonical seed writes, each built in a fixed key order from plain copies of the
 * seed files' values: the encoded bytes depend on insertion order, never on the JSON's layout.
 */
import * as Y from 'yjs';
import type { Deadline } from '../compact/deadline-types';
import type { DraftAction, Institution, Passage } from '../compact/types';
import { ACTION_FIELDS as F, INSTITUTION_FIELDS as I, OWNER_FIELDS as O, authorKey } from './schema';
import { DEFAULT_ACTION_STATUS } from './action-status';

export function institutionRecord(institution: Institution): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(institutionFields(institution))) record.set(key, value);
  return record;
}

/** The fields institutionRecord writes, in its order. */
export function institutionFields(institution: Institution): Record<string, string> {
  const fields: Record<string, string> = { [I.name]: institution.name };
  if (institution.shortName) fields[I.shortName] = institution.shortName;
  fields[I.side] = institution.side;
  fields[I.kind] = institution.kind;
  if (institution.parent) fields[I.parent] = institution.parent;
  return fields;
}

export function ownerRecord(): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set(O.supporting, new Y.Map<unknown>());
  return record;
}

/**
 * A draft action as the seed creates it, stamped as created by `clientId` (a seed version's id)
 * at `createdAt`. Version 1's fields come first, in version 1's order; fields later versions added
 * (tierNote, disputedBy) follow, and only when the draft has them.
 */
export function actionRecord(draft: DraftAction, order: string, clientId: number, createdAt: string): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  const by = authorKey(clientId);
  record.set(F.title, new Y.Text(draft.title));
  record.set(F.status, DEFAULT_ACTION_STATUS);
  record.set(F.createdAt, createdAt);
  record.set(F.createdBy, by);
  record.set(F.editedAt, createdAt);
  record.set(F.editedBy, by);
  record.set(F.tier, draft.tier);
  record.set(F.order, order);
  record.set(F.description, new Y.Text());
  record.set(F.supporting, new Y.Map<unknown>());
  record.set(F.dependsOn, new Y.Map<unknown>());
  if (draft.initiative) record.set(F.initiative, draft.initiative);
  if (draft.usLead) record.set(F.usLead, draft.usLead);
  if (draft.israelLead) record.set(F.israelLead, draft.israelLead);
  if (draft.deadline) record.set(F.due, plainDeadline(draft.deadline));
  record.set(F.source, plainPassage(draft.source));
  if (draft.tierPassage) record.set(F.tierSource, plainPassage(draft.tierPassage));
  if (draft.tierNote) record.set(F.tierNote, draft.tierNote);
  if (draft.disputedBy) record.set(F.disputedBy, [...draft.disputedBy]);
  return record;
}

/** Fixed key order, whatever order the JSON file used: the encoded bytes depend on it. */
export function plainPassage(passage: Passage): Passage {
  return { section: passage.section, quote: passage.quote };
}

export function plainDeadline(deadline: Deadline): Deadline {
  const note = (value: Deadline) => (value.kind !== 'calendar' && deadline.kind !== 'calendar' && deadline.anchorNote ? { ...value, anchorNote: deadline.anchorNote } : value);
  switch (deadline.kind) {
    case 'within':
      return note({
        kind: 'within', phrase: deadline.phrase, event: deadline.event, eventStated: deadline.eventStated,
        offset: { amount: deadline.offset.amount, unit: deadline.offset.unit },
      });
    case 'window':
      return note({
        kind: 'window', phrase: deadline.phrase, event: deadline.event, eventStated: deadline.eventStated,
        from: { amount: deadline.from.amount, unit: deadline.from.unit },
        to: { amount: deadline.to.amount, unit: deadline.to.unit },
      });
    case 'calendar':
      return { kind: 'calendar', phrase: deadline.phrase, date: deadline.date };
  }
}

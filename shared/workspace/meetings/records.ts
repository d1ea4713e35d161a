/** Reading and stamping the meeting kinds' records, shared by their operations. */
import * as Y from 'yjs';
import { OperationError, stampEdit } from '../actions';
import { authorKey } from '../schema';
import { lengthRefusal, nounKey } from '../../validation/text-limits';
import type { TextNoun } from '../../text/refusal';

export type MeetingKind = 'meeting' | 'agenda item' | 'decision';

export function requireRecord(map: Y.Map<unknown>, kind: MeetingKind, id: string): Y.Map<unknown> {
  const record = map.get(id);
  if (!(record instanceof Y.Map)) throw new OperationError(`There is no ${kind} ${id}.`);
  return record;
}

/** A live record: present and not deleted. */
export function requireLive(map: Y.Map<unknown>, kind: MeetingKind, id: string): Y.Map<unknown> {
  const record = requireRecord(map, kind, id);
  if (record.get('deleted') === true) throw new OperationError(`The ${kind} ${id} is deleted; restore it first.`);
  return record;
}

/** Stamps a new record's creation and first edit. */
export function stampCreation(doc: Y.Doc, record: Y.Map<unknown>, now: Date): void {
  const by = authorKey(doc.clientID);
  const at = now.toISOString();
  record.set('createdAt', at);
  record.set('createdBy', by);
  record.set('editedAt', at);
  record.set('editedBy', by);
}

export { stampEdit };

/** Text a person typed: trimmed, refused when empty or over `limit`, never cut. */
export function checkedText(noun: TextNoun, value: string, limit: number): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length === 0) throw new OperationError(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} cannot be empty.`, { id: 'empty', values: { noun: nounKey(noun) } });
  const problem = lengthRefusal(noun, trimmed, limit);
  if (problem) throw OperationError.of(problem);
  return trimmed;
}

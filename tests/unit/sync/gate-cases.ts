/**
 * Hostile updates for the semantic gate's tests, each made the way an attacker would: a Yjs
 * document holding the victim's state, writing under a chosen client id, and the update it emits.
 */
import * as Y from 'yjs';
import type { GateRule } from '../../../shared/sync/semantic-gate';
import { actionsMap, authorsMap, conflictsMap, eventDatesMap, initiativesMap, institutionsMap, peopleMap } from '../../../shared/workspace/schema';
import { SEED } from '../../../shared/workspace/seed-update';

/** An attacker's document: `base`'s state, then `edit` written under `clientId`; `before` is `base`'s state vector. */
export function attack(base: Y.Doc, clientId: number, edit: (doc: Y.Doc) => void): { doc: Y.Doc; before: Uint8Array; update: Uint8Array } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  doc.clientID = clientId;
  const before = Y.encodeStateVector(base);
  doc.transact(() => edit(doc));
  return { doc, before, update: Y.encodeStateAsUpdate(doc, before) };
}

/** What `edit` writes on top of `base`'s state, under `clientId`. */
export function crafted(base: Y.Doc, clientId: number, edit: (doc: Y.Doc) => void): Uint8Array {
  const made = attack(base, clientId, edit);
  made.doc.destroy();
  return made.update;
}

export const ATTACKER = 77_777_777;

const firstKey = (map: Y.Map<unknown>) => [...map.keys()].sort()[0]!;
const record = (map: Y.Map<unknown>) => map.get(firstKey(map)) as Y.Map<unknown>;

export interface HostileCase {
  readonly name: string;
  readonly rule: GateRule;
  /** What the refusal must name (the record, the field, the rule's words). */
  readonly reason: RegExp;
  readonly clientId?: number;
  readonly edit: (doc: Y.Doc) => void;
}

/** One case per rule and per way of breaking it; all are refused against a seeded workspace. */
export const HOSTILE: readonly HostileCase[] = [
  { name: 'the wipe: an update that only deletes every action', rule: 'hard-delete', reason: /erases the action plan-/, edit: (doc) => {
    for (const key of [...actionsMap(doc).keys()]) actionsMap(doc).delete(key);
  } },
  { name: 'an initiative record erased', rule: 'hard-delete', reason: /erases the initiative record/, edit: (doc) => initiativesMap(doc).delete(firstKey(initiativesMap(doc))) },
  { name: 'an institution erased', rule: 'hard-delete', reason: /erases the institution/, edit: (doc) => institutionsMap(doc).delete(firstKey(institutionsMap(doc))) },
  { name: 'an action replaced by a string', rule: 'replaced-record', reason: /replaces the action plan-.* with text of 4 characters/, edit: (doc) => actionsMap(doc).set(firstKey(actionsMap(doc)), 'gone') },
  { name: 'an initiative record replaced by a string', rule: 'replaced-record', reason: /replaces the initiative record/, edit: (doc) => initiativesMap(doc).set(firstKey(initiativesMap(doc)), 'x') },
  { name: 'an action overwritten by an empty record', rule: 'replaced-record', reason: /with another record/, edit: (doc) => actionsMap(doc).set(firstKey(actionsMap(doc)), new Y.Map()) },
  { name: 'a numeric title', rule: 'invalid-field', reason: /field “title”: expected collaborative text, found the number 42/, edit: (doc) => record(actionsMap(doc)).set('title', 42) },
  { name: 'a 100,000-character title', rule: 'invalid-field', reason: /field “title”: its text has 10\d{4} characters \(at most 500\)/, edit: (doc) => {
    (record(actionsMap(doc)).get('title') as Y.Text).insert(0, 'x'.repeat(100_000));
  } },
  { name: 'a new action with an oversized title', rule: 'invalid-field', reason: /Action forged, field “title”: its text has 501 characters/, edit: (doc) => {
    const forged = new Y.Map<unknown>();
    forged.set('title', new Y.Text('y'.repeat(501)));
    actionsMap(doc).set('forged', forged);
  } },
  { name: 'a description over 20,000 characters', rule: 'invalid-field', reason: /field “description”/, edit: (doc) => {
    (record(actionsMap(doc)).get('description') as Y.Text).insert(0, 'd'.repeat(20_001));
  } },
  { name: 'an unknown status', rule: 'invalid-field', reason: /field “status”: expected a status/, edit: (doc) => record(actionsMap(doc)).set('status', 'hacked') },
  { name: 'an unknown tier', rule: 'invalid-field', reason: /field “tier”/, edit: (doc) => record(actionsMap(doc)).set('tier', 'tier-9') },
  { name: 'a field no action has', rule: 'invalid-field', reason: /field “payload”: it is not a field/, edit: (doc) => record(actionsMap(doc)).set('payload', 'z'.repeat(1000)) },
  { name: 'a title field deleted', rule: 'invalid-field', reason: /field “title”: the field was deleted/, edit: (doc) => record(actionsMap(doc)).delete('title') },
  { name: 'a supporting owner that is not a set member', rule: 'invalid-field', reason: /field “supporting”: member us-x: expected true/, edit: (doc) => {
    (record(actionsMap(doc)).get('supporting') as Y.Map<unknown>).set('us-x', 'yes');
  } },
  { name: 'a due date of the wrong shape', rule: 'invalid-field', reason: /field “due”/, edit: (doc) => record(actionsMap(doc)).set('due', { kind: 'someday' }) },
  { name: 'an institution with an unknown side', rule: 'invalid-field', reason: /Institution .*field “side”/, edit: (doc) => record(institutionsMap(doc)).set('side', 'mars') },
  { name: 'a person whose name is 201 characters', rule: 'invalid-field', reason: /Person p1, field “name”: the name has 201 characters/, edit: (doc) => {
    const person = new Y.Map<unknown>();
    person.set('name', 'n'.repeat(201));
    peopleMap(doc).set('p1', person);
  } },
  { name: 'a string where a record belongs', rule: 'invalid-entry', reason: /writes text of 3 characters as the person p2/, edit: (doc) => peopleMap(doc).set('p2', 'bob') },
  { name: '2 MB under an unknown root', rule: 'unknown-root', reason: /writes under “stash”, which is not part of a Tandem workspace/, edit: (doc) => doc.getMap('stash').set('blob', 'b'.repeat(2_000_000)) },
  { name: 'text written into a known root', rule: 'unknown-root', reason: /list or text content into “actions”|not part of a Tandem workspace|outside/, edit: (doc) => doc.getText('eventDates2').insert(0, 'x') },
  { name: 'a malformed anchor date', rule: 'invalid-entry', reason: /anchor date compact-signing/, edit: (doc) => eventDatesMap(doc).set('compact-signing', '2026-13-45') },
  { name: 'a malformed conflict inbox entry', rule: 'invalid-entry', reason: /conflict inbox entry k1 is malformed/, edit: (doc) => conflictsMap(doc).set('k1', { v: 9 }) },
  { name: 'an author entry for another client', rule: 'foreign-author', reason: /names the person behind Yjs client 123456, but it was written by client 77777777/, edit: (doc) => {
    authorsMap(doc).set('123456', { name: 'Yael Levi', delegation: 'israel', role: 'note-taker' });
  } },
  // Every released seed version's client id is reserved: the current one (a migration's, SEED) and version 1's.
  ...[SEED.clientId, 0x5eed0001].map((clientId): HostileCase => ({
    name: `new content under the seed’s reserved id ${clientId}`, rule: 'reserved-id', reason: new RegExp(`Yjs client ${clientId}, reserved for the compact's seed`), clientId, edit: (doc: Y.Doc) => {
      (record(actionsMap(doc)).get('title') as Y.Text).insert(0, 'Seeded: ');
    },
  })),
];

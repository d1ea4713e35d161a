/**
 * A meeting's agenda: items ordered by fractional-index keys among the meeting's live items, the
 * id breaking ties (ordering.ts, as the board orders actions), so two note-takers reordering at
 * once each land their move and every laptop shows one order with every item exactly once.
 * Links to actions, initiatives and discrepancies are a set keyed "kind:id".
 */
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { isOneOf } from '../../validation/one-of';
import { OperationError } from '../actions';
import { compareOrdered, isOrderKey, keyAtEnd, keysForMove, type Ordered } from '../ordering';
import { LOCAL_ORIGIN } from '../schema';
import { attendeeProblem, type Attendee } from './attendees';
import { AGENDA_FIELDS as A, MAX_AGENDA_TITLE_LENGTH, MAX_ALLOTTED_MINUTES, agendaItemsMap, meetingsMap } from './meeting-schema';
import { checkedText, requireLive, stampCreation, stampEdit } from './records';

export const LINK_KINDS = ['action', 'initiative', 'discrepancy'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export function linkKey(kind: LinkKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id of a link key, or null for a key the app does not write. */
export function parseLinkKey(key: string): { kind: LinkKind; id: string } | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  const id = key.slice(at + 1);
  return at > 0 && id.length > 0 && isOneOf(LINK_KINDS, kind) ? { kind, id } : null;
}

/** The meeting's live agenda items in order, read from the document (for operations). */
export function agendaEntries(doc: Y.Doc, meetingId: string, except?: string): Ordered[] {
  const entries: Ordered[] = [];
  agendaItemsMap(doc).forEach((value, id) => {
    if (id === except || !(value instanceof Y.Map)) return;
    if (value.get(A.meeting) !== meetingId || value.get(A.deleted) === true) return;
    const order = value.get(A.order);
    entries.push({ id, order: isOrderKey(order) ? order : '' });
  });
  return entries.sort(compareOrdered);
}

function checkAllotted(minutes: number | null): void {
  if (minutes === null) return;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ALLOTTED_MINUTES) {
    throw new OperationError(`Time allotted must be a whole number of minutes from 1 to ${MAX_ALLOTTED_MINUTES}.`, { id: 'allottedRange', values: { max: MAX_ALLOTTED_MINUTES } });
  }
}

function checkPresenter(presenter: Attendee | null): void {
  const problem = presenter === null ? null : attendeeProblem(presenter);
  if (problem) throw new OperationError(`The presenter: ${problem}.`);
}

export interface NewAgendaItem {
  readonly title: string;
  readonly presenter?: Attendee | null;
  readonly minutesAllotted?: number | null;
}

export function addAgendaItem(doc: Y.Doc, meetingId: string, input: NewAgendaItem, now: Date = new Date()): string {
  requireLive(meetingsMap(doc), 'meeting', meetingId);
  const title = checkedText('title', input.title, MAX_AGENDA_TITLE_LENGTH);
  checkPresenter(input.presenter ?? null);
  checkAllotted(input.minutesAllotted ?? null);
  const id = uuidv4();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(A.meeting, meetingId);
    record.set(A.title, title);
    record.set(A.order, keyAtEnd(agendaEntries(doc, meetingId)));
    record.set(A.presenter, input.presenter ?? null);
    record.set(A.minutesAllotted, input.minutesAllotted ?? null);
    record.set(A.links, new Y.Map<unknown>());
    stampCreation(doc, record, now);
    agendaItemsMap(doc).set(id, record);
  }, LOCAL_ORIGIN);
  return id;
}

function edit(doc: Y.Doc, id: string, write: (record: Y.Map<unknown>) => void, now: Date): void {
  const record = requireLive(agendaItemsMap(doc), 'agenda item', id);
  doc.transact(() => {
    write(record);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

export function editAgendaItem(
  doc: Y.Doc, id: string, input: { title?: string; presenter?: Attendee | null; minutesAllotted?: number | null }, now: Date = new Date(),
): void {
  const title = input.title === undefined ? undefined : checkedText('title', input.title, MAX_AGENDA_TITLE_LENGTH);
  if (input.presenter !== undefined) checkPresenter(input.presenter);
  if (input.minutesAllotted !== undefined) checkAllotted(input.minutesAllotted);
  edit(doc, id, (record) => {
    if (title !== undefined) record.set(A.title, title);
    if (input.presenter !== undefined) record.set(A.presenter, input.presenter);
    if (input.minutesAllotted !== undefined) record.set(A.minutesAllotted, input.minutesAllotted);
  }, now);
}

/** Puts item `id` at `index` of its meeting's agenda (counted without the item itself). */
export function moveAgendaItem(doc: Y.Doc, id: string, index: number, now: Date = new Date()): void {
  if (!Number.isInteger(index) || index < 0) throw new OperationError(`Position ${String(index)} is not a place on the agenda.`);
  const record = requireLive(agendaItemsMap(doc), 'agenda item', id);
  const keys = keysForMove(agendaEntries(doc, String(record.get(A.meeting)), id), index, id);
  edit(doc, id, () => {
    for (const [key, order] of keys) {
      const target = agendaItemsMap(doc).get(key);
      if (target instanceof Y.Map && target.get(A.order) !== order) target.set(A.order, order);
    }
  }, now);
}

/** Keyboard moves: one place up or down. */
export function moveAgendaItemBy(doc: Y.Doc, id: string, delta: -1 | 1, now: Date = new Date()): void {
  const record = requireLive(agendaItemsMap(doc), 'agenda item', id);
  const entries = agendaEntries(doc, String(record.get(A.meeting)));
  const at = entries.findIndex((entry) => entry.id === id);
  const target = at + delta;
  if (at < 0 || target < 0 || target >= entries.length) return;
  moveAgendaItem(doc, id, target, now);
}

export function setAgendaLink(doc: Y.Doc, id: string, kind: LinkKind, target: string, linked: boolean, now: Date = new Date()): void {
  if (!isOneOf(LINK_KINDS, kind)) throw new OperationError(`Unknown link kind “${String(kind)}”.`);
  if (typeof target !== 'string' || target.length === 0 || target.length > 180) throw new OperationError('A link needs the id of what it links to.');
  const record = requireLive(agendaItemsMap(doc), 'agenda item', id);
  const links = record.get(A.links);
  if (!(links instanceof Y.Map)) throw new OperationError(`Agenda item ${id} has no links.`);
  const key = linkKey(kind, target);
  if (links.has(key) === linked) return;
  edit(doc, id, () => (linked ? links.set(key, true) : links.delete(key)), now);
}

export function setAgendaItemDeleted(doc: Y.Doc, id: string, deleted: boolean, now: Date = new Date()): void {
  const record = agendaItemsMap(doc).get(id);
  if (!(record instanceof Y.Map)) throw new OperationError(`There is no agenda item ${id}.`);
  if ((record.get(A.deleted) === true) === deleted) return;
  doc.transact(() => {
    if (deleted) record.set(A.deleted, true);
    else record.delete(A.deleted);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

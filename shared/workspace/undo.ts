/**
 * Undo and redo of this person's own changes only. Y.UndoManager tracks transactions whose origin
 * is LOCAL_ORIGIN (the user's edits on this device); updates from peers, files, other tabs and the
 * seed carry other origins and are never undone. The authors map is left out: who wrote what is
 * not an edit to take back. Keystrokes within CAPTURE_MS merge into one step.
 *
 * Creating a record is special. Yjs undoes a creation by deleting the inserted map, and with it
 * everything inside it, whoever wrote it: a colleague's description, status, dependencies. So a
 * creation is always its own step (see `isolateStep`), and undoing it never deletes: an action
 * goes to Deleted actions (restorable, with all it holds) and a directory entry stays, since others
 * may already name it. Meetings, agenda items and decisions are soft-deleted the same way (the
 * minutes, others' agenda links and words stay in them, restorable). Those steps are handled here
 * instead of by Yjs.
 */
import * as Y from 'yjs';
import { keySlots } from '../yjs/internals';
import { stampEdit } from './actions';
import { UNDO_CREATION_ORIGIN, UNDOABLE_ORIGINS } from './origins';
import { ACTION_FIELDS, actionsMap, eventDatesMap, initiativesMap, institutionsMap, peopleMap } from './schema';
import { agendaItemsMap, decisionsMap, meetingsMap } from './meetings/meeting-schema';

export const CAPTURE_MS = 600;

export { UNDO_CREATION_ORIGIN };

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(
    // The meeting roots too: a meeting's fields, attendance, agenda and decisions. Its minutes are
    // inside a meeting record, but TipTap's binding writes them under its own origin (not tracked
    // here): the minutes editor has its own undo of one's own typing.
    [actionsMap(doc), institutionsMap(doc), peopleMap(doc), initiativesMap(doc), eventDatesMap(doc), meetingsMap(doc), agendaItemsMap(doc), decisionsMap(doc)],
    { trackedOrigins: new Set(UNDOABLE_ORIGINS), captureTimeout: CAPTURE_MS },
  );
}

/** Runs `edit` as an undo step of its own (not merged with the steps before or after it). */
export function isolateStep<T>(undo: Y.UndoManager, edit: () => T): T {
  undo.stopCapturing();
  try {
    return edit();
  } finally {
    undo.stopCapturing();
  }
}

/** Keys of `map` whose record was inserted by this stack item. */
function createdIn(map: Y.Map<unknown>, item: { insertions: Parameters<typeof Y.isDeleted>[0] }): string[] {
  return keySlots(map).filter((slot) => !slot.deleted && Y.isDeleted(item.insertions, slot.id)).map((slot) => slot.key);
}

export interface UndoResult {
  /** Actions whose creation was undone: moved to Deleted actions instead of erased. */
  readonly softDeleted: readonly string[];
  /** Directory entries whose creation was undone: kept (others may name them). */
  readonly keptEntries: readonly string[];
}

export function undoOwnChange(doc: Y.Doc, undo: Y.UndoManager): UndoResult {
  const top = undo.undoStack.at(-1);
  if (!top) return { softDeleted: [], keptEntries: [] };
  const actions = createdIn(actionsMap(doc), top);
  const entries = [...createdIn(institutionsMap(doc), top), ...createdIn(peopleMap(doc), top)];
  const meetingRecords = [meetingsMap(doc), agendaItemsMap(doc), decisionsMap(doc)]
    .flatMap((map) => createdIn(map, top).map((id) => map.get(id)))
    .filter((record): record is Y.Map<unknown> => record instanceof Y.Map);
  if (actions.length === 0 && entries.length === 0 && meetingRecords.length === 0) {
    undo.undo();
    return { softDeleted: [], keptEntries: [] };
  }
  undo.undoStack.pop();
  doc.transact(() => {
    for (const id of actions) {
      const record = actionsMap(doc).get(id);
      // createdIn listed live records only; a non-map cannot be one, but is skipped rather than trusted.
      if (!(record instanceof Y.Map)) continue;
      record.set(ACTION_FIELDS.deleted, true);
      stampEdit(doc, record, new Date());
    }
    for (const record of meetingRecords) {
      record.set('deleted', true);
      stampEdit(doc, record, new Date());
    }
  }, UNDO_CREATION_ORIGIN);
  return { softDeleted: actions, keptEntries: entries };
}

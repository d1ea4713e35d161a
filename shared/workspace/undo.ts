/**
 * Undo and redo of this person's own changes only. Y.UndoManager tracks transactions whose origin
 * is LOCAL_ORIGIN (the user's edits on this device); updates from peers, files, other tabs and the
 * seed carry other origins and are never undone. The authors map is left out: who wrote what is
 * not an edit to take back. Keystrokes within CAPTURE_MS merge into one step.
 */
import * as Y from 'yjs';
import { LOCAL_ORIGIN, actionsMap, eventDatesMap, initiativesMap, institutionsMap, peopleMap } from './schema';

export const CAPTURE_MS = 600;

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(
    [actionsMap(doc), institutionsMap(doc), peopleMap(doc), initiativesMap(doc), eventDatesMap(doc)],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: CAPTURE_MS },
  );
}

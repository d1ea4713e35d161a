/**
 * Which action records a transaction touched, so views are re-derived for those alone: at 5,000
 * actions a full derivation per keystroke costs ~60 ms, one record's well under a millisecond.
 * Yjs lists every changed shared type in `transaction.changed`; each is walked up to the record
 * under the `actions` map that holds it. A change to the authors or people map can change any
 * record's view, so it asks for everything.
 */
import type * as Y from 'yjs';
import { placementOf } from '../yjs/internals';
import { actionsMap, authorsMap, peopleMap } from './schema';

export type ActionChanges = ReadonlySet<string> | 'all';

export function changedActions(doc: Y.Doc, transaction: Y.Transaction): ActionChanges {
  const actions = actionsMap(doc);
  const authors = authorsMap(doc);
  const people = peopleMap(doc);
  const ids = new Set<string>();
  for (const [changedType, keys] of transaction.changed) {
    const type: unknown = changedType;
    // Authors rename anyone; people decide whether a lead's named person still fits.
    if (type === authors || type === people) return 'all';
    if (type === actions) {
      for (const key of keys) if (key !== null) ids.add(key);
      continue;
    }
    let place = placementOf(type);
    while (place && place.parent !== actions) place = placementOf(place.parent);
    if (place && place.key !== null) ids.add(place.key);
  }
  return ids;
}

/**
 * Which action records a transaction touched, so views are re-derived for those alone: at 5,000
 * actions a full derivation per keystroke costs ~60 ms, one record's well under a millisecond.
 * Yjs lists every changed shared type in `transaction.changed`; each is walked up to the record
 * under the `actions` map that holds it. A change to the authors or people map can change any
 * record's view, so it asks for everything.
 */
import * as Y from 'yjs';
import { actionsMap, authorsMap, peopleMap } from './schema';

export type ActionChanges = ReadonlySet<string> | 'all';

export function changedActions(doc: Y.Doc, transaction: Y.Transaction): ActionChanges {
  const actions = actionsMap(doc);
  const authors = authorsMap(doc);
  const people = peopleMap(doc);
  const ids = new Set<string>();
  for (const [changedType, keys] of transaction.changed) {
    const type = changedType as unknown as Y.AbstractType<unknown>;
    // Authors rename anyone; people decide whether a lead's named person still fits.
    if (type === (authors as unknown) || type === (people as unknown)) return 'all';
    if (type === (actions as unknown)) {
      for (const key of keys) if (key !== null) ids.add(key);
      continue;
    }
    let current: Y.AbstractType<unknown> | null = type;
    while (current?._item && current._item.parent !== (actions as unknown)) current = current._item.parent as Y.AbstractType<unknown> | null;
    const key = current?._item?.parentSub;
    if (current?._item?.parent === (actions as unknown) && typeof key === 'string') ids.add(key);
  }
  return ids;
}

/**
 * Concurrent edits of a title (a Y.Text). Yjs merges them character by character, so nothing is
 * lost, but two rewrites of one title interleave into text nobody wrote. The rule, and why:
 *
 *   A merge reports a title conflict when it inserts text at a place where this laptop already
 *   had text the writer did not know: a new item whose neighbours when written (`origin`,
 *   `rightOrigin`) now have, between them, an item this laptop held before the merge.
 *
 * Sound: Yjs records an insertion's left and right neighbours as they stood for the writer, so
 * anything now between them is something the writer had not seen; sequential edits never qualify.
 * Symmetric: both laptops' first inserted items name the same two neighbours, so each laptop,
 * merging the other's edit, finds the conflict under the same key (the pair of neighbour ids).
 * What it leaves to the merge: edits to separate parts of a title (like a text merge tool), and a
 * deletion racing an insertion. A deletion carries no clock in Yjs, so whether its writer had seen
 * the other side's typing cannot be told, and reporting it would also report sequential edits.
 *
 * The entry shows the merged title (current) and the title this laptop had before the merge
 * (other), each with the writer of the inserted text that met there.
 */
import type * as Y from 'yjs';
import { deletedIn, isNewIn, textRuns, type ItemRun, type StructId } from '../yjs/internals';
import { idKey } from './item-chain';

export interface TitleConflict {
  /** Identifies the place: the ids of the neighbours both sides inserted between. */
  readonly detail: string;
  readonly merged: string;
  readonly before: string;
  readonly remoteWriter: number;
  readonly localWriter: number;
}

function indexContaining(items: readonly ItemRun[], id: StructId): number {
  return items.findIndex((item) => item.id.client === id.client && item.id.clock <= id.clock && id.clock < item.id.clock + item.length);
}

/** The text this laptop showed before `transaction`: items it already had, minus what was deleted earlier. */
export function textBefore(items: readonly ItemRun[], transaction: Y.Transaction): string {
  let result = '';
  for (const item of items) {
    if (isNewIn(transaction, item.id) || item.content.kind !== 'text') continue;
    if (!item.deleted || deletedIn(transaction, item.id)) result += item.content.text;
  }
  return result;
}

export function titleConflicts(text: Y.Text, transaction: Y.Transaction): TitleConflict[] {
  const items = textRuns(text);
  const known = (id: StructId | null) => id === null || !isNewIn(transaction, id);
  const found = new Map<string, TitleConflict>();
  let before: string | null = null;
  for (const item of items) {
    // Only the first item of an inserted run names neighbours the local side also had.
    if (!isNewIn(transaction, item.id) || !known(item.origin) || !known(item.rightOrigin)) continue;
    const from = item.origin ? indexContaining(items, item.origin) : -1;
    const to = item.rightOrigin ? indexContaining(items, item.rightOrigin) : items.length;
    if ((item.origin && from < 0) || to < 0) continue;
    const local = items.slice(from + 1, to).find((other) => other !== item && !isNewIn(transaction, other.id));
    if (!local) continue;
    const detail = `${idKey(item.origin)}~${item.rightOrigin ? idKey(item.rightOrigin) : '$'}`;
    before ??= textBefore(items, transaction);
    const merged = text.toString();
    if (before === merged || found.has(detail)) continue;
    found.set(detail, { detail, merged, before, remoteWriter: item.id.client, localWriter: local.id.client });
  }
  return [...found.values()];
}

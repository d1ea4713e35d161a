/**
 * The conflict inbox as the UI reads it: every entry in the document, validated, with its
 * resolution if it has a valid one, grouped by record and field. A field that collected several
 * entries (three laptops, or two people typing into one title at the same moment) is one decision.
 */
import type * as Y from 'yjs';
import type { Identity } from '../identity/identity';
import { authorOf, writerOf } from '../workspace/authors';
import { conflictResolutionsMap, conflictsMap } from '../workspace/schema';
import { parseConflictEntry, parseResolution, type ConflictChoice, type ConflictEntry, type ConflictSide } from './conflict-entry';
import { sameValue, type ConflictField } from './fields';

export interface InboxResolution {
  readonly choice: ConflictChoice;
  readonly at: string;
  readonly by: Identity | null;
}

/** A side of a conflict with its writer resolved to a person (null: unknown, or a clear). */
export interface InboxSide extends ConflictSide {
  readonly who: Identity | null;
}

export interface InboxItem {
  readonly key: string;
  readonly entry: ConflictEntry;
  readonly resolution: InboxResolution | null;
}

export interface InboxGroup {
  /** `${kind}:${id}/${field}`: stable across renders. */
  readonly id: string;
  readonly record: ConflictEntry['record'];
  readonly field: ConflictField;
  /** Open entries, newest detection first. */
  readonly items: readonly InboxItem[];
  /** The current value of the most recent detection. */
  readonly current: InboxSide;
  /** Each distinct value set aside, newest first. */
  readonly others: readonly InboxSide[];
}

export interface InboxView {
  readonly open: readonly InboxGroup[];
  readonly resolved: readonly InboxItem[];
  /** Entries or resolutions from peers that could not be read; left out, counted here. */
  readonly unreadable: number;
}

export const EMPTY_INBOX: InboxView = { open: [], resolved: [], unreadable: 0 };

/**
 * A resolution counts only if it was written by the client it names (as authors.ts checks stamps),
 * so no laptop can close an entry in someone else's name.
 */
function readResolution(doc: Y.Doc, key: string): { resolution: InboxResolution | null; unreadable: boolean } {
  const resolutions = conflictResolutionsMap(doc);
  if (!resolutions.has(key)) return { resolution: null, unreadable: false };
  const parsed = parseResolution(resolutions.get(key));
  if (!parsed.ok || writerOf(resolutions, key) !== Number(parsed.value.by)) return { resolution: null, unreadable: true };
  return { resolution: { choice: parsed.value.choice, at: parsed.value.at, by: authorOf(doc, parsed.value.by) }, unreadable: false };
}

export function deriveInbox(doc: Y.Doc): InboxView {
  let unreadable = 0;
  const items: InboxItem[] = [];
  conflictsMap(doc).forEach((value, key) => {
    const parsed = parseConflictEntry(key, value);
    if (!parsed.ok) {
      unreadable++;
      return;
    }
    const { resolution, unreadable: badResolution } = readResolution(doc, key);
    if (badResolution) unreadable++;
    items.push({ key, entry: parsed.value, resolution });
  });
  // Newest first; the key breaks ties so every laptop lists the same order.
  items.sort((a, b) => (a.entry.detectedAt === b.entry.detectedAt ? (a.key < b.key ? -1 : 1) : a.entry.detectedAt < b.entry.detectedAt ? 1 : -1));
  const groups = new Map<string, InboxItem[]>();
  for (const item of items) {
    if (item.resolution) continue;
    const id = `${item.entry.record.kind}:${item.entry.record.id}/${item.entry.field}`;
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  const open = [...groups].map(([id, members]): InboxGroup => {
    const first = members[0]!.entry;
    const side = (value: ConflictSide): InboxSide => ({ ...value, who: value.by === null ? null : authorOf(doc, value.by) });
    const others: InboxSide[] = [];
    for (const { entry } of members) {
      if (!others.some((other) => sameValue(other.value, entry.other.value)) && !sameValue(entry.other.value, first.current.value)) others.push(side(entry.other));
    }
    return { id, record: first.record, field: first.field, items: members, current: side(first.current), others };
  });
  return { open, resolved: items.filter((item) => item.resolution !== null), unreadable };
}

import type { Identity } from '../identity/identity';
import type { AttributedChange } from './review-diff';

/**
 * A review read by person: each group holds what one person wrote, so "what did the Israeli
 * note-taker change" is one heading, not a search. A change two people made is split: each
 * group gets the fields its person wrote (an added action goes to its creator, with the fields
 * the creator set). Groups are ordered by name, the writer nobody can name last; changes keep
 * the order they came in.
 */
export interface ReviewGroup {
  /** Stable per person: name and delegation (an identity is who someone says they are). */
  readonly key: string;
  readonly who: Identity | null;
  readonly changes: readonly AttributedChange[];
}

const UNKNOWN = '\uffff';

function keyOf(who: Identity | null): string {
  return who ? `${who.name}\u0000${who.delegation}` : UNKNOWN;
}

export function groupByWho(changes: readonly AttributedChange[]): ReviewGroup[] {
  const groups = new Map<string, { who: Identity | null; changes: AttributedChange[] }>();
  const add = (who: Identity | null, change: AttributedChange) => {
    const key = keyOf(who);
    const group = groups.get(key) ?? { who, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  };
  for (const change of changes) {
    const byWriter = new Map<string, { who: Identity | null; fields: AttributedChange['fields'][number][] }>();
    for (const field of change.fields) {
      const key = keyOf(field.who);
      const entry = byWriter.get(key) ?? { who: field.who, fields: [] };
      entry.fields.push(field);
      byWriter.set(key, entry);
    }
    const creator = change.created ? keyOf(change.created.who) : null;
    if (change.created) add(change.created.who, { ...change, fields: byWriter.get(creator as string)?.fields ?? [] });
    for (const [key, entry] of byWriter) {
      if (key === creator) continue;
      add(entry.who, { ...change, created: null, fields: entry.fields });
    }
    if (!change.created && byWriter.size === 0) add(null, change);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)))
    .map(([key, group]) => ({ key, who: group.who, changes: group.changes }));
}

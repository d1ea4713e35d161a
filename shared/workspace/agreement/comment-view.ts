import type * as Y from 'yjs';
import { type CommentEntry, commentsMap, parseComment } from './comments';

/** Every thread of the workspace by item ("action:<id>", "decision:<id>"…), each oldest first. */
export type ThreadsView = ReadonlyMap<string, readonly CommentEntry[]>;

export const NO_THREADS: ThreadsView = new Map();

const byTime = (a: CommentEntry, b: CommentEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** One pass over the `comments` root; the order is threadOf's (time, then key), the same on every laptop. */
export function deriveThreads(doc: Y.Doc): ThreadsView {
  const threads = new Map<string, CommentEntry[]>();
  for (const [key, value] of commentsMap(doc)) {
    const parsed = parseComment(value);
    if (!parsed.ok) continue;
    let thread = threads.get(parsed.comment.item);
    if (!thread) threads.set(parsed.comment.item, (thread = []));
    thread.push({ ...parsed.comment, key });
  }
  for (const thread of threads.values()) thread.sort(byTime);
  return threads;
}

export function touchesComments(doc: Y.Doc, transaction: Y.Transaction): boolean {
  return transaction.changed.has(commentsMap(doc) as never);
}

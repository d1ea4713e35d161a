import { type Identity, sameIdentity } from '../../identity/identity';
import { parseComment } from './comments';

/**
 * Who may write a comment, as every peer can check it from the document alone.
 *
 * A comment records its author (the identity) and the Yjs client that first wrote it. Client ids
 * are per session: the author's next session (a reload, a restart) writes under a new random id,
 * so "only the client that wrote it" would lock its author out after a reload. This laptop's
 * record of its own past ids (shared/sync/own-writers.ts) cannot fix that, because no peer has it,
 * and because a laptop whose user changes keeps its past ids. What peers do have is the `authors`
 * root (shared/workspace/authors.ts): the identity behind each client id, counted only when
 * written by that client. So:
 *
 * - a new comment is written by the client it names, and its author is the identity that
 *   client's author entry names (a client cannot post as someone else than it declared);
 * - a rewrite keeps the item, time, first client and author, changes the text (and the edit
 *   time), and is written by a client whose author entry names the comment's author: the same
 *   session, a later session of the same laptop, or the same person on another laptop;
 * - an edited comment met before its first version (a whole-workspace file into a laptop that
 *   never had it) is judged as an edit, and its first client's author entry names its author.
 *
 * The identity is self-declared, as everywhere attribution is (authors.ts): this proves the
 * rewrite came from a client declaring the comment's author, not that it is the same person;
 * verified authorship (shared/authorship) is what ties a client to a laptop's key.
 */
export interface CommentProblem {
  readonly rule: 'invalid-entry' | 'foreign-author';
  readonly reason: string;
}

/** The identity behind a client id, as the document's authors entries say (authorOf). */
export type AuthorOfClient = (client: number) => Identity | null;

export function commentEntryProblem(old: unknown, now: unknown, writer: number | null, authorOf: AuthorOfClient): CommentProblem | null {
  const parsed = parseComment(now);
  if (!parsed.ok) return { rule: 'invalid-entry', reason: parsed.problem };
  const comment = parsed.comment;
  const declared = writer === null ? null : authorOf(writer);
  if (comment.editedAt === null) {
    // As first written: by the client it names, as the person that client declared.
    if (old !== undefined) return { rule: 'invalid-entry', reason: 'an edit carries its edit time' };
    if (String(writer) !== comment.client) return { rule: 'foreign-author', reason: `it names Yjs client ${comment.client} but was written by client ${String(writer)}` };
    if (!sameIdentity(declared, comment.author)) return { rule: 'foreign-author', reason: 'its author is not the person its writing client declared' };
    return null;
  }
  // An edit: by a client declaring the comment's author. A laptop that never saw the first
  // version (a whole-workspace file, a late peer) meets the edit first; the first client's own
  // author entry, which travels with it, must then name the same author.
  if (!sameIdentity(declared, comment.author)) return { rule: 'foreign-author', reason: 'only its author may edit a comment' };
  if (old === undefined) {
    const first = Number(comment.client);
    return sameIdentity(authorOf(first), comment.author) ? null : { rule: 'foreign-author', reason: 'its author is not the person its first client declared' };
  }
  const was = parseComment(old);
  if (!was.ok) return { rule: 'invalid-entry', reason: 'it rewrites an entry that was not a comment' };
  if (was.comment.item !== comment.item || was.comment.at !== comment.at || was.comment.client !== comment.client || !sameIdentity(was.comment.author, comment.author)) {
    return { rule: 'invalid-entry', reason: 'an edit changes only the text of a comment' };
  }
  return null;
}

import * as Y from 'yjs';
import { type Identity, parseIdentity, sameIdentity } from '../../identity/identity';
import { isObjectLike } from '../../validation/shape';
import { LOCAL_ORIGIN, ROOT } from '../schema';

/**
 * Discussion threads (issue 15): one plain entry per comment in the root `comments` map, keyed
 * uniquely per writing client. A comment names its item ("action:<id>"…), its author as that
 * laptop named its user, and the Yjs client that first wrote it; only its author may rewrite it,
 * from any client whose author entry names them (comment-rules.ts: the rule the gate checks, and
 * why it is not "the same client"), and comments are never deleted, so a thread outlives the
 * item's resolution. Mentions are the names written as @Name; a thread mentions a person when one
 * of its comments does.
 */
export const MAX_COMMENT_LENGTH = 4_000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ITEM = /^(action|decision|minutes|discrepancy):[^\s]{1,200}$/;

export interface Comment {
  readonly item: string;
  readonly text: string;
  readonly author: Identity;
  readonly client: string;
  readonly at: string;
  /** When its author last rewrote it; null: never. */
  readonly editedAt: string | null;
}

export interface CommentEntry extends Comment {
  readonly key: string;
}

export type ParsedComment = { readonly ok: true; readonly comment: Comment } | { readonly ok: false; readonly problem: string };

const isTime = (value: unknown): value is string => typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));

export function parseComment(value: unknown): ParsedComment {
  const fail = (problem: string): ParsedComment => ({ ok: false, problem });
  if (!isObjectLike(value)) return fail('not an object');
  const { item, text, author, client, at, editedAt } = value as Record<string, unknown>;
  if (typeof item !== 'string' || !ITEM.test(item)) return fail('the item is not an action, decision, minutes or discrepancy');
  if (typeof text !== 'string' || text.trim().length === 0) return fail('the comment is empty');
  if (text.length > MAX_COMMENT_LENGTH) return fail(`the comment has ${text.length} characters (at most ${MAX_COMMENT_LENGTH})`);
  const identity = parseIdentity(author);
  if (!identity.ok) return fail('the author is not a valid identity');
  if (typeof client !== 'string' || !/^(0|[1-9]\d{0,9})$/.test(client)) return fail('the client is not a Yjs client id');
  if (!isTime(at)) return fail('the time is not an ISO 8601 UTC time');
  if (editedAt !== null && !isTime(editedAt)) return fail('the edit time is not an ISO 8601 UTC time');
  return { ok: true, comment: { item, text, author: identity.identity, client, at, editedAt } };
}

export function commentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.comments);
}

/** The thread of `item`, oldest first (time, then key: the same order on every laptop). */
export function threadOf(doc: Y.Doc, item: string): readonly CommentEntry[] {
  const thread: CommentEntry[] = [];
  for (const [key, value] of commentsMap(doc)) {
    const parsed = parseComment(value);
    if (parsed.ok && parsed.comment.item === item) thread.push({ ...parsed.comment, key });
  }
  return thread.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function addComment(doc: Y.Doc, identity: Identity, item: string, text: string, now = new Date()): string | null {
  const entry = {
    item,
    text: text.trim(),
    author: { name: identity.name, delegation: identity.delegation, role: identity.role },
    client: String(doc.clientID),
    at: now.toISOString(),
    editedAt: null,
  };
  const parsed = parseComment(entry);
  if (!parsed.ok) return `The comment is not valid: ${parsed.problem}.`;
  const map = commentsMap(doc);
  let serial = map.size;
  while (map.has(`${doc.clientID}.${serial}`)) serial += 1;
  doc.transact(() => map.set(`${doc.clientID}.${serial}`, entry), LOCAL_ORIGIN);
  return null;
}

/** Whether `editor` may rewrite `comment`: its author, from any session (comment-rules.ts). */
export function mayEditComment(comment: Comment, editor: Identity): boolean {
  return sameIdentity(comment.author, editor);
}

/**
 * Rewrites a comment as `editor`, who must be its author; the caller writes `editor` as this
 * client's author entry in the same transaction (commands.ts `run`), which is what peers check.
 */
export function editComment(doc: Y.Doc, editor: Identity, key: string, text: string, now = new Date()): string | null {
  const parsed = parseComment(commentsMap(doc).get(key));
  if (!parsed.ok) return 'There is no such comment.';
  if (!mayEditComment(parsed.comment, editor)) return 'Only its author can edit a comment.';
  if (parsed.comment.text === text.trim()) return null;
  const entry = { ...parsed.comment, author: { ...parsed.comment.author }, text: text.trim(), editedAt: now.toISOString() };
  const check = parseComment(entry);
  if (!check.ok) return `The comment is not valid: ${check.problem}.`;
  doc.transact(() => commentsMap(doc).set(key, entry), LOCAL_ORIGIN);
  return null;
}

const NAME_CHARACTER = /[\p{L}\p{N}\p{M}_'’-]/u;

/** Whether `char` would continue a name (so a mention of a shorter name does not end before it). */
export function isNameCharacter(char: string): boolean {
  return char !== '' && NAME_CHARACTER.test(char);
}

/**
 * Whether `text` mentions `name` as @Name: case-insensitive, and whole (the character after the
 * name is not part of a name, so "@Dana Levi" does not mention "Dan").
 */
export function mentionsName(text: string, name: string): boolean {
  const needle = `@${name}`.toLocaleLowerCase();
  const haystack = text.toLocaleLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const next = haystack.charAt(at + needle.length);
    if (!isNameCharacter(next)) return true;
  }
  return false;
}

/** Whether a comment of the thread mentions `name` (as @Name). */
export function mentions(thread: readonly Comment[], name: string): boolean {
  return thread.some((comment) => mentionsName(comment.text, name));
}

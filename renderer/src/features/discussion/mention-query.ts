import { isNameCharacter } from '../../../../shared/workspace/agreement/comments';

/**
 * The `@` mention in the composer, as pure text logic: which word the caret is completing, which
 * people it matches, and the text once one is picked. A mention is the person's name written
 * whole after `@` (comments.ts mentionsName), so names with spaces are completed whole too.
 */
export interface MentionCandidate {
  readonly name: string;
  /** 'us' | 'israel', when known (the directory's institution, or the person's declared side). */
  readonly side: 'us' | 'israel' | null;
  /** The institution or role shown beside the name, if any. */
  readonly detail: string | null;
}

export interface MentionQuery {
  /** Where the `@` is. */
  readonly start: number;
  /** What follows it up to the caret. */
  readonly query: string;
}

const MAX_QUERY = 40;

/** The mention being typed at `caret`: an `@` at the start or after a space, no line break since. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && !/[\s(["'«“]/u.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  if (/[\n\r]/.test(query) || /\s{2}/.test(query) || query.startsWith(' ')) return null;
  return { start: at, query };
}

/**
 * The candidates whose name has a word starting with the query's first word and contains the
 * rest, best first (a name starting with the query, then the others), at most `limit`.
 */
export function matchMentions(candidates: readonly MentionCandidate[], query: string, limit = 6): MentionCandidate[] {
  const needle = query.toLocaleLowerCase().trim();
  const scored: { candidate: MentionCandidate; rank: number }[] = [];
  for (const candidate of candidates) {
    const name = candidate.name.toLocaleLowerCase();
    if (needle === '') scored.push({ candidate, rank: 1 });
    else if (name.startsWith(needle)) scored.push({ candidate, rank: 0 });
    else if (name.split(/\s+/).some((word, index, words) => word.startsWith(needle.split(/\s+/)[0]!) && words.slice(index).join(' ').startsWith(needle))) {
      scored.push({ candidate, rank: 1 });
    }
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.candidate.name.localeCompare(b.candidate.name))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** The text with `@query` replaced by `@Name ` and where the caret goes after it. */
export function insertMention(text: string, mention: MentionQuery, caret: number, name: string): { readonly text: string; readonly caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}

/** One candidate per name (the first one seen keeps its details). */
export function uniqueByName(candidates: Iterable<MentionCandidate>): MentionCandidate[] {
  const seen = new Map<string, MentionCandidate>();
  for (const candidate of candidates) {
    const key = candidate.name.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, candidate);
  }
  return [...seen.values()];
}

/** Text split into plain runs and @mentions of known names, for showing mentions as chips. */
export function mentionRuns(text: string, names: readonly string[]): { readonly text: string; readonly mention: boolean }[] {
  const longestFirst = [...names].sort((a, b) => b.length - a.length).map((name) => `@${name}`.toLocaleLowerCase());
  const lower = text.toLocaleLowerCase();
  const runs: { text: string; mention: boolean }[] = [];
  let plain = 0;
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    const match = longestFirst.find((needle) => lower.startsWith(needle, i) && !isNameCharacter(text.charAt(i + needle.length)));
    if (!match) continue;
    if (i > plain) runs.push({ text: text.slice(plain, i), mention: false });
    runs.push({ text: text.slice(i, i + match.length), mention: true });
    plain = i + match.length;
    i = plain - 1;
  }
  if (plain < text.length) runs.push({ text: text.slice(plain), mention: false });
  return runs;
}

/**
 * How the palette matches what is typed: every word of the query must appear in the text, in any
 * order, after folding case, accents and Hebrew points (niqqud), so "ai-1 call" finds
 * "AI-1 First challenge call" and "שלום" finds "שָׁלוֹם". Final letter forms are kept apart
 * (they are different letters to a reader). Pure, so it is tested without a browser.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-US');
}

/** The folded words of a query; none for a blank one. */
export function queryWords(query: string): readonly string[] {
  return fold(query).split(/\s+/).filter((word) => word.length > 0);
}

const WORD_BREAK = /[\s\-–—:·,.()/]+/;

/**
 * How well an already folded text answers the query's words: 0 for no match; otherwise higher is
 * better — the whole query at the start (3), every word at the start of a word (2), every word
 * somewhere (1). No words match everything at 1, so callers keep their own order.
 */
export function rankFolded(wanted: readonly string[], folded: string): number {
  if (wanted.length === 0) return 1;
  if (!wanted.every((word) => folded.includes(word))) return 0;
  if (folded.startsWith(wanted.join(' '))) return 3;
  const starts = folded.split(WORD_BREAK).filter(Boolean);
  return wanted.every((word) => starts.some((start) => start.startsWith(word))) ? 2 : 1;
}

export function matchRank(query: string, text: string): number {
  return rankFolded(queryWords(query), fold(text));
}

/**
 * The items that match, best rank first and, within a rank, in their given order (stable); at
 * most `limit` of them, with how many matched in all. `foldedOf` gives each item's folded text
 * (fold it once per item, not once per keystroke).
 */
export function bestMatches<T>(items: readonly T[], query: string, foldedOf: (item: T) => string, limit: number): { readonly shown: readonly T[]; readonly total: number } {
  const wanted = queryWords(query);
  const ranked = items
    .map((item, index) => ({ item, index, rank: rankFolded(wanted, foldedOf(item)) }))
    .filter((entry) => entry.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.index - b.index);
  return { shown: ranked.slice(0, limit).map((entry) => entry.item), total: ranked.length };
}

/**
 * The one wording for text that is too long or empty, so every operation and form says it the same
 * way: the limit and the length received, both with thousands separators. A refusal never trims or
 * cuts the input: what was sent is refused whole, and the document keeps what it held.
 */
const count = new Intl.NumberFormat('en-US');

/** "A title can have at most 500 characters; this one has 5,000." */
export function tooLongMessage(noun: string, limit: number, length: number): string {
  return `${article(noun)} ${noun} can have at most ${count.format(limit)} characters; this one has ${count.format(length)}.`;
}

/** The message for `text` longer than `limit` characters, or null when it fits. */
export function lengthProblem(noun: string, text: string, limit: number): string | null {
  return text.length > limit ? tooLongMessage(noun, limit, text.length) : null;
}

function article(noun: string): string {
  const word = /^[aeiou]/i.test(noun) ? 'An' : 'A';
  return word;
}

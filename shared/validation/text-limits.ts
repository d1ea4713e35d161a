/**
 * The one wording for text that is too long or empty, so every operation and form says it the same
 * way: the limit and the length received, both with thousands separators. A refusal never trims or
 * cuts the input: what was sent is refused whole, and the document keeps what it held.
 */
import type { Refusal, TextNoun } from '../text/refusal';

const count = new Intl.NumberFormat('en-US');

/** A problem said both ways: the English sentence, and the refusal the interface says in its language. */
export interface SaidProblem {
  readonly message: string;
  readonly refusal: Refusal;
}

/** The noun as a message's select key ("short name" → shortName). */
export const nounKey = (noun: TextNoun): string => noun.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());

/** `text` longer than `limit` characters, said both ways; null when it fits. */
export function lengthRefusal(noun: TextNoun, text: string, limit: number): SaidProblem | null {
  if (text.length <= limit) return null;
  return { message: tooLongMessage(noun, limit, text.length), refusal: { id: 'tooLong', values: { noun: nounKey(noun), limit, length: text.length } } };
}

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

/**
 * Text that mixes directions and never scrambles. A user's words (a Hebrew title inside an
 * English sentence, or the reverse) are isolated so the bidi algorithm lays them out on their own
 * and the sentence around them keeps its order: in the DOM as their own element (`<bdi>` or
 * dir="auto"), and in plain text (CSV, Markdown, DOCX, PDF text, a notice string) between the
 * Unicode isolates FSI (U+2068, "first strong isolate": direction from the words themselves) and
 * PDI (U+2069). @see https://www.w3.org/International/articles/inline-bidi-markup/
 *
 * A message that quotes a user's words is built as parts, never by concatenating the words in:
 * `message` keeps each value as its own part, `toPlainText` writes it with the isolates, and
 * `partsOf` reads such a string back into parts (so a notice that travelled as a string still
 * renders each title in its own element).
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

export type MessagePart =
  | { readonly kind: 'text'; readonly text: string }
  /** A user's words: shown in its own direction-isolated element. */
  | { readonly kind: 'user'; readonly text: string };

/** `text` between FSI and PDI, with any isolate marks inside it removed so they cannot unbalance the pair. */
export function isolate(text: string): string {
  return `${FSI}${text.replace(/[\u2066-\u2069]/g, '')}${PDI}`;
}

/** A tagged template: literal parts as text, every interpolated value as a user part. */
export function message(strings: TemplateStringsArray, ...values: readonly string[]): MessagePart[] {
  const parts: MessagePart[] = [];
  strings.forEach((literal, index) => {
    if (literal) parts.push({ kind: 'text', text: literal });
    if (index < values.length) parts.push({ kind: 'user', text: values[index]! });
  });
  return parts;
}

export function toPlainText(parts: readonly MessagePart[]): string {
  return parts.map((part) => (part.kind === 'user' ? isolate(part.text) : part.text)).join('');
}

/** The parts of a string whose user words are between FSI and PDI (toPlainText's output, or a stored message). */
export function partsOf(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf(FSI);
    const close = open < 0 ? -1 : rest.indexOf(PDI, open + 1);
    if (open < 0 || close < 0) {
      parts.push({ kind: 'text', text: rest });
      break;
    }
    if (open > 0) parts.push({ kind: 'text', text: rest.slice(0, open) });
    parts.push({ kind: 'user', text: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
  return parts;
}

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const ISOLATE_OPEN = /[\u2066-\u2068]/;

/**
 * A paragraph's direction as dir="auto" finds it (the bidi algorithm's rules P2–P3): from its
 * first strong letter, skipping what is inside isolates. A paragraph made only of isolated words
 * ("⁨משרד הכלכלה⁩ (⁨רונית כהן⁩)", a lead cell) takes the first isolated word's direction, as its
 * reader would. Null when it has no letter at all (digits, dates). For formats whose paragraphs
 * take an explicit direction (DOCX).
 */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
  let depth = 0;
  let inner: 'ltr' | 'rtl' | null = null;
  for (const char of text) {
    if (ISOLATE_OPEN.test(char)) depth += 1;
    else if (char === PDI) depth = Math.max(0, depth - 1);
    else {
      const strong = STRONG_RTL.test(char) ? 'rtl' : STRONG_LTR.test(char) ? 'ltr' : null;
      if (strong && depth === 0) return strong;
      inner ??= strong;
    }
  }
  return inner;
}

/**
 * The direction a user's text reads in, for an element of its own: the script most of its letters
 * are in, and the first strong letter on a tie. dir="auto" looks at the first letter only, so an
 * English sentence that opens with a Hebrew name ("דנה לוי chairs the committee.") is laid out right
 * to left, its final period jumping to the far left; most letters tell the sentence's direction.
 */
export function dominantDirection(text: string): 'ltr' | 'rtl' | null {
  let rtl = 0;
  let ltr = 0;
  for (const char of text) {
    if (STRONG_RTL.test(char)) rtl += 1;
    else if (STRONG_LTR.test(char)) ltr += 1;
  }
  if (rtl === ltr) return firstStrongDirection(text);
  return rtl > ltr ? 'rtl' : 'ltr';
}

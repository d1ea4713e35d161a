/**
 * Quotes and the compact's text. Quotes are stored verbatim, markdown escapes included, and
 * compared with only whitespace normalised. displayText undoes the markdown of the document's
 * conversion (`\$` → `$`, `**bold**` → bold) for reading; it never changes what is compared.
 */
import type { Passage, Section } from './types';

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function displayText(text: string): string {
  return text
    .replace(/\\\\/g, '\\')
    .replace(/\\([$*_#[\]()])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1');
}

/** Each section's text, from its heading line to the next listed heading, whitespace normalised. */
export function sectionSpans(compactText: string, sections: readonly Section[]): Map<string, string> | { missing: string } {
  const lines = compactText.split(/\r?\n/);
  const starts: number[] = [];
  let from = 0;
  for (const section of sections) {
    const at = lines.findIndex((line, index) => index >= from && line.trim() === section.heading);
    if (at < 0) return { missing: section.id };
    starts.push(at);
    from = at + 1;
  }
  return new Map(
    sections.map((section, index) => [
      section.id,
      normaliseWhitespace(lines.slice(starts[index], starts[index + 1] ?? lines.length).join('\n')),
    ]),
  );
}

/** Passages whose quote is not words of their section, with the path where each was found. */
export function misquotes(
  passages: readonly { readonly where: string; readonly passage: Passage }[],
  spans: ReadonlyMap<string, string>,
): string[] {
  return passages
    .filter(({ passage }) => !spans.get(passage.section)?.includes(normaliseWhitespace(passage.quote)))
    .map(({ where, passage }) => `${where}: not found in section ${passage.section}: “${passage.quote.slice(0, 80)}”`);
}

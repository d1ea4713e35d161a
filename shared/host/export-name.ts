/**
 * Export file names come from the renderer, which is untrusted input to the host: keep a
 * conservative character set, no path separators, no leading dots, and a bounded length.
 */
const MAX_NAME_LENGTH = 120;

export function sanitizeExportName(suggested: string): string {
  const cleaned = suggested
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._ -]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  return cleaned.length > 0 ? cleaned : 'tandem-export';
}

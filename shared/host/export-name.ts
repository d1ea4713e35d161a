/**
 * Export file names come from the renderer, which is untrusted input to the host: keep a
 * conservative character set, no path separators, no leading dots, and a bounded length.
 *
 * The name must also be a valid, ordinary file on Windows, where an export may be written or
 * copied to: no trailing dots or spaces (Windows strips them, so "minutes." would silently become
 * "minutes" and "..." nothing), and no reserved device name (CON, PRN, AUX, NUL, COM0–9, LPT0–9,
 * in any case, with or without an extension: "nul.txt" opens the null device, not a file).
 * @see https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file#naming-conventions
 */
const MAX_NAME_LENGTH = 120;
const FALLBACK_NAME = 'tandem-export';

/** Windows reads the part before the first dot, trailing spaces ignored, as the device name. */
const RESERVED_DEVICE = /^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$/i;

export function sanitizeExportName(suggested: string): string {
  const cleaned = suggested
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._ -]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .replace(/\s+/g, ' ');
  let name = withoutTrailingDotsOrSpaces(cleaned.slice(0, MAX_NAME_LENGTH));
  // A prefix, not a suffix: the stem keeps its meaning ("_CON.txt") and the extension stays.
  if (isReservedDeviceName(name)) name = withoutTrailingDotsOrSpaces(`_${name}`.slice(0, MAX_NAME_LENGTH));
  return name.length > 0 ? name : FALLBACK_NAME;
}

/** Whether Windows would open a device instead of a file for this name ("CON", "nul.tar.gz", "Lpt1 .txt"). */
export function isReservedDeviceName(name: string): boolean {
  const stem = name.split('.', 1)[0] ?? '';
  return RESERVED_DEVICE.test(stem.replace(/[ ]+$/, ''));
}

function withoutTrailingDotsOrSpaces(name: string): string {
  return name.replace(/[. ]+$/, '');
}

import type * as Y from 'yjs';

/**
 * Turns "the field now reads `next`" into the smallest single splice on the Y.Text: keep the
 * common prefix and suffix, delete what lies between, insert the new middle. A whole-text
 * replace would turn every keystroke into a conflict with a peer's concurrent typing; a splice
 * lets Yjs merge both.
 */
export function applyTextChange(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let prefix = 0;
  const maxPrefix = Math.min(current.length, next.length);
  while (prefix < maxPrefix && current.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = maxPrefix - prefix;
  while (
    suffix < maxSuffix &&
    current.charCodeAt(current.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair: widen the splice to whole code points.
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(current.length - suffix))) suffix--;
  const deleteCount = current.length - prefix - suffix;
  const insert = next.slice(prefix, next.length - suffix);
  if (deleteCount > 0) text.delete(prefix, deleteCount);
  if (insert.length > 0) text.insert(prefix, insert);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Keeping the caret where the person left it when collaborative text changes under it (a peer's
 * edit arriving while they type). The change is read as one replaced span between the longest
 * common prefix and suffix, the same reading text-diff.ts uses to write edits as splices: a
 * caret before the span stays, one after it shifts by the change in length, one inside it goes
 * to the end of the new text.
 */
export function transformCursor(before: string, after: string, position: number): number {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  if (position <= prefix) return position;
  if (position >= before.length - suffix) return position + after.length - before.length;
  return after.length - suffix;
}

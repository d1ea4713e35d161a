/**
 * Whether a key press belongs to what has focus (someone typing, or a select's type-ahead), so a
 * global shortcut such as "/" must leave it alone.
 */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

export interface FocusTarget {
  readonly tagName: string;
  readonly isContentEditable?: boolean;
  readonly type?: string;
}

export function isTypingTarget(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

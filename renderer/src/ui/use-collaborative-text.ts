import { useLayoutEffect, useRef } from 'react';
import { transformCursor } from './text-cursor';

/**
 * Binds an uncontrolled input or textarea to collaborative text (a Y.Text shown as `value`).
 * React's controlled value would replace the whole text on every remote edit and throw the caret
 * to the end; here a remote change is written into the field and the caret and selection are
 * carried across it, so two people can type in one title or description at once.
 */
export function useCollaborativeText<E extends HTMLInputElement | HTMLTextAreaElement>(value: string) {
  const field = useRef<E>(null);
  useLayoutEffect(() => {
    const element = field.current;
    if (!element || element.value === value) return;
    const before = element.value;
    const focused = document.activeElement === element;
    const [start, end] = [element.selectionStart ?? before.length, element.selectionEnd ?? before.length];
    element.value = value;
    if (focused) element.setSelectionRange(transformCursor(before, value, start), transformCursor(before, value, end));
  }, [value]);
  return field;
}

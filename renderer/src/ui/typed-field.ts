import { useState } from 'react';

/**
 * What a segmented field (DateField, TimeField) holds: what is typed, kept by the field itself. A
 * value on its way (year 2 of 2027, an hour without its minutes) is not handed out, so it cannot
 * come back as null from the parent and wipe the segments. `emit` records what was handed out;
 * the field's content is replaced only when the `value` it is given changes to something it did
 * not hand out (a parent that writes on blur keeps giving the stored value meanwhile).
 */
export function useTypedValue<T>(value: string | null, parse: (stored: string | null) => T | null) {
  const [typed, setTyped] = useState(() => parse(value));
  const [emitted, setEmitted] = useState(value);
  const [given, setGiven] = useState(value);
  if (value !== given) {
    setGiven(value);
    if (value !== emitted) {
      setEmitted(value);
      setTyped(parse(value));
    }
  }
  return { typed, setTyped, emit: setEmitted } as const;
}

/** How many of a field's segments hold something typed, of how many. */
export function typedSegments(field: Element): { readonly typed: number; readonly total: number } {
  const segments = [...field.querySelectorAll('[role="spinbutton"]')];
  return { typed: segments.filter((segment) => !segment.hasAttribute('data-placeholder')).length, total: segments.length };
}

/**
 * The list's keys, as Linear's: the list is one Tab stop (a roving tabindex on the rows).
 * On a row: ↓/j and ↑/k move, Home/End go to the ends, Enter or o opens the detail, x or Space
 * selects, Escape closes the detail, else clears the selection; → enters the row's chips, and
 * s, t, u, i, d go straight to status, tier, U.S. lead, Israel lead, due. In a chip: ←/→ move
 * between the chips (→ past the last, ← past the first return to the row), Escape returns to the
 * row. Pure decision, so it is tested without a browser; the list carries it out.
 */
export type ListKeyCommand =
  | { readonly kind: 'move'; readonly to: 'next' | 'previous' | 'first' | 'last'; readonly extend: boolean }
  | { readonly kind: 'open' }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'escape' }
  | { readonly kind: 'control'; readonly control: string }
  | { readonly kind: 'step-control'; readonly delta: -1 | 1 }
  | { readonly kind: 'row' };

/** The chips in row order (data-control names), for ← and →. */
export const ROW_CONTROLS = ['select', 'status', 'title', 'due', 'lead-us', 'lead-israel', 'tier'] as const;

const LETTERS: Readonly<Record<string, string>> = { s: 'status', t: 'tier', u: 'lead-us', i: 'lead-israel', d: 'due' };

interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** What a key does; `onRow` when the row itself has focus (not one of its chips); `rtl` mirrors ← and →. */
export function listKey(event: KeyLike, onRow: boolean, rtl: boolean): ListKeyCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (!onRow) {
    if (event.key === 'Escape') return { kind: 'row' };
    if (event.key === forward) return { kind: 'step-control', delta: 1 };
    if (event.key === back) return { kind: 'step-control', delta: -1 };
    return null;
  }
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  switch (key) {
    case 'ArrowDown': case 'j': return { kind: 'move', to: 'next', extend: event.shiftKey };
    case 'ArrowUp': case 'k': return { kind: 'move', to: 'previous', extend: event.shiftKey };
    case 'Home': return { kind: 'move', to: 'first', extend: false };
    case 'End': return { kind: 'move', to: 'last', extend: false };
    case 'Enter': case 'o': return { kind: 'open' };
    case ' ': case 'x': return { kind: 'toggle' };
    case 'Escape': return { kind: 'escape' };
    default:
      if (key === forward) return { kind: 'control', control: ROW_CONTROLS[0] };
      return LETTERS[key] ? { kind: 'control', control: LETTERS[key] } : null;
  }
}

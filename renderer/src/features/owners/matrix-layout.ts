/**
 * The owner matrix's geometry and what of it is rendered. At 5,000 actions × ~70 institutions the
 * matrix has ~350,000 cells; only the window in view (plus a margin) is in the DOM, the rest is
 * stood in for by spacer rows and columns of the right size, so the scroll bars, the sticky
 * headers and the browser's own scrolling all behave as for the whole table.
 *
 * Sizes are fixed (a row never grows), so a position is known without measuring: in pixels, as
 * the virtualizer (TanStack Virtual) counts them, and mirrored into CSS custom properties
 * (matrix.css) by one function, so the CSS and the arithmetic cannot disagree.
 */
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';

export const SIZES = {
  /** A row of the matrix: its title line and its leads line. */
  row: 44,
  /** "Initiatives (22)", "Actions (5,000)". */
  group: 30,
  /** An institution column. */
  column: 46,
  /** The sticky row headers. */
  rowHead: 340,
  /** The delegation band above the institution names. */
  sideBand: 28,
  /** The institution names, read bottom to top, wrapping onto up to three lines. */
  names: 172,
} as const;

export const HEAD_HEIGHT = SIZES.sideBand + SIZES.names;

/** The custom properties matrix.css reads, from SIZES. */
export const SIZE_PROPERTIES: Readonly<Record<string, string>> = {
  '--mx-row': `${SIZES.row}px`,
  '--mx-group': `${SIZES.group}px`,
  '--mx-col': `${SIZES.column}px`,
  '--mx-row-head': `${SIZES.rowHead}px`,
  '--mx-side-band': `${SIZES.sideBand}px`,
  '--mx-names': `${SIZES.names}px`,
};

export type MatrixItem =
  | { readonly kind: 'group'; readonly label: string; readonly count: number }
  | { readonly kind: 'row'; readonly row: MatrixRow; readonly index: number };

/** The rows as the table lays them out: a group row before the initiatives and before the actions. */
export function matrixItems(rows: readonly MatrixRow[]): MatrixItem[] {
  const firstAction = rows.findIndex((row) => row.kind === 'action');
  const initiatives = firstAction === -1 ? rows.length : firstAction;
  const items: MatrixItem[] = [];
  rows.forEach((row, index) => {
    if (index === 0 && initiatives > 0) items.push({ kind: 'group', label: 'Initiatives', count: initiatives });
    if (index === initiatives) items.push({ kind: 'group', label: 'Actions', count: rows.length - initiatives });
    items.push({ kind: 'row', row, index });
  });
  return items;
}

/** Where data row `index` sits among the items (group rows come before it). */
export function itemOfRow(items: readonly MatrixItem[], index: number): number {
  const hasInitiatives = items[0]?.kind === 'group' && items[0].label === 'Initiatives';
  const actionsAt = items.findIndex((item) => item.kind === 'group' && item.label === 'Actions');
  const groupsBefore = (hasInitiatives ? 1 : 0) + (actionsAt !== -1 && actionsAt <= index + (hasInitiatives ? 1 : 0) ? 1 : 0);
  return index + groupsBefore;
}

export const itemSize = (item: MatrixItem | undefined) => (item?.kind === 'group' ? SIZES.group : SIZES.row);

/** A contiguous run of rendered indexes, with the space the unrendered ones take before and after it. */
export interface Span {
  readonly first: number;
  readonly last: number;
  readonly before: number;
  readonly after: number;
}

/**
 * The span for the virtualizer's items (`start` and `end` in pixels, counted from the start of the
 * content, padding included), given the whole content's size and the padding before the items.
 * No items (nothing in view yet, or none at all): an empty span, everything after it.
 */
export function spanOf(visible: readonly { index: number; start: number; end: number }[], padding: number, total: number): Span {
  const head = visible[0];
  const tail = visible.at(-1);
  if (!head || !tail) return { first: 0, last: -1, before: 0, after: Math.max(0, total - padding) };
  return { first: head.index, last: tail.index, before: head.start - padding, after: Math.max(0, total - tail.end) };
}

/** The indexes of a span, in order. */
export function indexes(span: Span): number[] {
  const out: number[] = [];
  for (let i = span.first; i <= span.last; i++) out.push(i);
  return out;
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, type RefObject } from 'react';
import { HEAD_HEIGHT, itemSize, SIZE_PROPERTIES, SIZES, spanOf, type MatrixItem, type Span } from './matrix-layout';

export interface MatrixWindow {
  readonly rows: Span;
  readonly columns: Span;
  /**
   * "top,left": the scroll offsets this render was made for. Tests wait for it to match the
   * container's scroll position, a state rather than a delay.
   */
  readonly offset: string;
  /** Scrolls so that item `item` and column `column` are in view (they render on the next frame). */
  readonly reveal: (item: number, column: number) => void;
}

/** Rows and columns rendered beyond the edges of the view: arrow keys nearly always land on a rendered cell. */
const OVERSCAN = { rows: 8, columns: 4 } as const;

/** Before the container is measured, the window's size: the first render is then about the right size. */
const initialRect = () => ({ width: window.innerWidth, height: window.innerHeight });

/**
 * Which items and columns of the matrix are rendered, from two TanStack virtualizers on the one
 * scroll container (rows vertically, columns horizontally), and the spacer sizes for the rest.
 *
 * The sizes reach the CSS as custom properties set through the CSSOM on the table. The page's
 * Content-Security-Policy (style-src 'self') refuses style attributes and <style> elements; it
 * does not govern the CSSOM, and the values are numbers computed here, never text from a peer.
 * Everything else about the matrix's look stays in matrix.css.
 */
export function useMatrixWindow(
  scroller: RefObject<HTMLDivElement | null>, table: RefObject<HTMLTableElement | null>,
  items: readonly MatrixItem[], columnCount: number,
): MatrixWindow {
  // The compiler cannot memoise around the virtualizer; nothing here is memoised on its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowV = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => itemSize(items[index]),
    paddingStart: HEAD_HEIGHT,
    // The sticky headers cover the top and the start of the view: what is revealed goes clear of them.
    scrollPaddingStart: HEAD_HEIGHT,
    overscan: OVERSCAN.rows,
    initialRect: initialRect(),
    useFlushSync: false,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: columnCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => SIZES.column,
    paddingStart: SIZES.rowHead,
    scrollPaddingStart: SIZES.rowHead,
    overscan: OVERSCAN.columns,
    initialRect: initialRect(),
    useFlushSync: false,
  });
  const rows = spanOf(rowV.getVirtualItems(), HEAD_HEIGHT, rowV.getTotalSize());
  const columns = spanOf(colV.getVirtualItems(), SIZES.rowHead, colV.getTotalSize());

  useLayoutEffect(() => {
    const style = table.current?.style;
    if (!style) return;
    for (const [name, value] of Object.entries(SIZE_PROPERTIES)) style.setProperty(name, value);
    style.setProperty('--mx-pad-top', `${rows.before}px`);
    style.setProperty('--mx-pad-bottom', `${rows.after}px`);
    style.setProperty('--mx-pad-left', `${columns.before}px`);
    style.setProperty('--mx-pad-right', `${columns.after}px`);
    style.setProperty('--mx-width', `${colV.getTotalSize()}px`);
  });

  const reveal = (item: number, column: number) => {
    rowV.scrollToIndex(item, { align: 'auto' });
    colV.scrollToIndex(column, { align: 'auto' });
  };
  const offset = `${Math.round(rowV.scrollOffset ?? 0)},${Math.round(colV.scrollOffset ?? 0)}`;
  return { rows, columns, reveal, offset };
}

import { useLayoutEffect, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';

/**
 * A lane renders every card up to this many, and a window of them beyond: the seeded plan and a
 * working plan stay whole in the DOM (find in page, screen readers' lists), while a lane of
 * thousands costs a screenful (tests/bench/plan-ui.bench.ts opens 5,000 actions).
 */
export const RENDER_ALL_UP_TO = 40;
/** A card's height before it is measured (one line of title); real heights are measured. */
const CARD_ESTIMATE = 104;
/** Must equal the cards' CSS gap (.lane-cards in board.css): the window adds it between items. */
export const CARD_GAP = 6;
/** Space above the first card and below the last, inside the lane's scroll area. */
const LIST_PADDING = 8;

function rangeOf(range: Range): number[] {
  return range.count <= RENDER_ALL_UP_TO ? Array.from({ length: range.count }, (_, index) => index) : defaultRangeExtractor(range);
}

/**
 * The cards of one lane to render (TanStack Virtual over the lane's own scroll area), with
 * measured heights. The rendered cards stay in normal flow; the list's padding stands in for the
 * cards above and below the window. The padding is set through CSSOM, which the CSP
 * (style-src 'self') allows, since no style attribute is written.
 */
export function useLaneWindow(count: number, keyOf: (index: number) => string,
  scroller: RefObject<HTMLElement | null>, list: RefObject<HTMLElement | null>) {
  // Read afresh on every render (items, sizes); nothing memoizes the virtualizer or its results.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count, getScrollElement: () => scroller.current, estimateSize: () => CARD_ESTIMATE, gap: CARD_GAP, overscan: 6, paddingStart: LIST_PADDING, paddingEnd: LIST_PADDING,
    getItemKey: keyOf, rangeExtractor: rangeOf,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  const before = items[0]?.start ?? 0;
  const after = last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0;
  useLayoutEffect(() => {
    list.current?.style.setProperty('padding-block', `${before}px ${after}px`);
  }, [list, before, after]);
  return { virtualizer, items };
}

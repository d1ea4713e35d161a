import { useCallback, useLayoutEffect, useRef, type DragEvent } from 'react';
import type { Lane } from '../../../../shared/plan/board-view';
import { useCommands } from '../../ui/runtime-context';
import { useTandemStore } from '../../state/store';
import { todayIso } from '../../state/today';
import { dropAction } from './board-edits';
import { usePlanWords } from '../actions/use-plan-words';
import { BoardCard } from './BoardCard';
import { ACTION_DRAG_TYPE, isActionDrag, slotAt } from './drag';
import { applyFocusRequest, pendingFocusId } from './focus-request';
import { useLaneWindow } from './use-lane-window';
import { describeCounts, windowCounts } from './window-counts';

interface Props {
  readonly lane: Lane;
  /** Number of the lane's first card: numbering runs on across lanes. */
  readonly start: number;
  readonly readOnly: boolean;
  /** Where a dragged card would land in this lane (an index among the shown cards), or null. */
  readonly dropSlot: number | null;
  readonly onDropSlot: (tier: Lane['tier'], slot: number | null) => void;
  readonly announce: (message: string | null) => void;
}

/**
 * One lane of the board, a column: its header (name, count, 90-day counts) stays put while its
 * cards scroll beneath it. Long lanes render a window of cards (use-lane-window.ts); a card that
 * keyboard focus must follow is scrolled into the window first, then focused.
 */
export function BoardLane({ lane, start, readOnly, dropSlot, onDropSlot, announce }: Props) {
  const commands = useCommands();
  const words = usePlanWords();
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const keyOf = useCallback((index: number) => lane.actions[index]?.id ?? String(index), [lane.actions]);
  const { virtualizer, items } = useLaneWindow(lane.actions.length, keyOf, scroller, list);
  const dates = useTandemStore((state) => state.eventDates.dates);
  const pending = pendingFocusId();
  const focusIndex = pending === null ? -1 : lane.actions.findIndex((action) => action.id === pending);
  useLayoutEffect(() => {
    if (focusIndex < 0) return;
    if (!items.some((item) => item.index === focusIndex)) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    else applyFocusRequest(list.current);
  });
  const headingId = `lane-${lane.tier ?? 'none'}`;
  const label = words.tier(lane.tier);
  const slotFor = (event: DragEvent) => (list.current ? slotAt(list.current, event.clientY, lane.actions.length) : lane.actions.length);
  const dropHandlers = readOnly ? {} : {
    onDragOver: (event: DragEvent) => {
      if (!isActionDrag(event.dataTransfer.types)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const slot = slotFor(event);
      if (slot !== dropSlot) onDropSlot(lane.tier, slot);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onDropSlot(lane.tier, null);
    },
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer.getData(ACTION_DRAG_TYPE);
      if (!id) return;
      event.preventDefault();
      onDropSlot(lane.tier, null);
      announce(dropAction(words, commands, id, lane.tier, slotFor(event)));
    },
  };
  const count = lane.actions.length;
  return (
    <section className={`lane lane-${lane.tier ?? 'none'}`} aria-labelledby={headingId} data-testid="lane" data-tier={lane.tier ?? 'none'} {...dropHandlers}>
      <header className="lane-head">
        <h2 id={headingId}><span className="lane-dot" aria-hidden="true" />{label} <span className="count">{count}</span></h2>
        <p className="lane-window" data-testid="lane-window">{describeCounts(words.t, windowCounts(lane.actions, dates, todayIso()))}</p>
      </header>
      <div ref={scroller} className="lane-scroll">
        {count === 0 && (
          <p className="lane-empty">{words.t(lane.tier === null ? 'plan.board.laneEmptyNone' : 'plan.board.laneEmpty')}</p>
        )}
        <ol ref={list} className={dropSlot === count && count > 0 ? 'lane-cards drop-at-end' : 'lane-cards'} aria-label={label} start={start}>
          {items.map((item) => {
            const action = lane.actions[item.index]!;
            return (
              <BoardCard key={action.id} action={action} index={item.index} position={start + item.index} first={item.index === 0}
                last={item.index === count - 1} readOnly={readOnly} dropBefore={dropSlot === item.index} announce={announce}
                measure={virtualizer.measureElement} />
            );
          })}
        </ol>
      </div>
    </section>
  );
}

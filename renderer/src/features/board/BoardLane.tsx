import { useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { useCommands } from '../../ui/runtime-context';
import type { Lane } from '../../../../shared/plan/board-view';
import { useTandemStore } from '../../state/store';
import { todayIso } from '../../state/today';
import { dropAction } from './board-edits';
import { laneLabel } from './board-moves';
import { BoardRow } from './BoardRow';
import { ACTION_DRAG_TYPE, isActionDrag, slotAt } from './drag';
import { pendingFocusId } from './focus-request';
import { describeCounts, windowCounts } from './window-counts';

interface Props {
  readonly lane: Lane;
  /** Number of the lane's first row: numbering runs on across lanes. */
  readonly start: number;
  readonly readOnly: boolean;
  /** Where a dragged row would land in this lane (a visible slot), or null. */
  readonly dropSlot: number | null;
  readonly onDropSlot: (tier: Lane['tier'], slot: number | null) => void;
  readonly announce: (message: string | null) => void;
}

/**
 * Rows a lane renders before "Show more". A row is a dozen controls; at 5,000 actions rendering
 * every row took seconds (tests/bench/plan-ui.bench.ts), so a lane shows its head, the search
 * finds the rest, and a row that keyboard focus must follow is always rendered.
 */
export const LANE_PAGE = 15;

/** One lane of the board: its heading and 90-day counts, its ordered rows, and a drop zone. */
export function BoardLane({ lane, start, readOnly, dropSlot, onDropSlot, announce }: Props) {
  const commands = useCommands();
  const list = useRef<HTMLOListElement>(null);
  const [limit, setLimit] = useState(LANE_PAGE);
  // After "Show more", focus moves to the first row it added (as in Owners and Timeline): the
  // button may be gone, and the next thing to read is the new rows.
  const focusRow = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelectorAll<HTMLElement>('[data-testid="action-row"]')[focusRow.current]?.focus();
    focusRow.current = null;
  });
  const focusIndex = lane.actions.findIndex((action) => action.id === pendingFocusId());
  const shown = Math.min(lane.actions.length, Math.max(limit, focusIndex + 1));
  const hidden = lane.actions.length - shown;
  const dates = useTandemStore((state) => state.eventDates.dates);
  const headingId = `lane-${lane.tier ?? 'none'}`;
  const label = laneLabel(lane.tier);
  const slotFor = (event: DragEvent) => (list.current ? slotAt(list.current, event.clientY) : lane.actions.length);
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
      announce(dropAction(commands, id, lane.tier, slotFor(event)));
    },
  };
  return (
    <section className="lane" aria-labelledby={headingId} data-testid="lane" data-tier={lane.tier ?? 'none'} {...dropHandlers}>
      <h2 id={headingId}>{label} <span className="count">({lane.actions.length})</span></h2>
      <p className="lane-window" data-testid="lane-window">{describeCounts(windowCounts(lane.actions, dates, todayIso()))}</p>
      {lane.actions.length === 0 && (
        <p className="empty">{lane.tier === null ? 'New actions appear here until they are sequenced.' : 'No actions in this lane.'}</p>
      )}
      <ol ref={list} className={dropSlot === shown ? 'actions drop-at-end' : 'actions'} aria-label={label} start={start}>
        {lane.actions.slice(0, shown).map((action, index) => (
          <BoardRow key={action.id} action={action} position={start + index} first={index === 0}
            last={index === lane.actions.length - 1} readOnly={readOnly} dropBefore={dropSlot === index} announce={announce} />
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" className="secondary show-more" onClick={() => { focusRow.current = shown; setLimit(shown + LANE_PAGE); }}>
          Show {Math.min(LANE_PAGE, hidden)} more ({hidden} not shown in {label})
        </button>
      )}
    </section>
  );
}

import { useT } from '../../ui/i18n/I18nProvider';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Tier } from '../../../../shared/compact/types';
import { deriveBoard } from '../../../../shared/plan/board-view';
import { useReadOnly, useVisibleActions } from '../../state/use-plan';
import { AddActionForm } from '../actions/AddActionForm';
import { BoardLane } from './BoardLane';
import { DeletedActions } from './DeletedActions';
import { applyFocusRequest } from './focus-request';
import { WindowLegend } from './WindowLegend';
import './board.css';

interface DropTarget {
  readonly tier: Tier | null;
  readonly slot: number;
}

/**
 * The sequencing board: 'Not yet sequenced' first, then the Fifth First Step's three tiers, side
 * by side, each a column of the actions the active filter shows that scrolls on its own. Cards
 * move by drag and drop or from the keyboard; every move is announced in a live region, and
 * focus follows a keyboard move.
 */
export function BoardScreen() {
  const actions = useVisibleActions();
  const readOnly = useReadOnly();
  const t = useT();
  const board = useMemo(() => deriveBoard(actions), [actions]);
  const [announcement, setAnnouncement] = useState('');
  const [drop, setDrop] = useState<DropTarget | null>(null);
  const container = useRef<HTMLDivElement>(null);
  // After every render: a moved card may just have been re-rendered elsewhere.
  useLayoutEffect(() => applyFocusRequest(container.current));
  const announce = useCallback((message: string | null) => {
    // The same words twice would not be read out again: a trailing no-break space makes them new.
    if (message) setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);
  const onDropSlot = useCallback((tier: Tier | null, slot: number | null) => {
    setDrop((previous) => (slot !== null ? { tier, slot } : previous?.tier === tier ? null : previous));
  }, []);
  // Card numbers run on across lanes: each lane starts after the cards of the lanes before it.
  const starts = board.lanes.map((_, index) => 1 + board.lanes.slice(0, index).reduce((sum, lane) => sum + lane.actions.length, 0));
  return (
    <div ref={container} className="board" data-testid="board" onDragEnd={() => setDrop(null)}>
      <div className="board-toolbar">
        {!readOnly && <AddActionForm />}
        <WindowLegend />
      </div>
      <div className="lanes">
        {board.lanes.map((lane, index) => (
          <BoardLane key={lane.tier ?? 'none'} lane={lane} start={starts[index]!} readOnly={readOnly}
            dropSlot={drop && drop.tier === lane.tier ? drop.slot : null} onDropSlot={onDropSlot} announce={announce} />
        ))}
      </div>
      <footer className="board-foot">
        <DeletedActions actions={board.deleted} readOnly={readOnly} announce={announce} />
        {!readOnly && (
          <p className="board-help">{t('plan.board.help')}</p>
        )}
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="board-announcement">{announcement}</p>
    </div>
  );
}

/**
 * The board's edits: moves (drop, step, to a lane), delete and restore. Each reads the board as
 * it is at the moment of the edit (from the store, not from a render that may be stale), calls
 * one command, asks for focus to follow the action, and returns what to announce.
 */
import { actionMatches } from '../../../../shared/plan/action-filter';
import { deriveBoard, type Board } from '../../../../shared/plan/board-view';
import type { Tier } from '../../../../shared/compact/types';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import type { Commands } from '../../runtime/commands';
import type { PlanWords } from '../actions/use-plan-words';
import { laneIndexFor, movedMessage, stepSlot } from './board-moves';
import { cancelFocusRequest, requestFocus, type FocusTarget } from './focus-request';

interface Boards {
  readonly all: Board;
  readonly visible: Board;
}

function boards(): Boards {
  const { actions, filter, compact, institutions } = useTandemStore.getState();
  const visible = compact ? actions.filter((action) => actionMatches(action, filter, compact, institutions, useTandemStore.getState().people)) : actions;
  return { all: deriveBoard(actions), visible: deriveBoard(visible) };
}

const idsOf = (board: Board, tier: Tier | null) => board.lanes.find((lane) => lane.tier === tier)?.actions.map((a) => a.id) ?? [];

function find(board: Board, id: string): ActionView | undefined {
  for (const lane of board.lanes) {
    const action = lane.actions.find((candidate) => candidate.id === id);
    if (action) return action;
  }
  return undefined;
}

/** Puts the action at `index` of the whole lane (counted without it). Null when nothing changed. */
function moveToIndex(words: PlanWords, commands: Commands, current: Boards, action: ActionView, tier: Tier | null, index: number, focus: FocusTarget): string | null {
  const lane = idsOf(current.all, tier).filter((id) => id !== action.id);
  if (action.tier === tier && idsOf(current.all, tier).indexOf(action.id) === index) return null;
  requestFocus(action.id, focus);
  if (!commands.moveAction(action.id, tier, index)) {
    cancelFocusRequest();
    return null;
  }
  return movedMessage(words, action.title, tier, index, lane.length + 1);
}

/** A drop at visible `slot` of `tier`'s lane. */
export function dropAction(words: PlanWords, commands: Commands, id: string, tier: Tier | null, slot: number): string | null {
  const current = boards();
  const action = find(current.all, id);
  if (!action) return null;
  const index = laneIndexFor(idsOf(current.all, tier), idsOf(current.visible, tier), id, slot);
  return moveToIndex(words, commands, current, action, tier, index, 'row');
}

/** One visible place up or down. Without a filter that is moveActionBy's single step. */
export function stepAction(words: PlanWords, commands: Commands, id: string, delta: -1 | 1, focus: FocusTarget): string | null {
  const current = boards();
  const action = find(current.all, id);
  if (!action) return null;
  const whole = idsOf(current.all, action.tier);
  const visible = idsOf(current.visible, action.tier);
  const slot = stepSlot(visible, id, delta);
  if (slot === null) return words.t(delta < 0 ? 'plan.board.alreadyFirst' : 'plan.board.alreadyLast', { title: words.title(action), lane: words.tier(action.tier) });
  if (whole.join('\n') !== visible.join('\n')) {
    return moveToIndex(words, commands, current, action, action.tier, laneIndexFor(whole, visible, id, slot), focus);
  }
  requestFocus(id, focus);
  if (!commands.moveActionBy(id, delta)) {
    cancelFocusRequest();
    return null;
  }
  return movedMessage(words, action.title, action.tier, whole.indexOf(id) + delta, whole.length);
}

/** To the end of another lane. */
export function sendToLane(words: PlanWords, commands: Commands, id: string, tier: Tier | null, focus: FocusTarget): string | null {
  const current = boards();
  const action = find(current.all, id);
  if (!action || action.tier === tier) return null;
  return moveToIndex(words, commands, current, action, tier, idsOf(current.all, tier).length, focus);
}

/** Soft delete; focus goes to the next row shown (or the previous one at the end). */
export function deleteAction(words: PlanWords, commands: Commands, id: string): string | null {
  const current = boards();
  const shown = current.visible.lanes.flatMap((lane) => lane.actions.map((action) => action.id));
  const at = shown.indexOf(id);
  const neighbour = shown[at + 1] ?? shown[at - 1];
  const action = find(current.all, id);
  // With no row left to land on, focus goes to the Restore button of what was just deleted.
  requestFocus(neighbour ?? id, neighbour ? 'row' : 'restore');
  if (!commands.deleteAction(id)) {
    cancelFocusRequest();
    return null;
  }
  return words.t('plan.board.deleted', { title: words.title(action) });
}

export function restoreAction(words: PlanWords, commands: Commands, id: string): string | null {
  const action = useTandemStore.getState().actions.find((candidate) => candidate.id === id);
  requestFocus(id, 'row');
  if (!commands.restoreAction(id)) {
    cancelFocusRequest();
    return null;
  }
  return words.t('plan.board.restored', { title: words.title(action), lane: words.tier(action?.tier ?? null) });
}

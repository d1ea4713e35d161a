import type { StateCreator } from 'zustand';
import { NO_FILTER, type PlanFilter } from '../../../shared/plan/action-filter';
import type { TandemState } from './store';

/** UI state shared by the plan's views: the active search/filter, and the action open in detail. */
export interface PlanSlice {
  filter: PlanFilter;
  detailActionId: string | null;
  /** Whether the detail takes the focus when it opens (false: the list follows with its arrows and keeps it). */
  detailFocus: boolean;
  undoState: { readonly undo: number; readonly redo: number };
  setUndoState(state: { readonly undo: number; readonly redo: number }): void;
  setFilter(filter: PlanFilter): void;
  openDetail(actionId: string, focus?: boolean): void;
  closeDetail(): void;
}

export const createPlanSlice: StateCreator<TandemState, [], [], PlanSlice> = (set) => ({
  filter: NO_FILTER,
  detailActionId: null,
  detailFocus: true,
  undoState: { undo: 0, redo: 0 },
  setUndoState: (undoState) => set({ undoState }),
  setFilter: (filter) => set({ filter }),
  openDetail: (detailActionId, focus = true) => set({ detailActionId, detailFocus: focus }),
  closeDetail: () => set({ detailActionId: null }),
});

import type { StateCreator } from 'zustand';
import { NO_FILTER, type PlanFilter } from '../../../shared/plan/action-filter';
import type { TandemState } from './store';

/** UI state shared by the plan's views: the active search/filter, and the action open in detail. */
export interface PlanSlice {
  filter: PlanFilter;
  detailActionId: string | null;
  undoState: { readonly undo: number; readonly redo: number };
  setUndoState(state: { readonly undo: number; readonly redo: number }): void;
  setFilter(filter: PlanFilter): void;
  openDetail(actionId: string): void;
  closeDetail(): void;
}

export const createPlanSlice: StateCreator<TandemState, [], [], PlanSlice> = (set) => ({
  filter: NO_FILTER,
  detailActionId: null,
  undoState: { undo: 0, redo: 0 },
  setUndoState: (undoState) => set({ undoState }),
  setFilter: (filter) => set({ filter }),
  openDetail: (detailActionId) => set({ detailActionId }),
  closeDetail: () => set({ detailActionId: null }),
});

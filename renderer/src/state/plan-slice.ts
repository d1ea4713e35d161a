import type { StateCreator } from 'zustand';
import { NO_FILTER, type PlanFilter } from '../../../shared/plan/action-filter';
import { NO_AGREEMENTS, type PlanAgreements } from '../../../shared/workspace/agreement/plan-agreements';
import type { TandemState } from './store';

/**
 * UI state shared by the plan's views: the active search/filter, the action open in detail, and
 * each action's agreement by the two delegations (derived by the runtime once per change, read
 * by rows, cards and the detail panel by action id).
 */
export interface PlanSlice {
  agreements: PlanAgreements;
  setAgreements(agreements: PlanAgreements): void;
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
  agreements: NO_AGREEMENTS,
  setAgreements: (agreements) => set({ agreements }),
  filter: NO_FILTER,
  detailActionId: null,
  detailFocus: true,
  undoState: { undo: 0, redo: 0 },
  setUndoState: (undoState) => set({ undoState }),
  setFilter: (filter) => set({ filter }),
  openDetail: (detailActionId, focus = true) => set({ detailActionId, detailFocus: focus }),
  closeDetail: () => set({ detailActionId: null }),
});

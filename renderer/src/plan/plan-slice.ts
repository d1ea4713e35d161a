import type { StateCreator } from 'zustand';
import { NO_FILTER, type PlanFilter } from '../../../shared/plan/action-filter';
import type { TandemState } from '../app/store';

/** UI state shared by the plan's views: the active search/filter, and the action open in detail. */
export interface PlanSlice {
  filter: PlanFilter;
  detailActionId: string | null;
  setFilter(filter: PlanFilter): void;
  openDetail(actionId: string): void;
  closeDetail(): void;
}

export const createPlanSlice: StateCreator<TandemState, [], [], PlanSlice> = (set) => ({
  filter: NO_FILTER,
  detailActionId: null,
  setFilter: (filter) => set({ filter }),
  openDetail: (detailActionId) => set({ detailActionId }),
  closeDetail: () => set({ detailActionId: null }),
});

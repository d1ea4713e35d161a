import type { StateCreator } from 'zustand';
import type { ActionView } from '../../../shared/workspace/action-view';
import type { TandemState } from './store';

export interface WorkspaceSlice {
  actions: readonly ActionView[];
  setActions(actions: readonly ActionView[]): void;
}

export const createWorkspaceSlice: StateCreator<TandemState, [], [], WorkspaceSlice> = (set) => ({
  actions: [],
  setActions: (actions) => set({ actions }),
});

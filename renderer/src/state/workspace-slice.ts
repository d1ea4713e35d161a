import type { StateCreator } from 'zustand';
import type { ActionView } from '../../../shared/workspace/action-view';
import type { TandemState } from './store';

export interface WorkspaceSlice {
  actions: readonly ActionView[];
  setActions(actions: readonly ActionView[]): void;
  /**
   * The view shown, by id (the shell's list of views). Kept here rather than in the screen, so a
   * reopen of the workspace (a change of identity, a restore) comes back to the same view.
   */
  view: string | null;
  setView(view: string): void;
}

export const createWorkspaceSlice: StateCreator<TandemState, [], [], WorkspaceSlice> = (set) => ({
  actions: [],
  setActions: (actions) => set({ actions }),
  view: null,
  setView: (view) => set({ view }),
});

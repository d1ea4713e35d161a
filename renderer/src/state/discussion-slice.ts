import type { StateCreator } from 'zustand';
import { NO_THREADS, type ThreadsView } from '../../../shared/workspace/agreement/comment-view';
import type { TandemState } from './store';

/** The discussion threads as the document holds them (comment-view.ts), by item. */
export interface DiscussionSlice {
  threads: ThreadsView;
  setThreads(threads: ThreadsView): void;
}

export const createDiscussionSlice: StateCreator<TandemState, [], [], DiscussionSlice> = (set) => ({
  threads: NO_THREADS,
  setThreads: (threads) => set({ threads }),
});

import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';
import { createCompactSlice, type CompactSlice } from './compact-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { createInboxSlice, type InboxSlice } from './inbox-slice';
import { createMeetingsSlice, type MeetingsSlice } from './meetings-slice';
import { createDiscussionSlice, type DiscussionSlice } from './discussion-slice';

/**
 * One store made of slices (the zustand slices pattern). It holds immutable views only: the
 * Y.Doc is the source of truth, and every view here is derived from it after each change, local
 * or remote, along the same path.
 */
export type TandemState = SessionSlice & WorkspaceSlice & CompactSlice & PlanSlice & SyncSlice & InboxSlice & MeetingsSlice & DiscussionSlice;

export const useTandemStore = create<TandemState>()((...args) => ({
  ...createSessionSlice(...args),
  ...createWorkspaceSlice(...args),
  ...createCompactSlice(...args),
  ...createPlanSlice(...args),
  ...createSyncSlice(...args),
  ...createInboxSlice(...args),
  ...createMeetingsSlice(...args),
  ...createDiscussionSlice(...args),
}));

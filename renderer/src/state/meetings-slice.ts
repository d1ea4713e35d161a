import type { StateCreator } from 'zustand';
import { NO_MEETINGS, type MeetingsView } from '../../../shared/workspace/meetings/meeting-view';
import type { TandemState } from './store';

/** The working sessions as the document holds them, and the meeting open in the Meetings view. */
export interface MeetingsSlice {
  meetings: MeetingsView;
  setMeetings(meetings: MeetingsView): void;
  openMeetingId: string | null;
  openMeeting(id: string | null): void;
}

export const createMeetingsSlice: StateCreator<TandemState, [], [], MeetingsSlice> = (set) => ({
  meetings: NO_MEETINGS,
  setMeetings: (meetings) => set({ meetings }),
  openMeetingId: null,
  openMeeting: (openMeetingId) => set({ openMeetingId }),
});

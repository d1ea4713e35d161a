import type { StateCreator } from 'zustand';
import { EMPTY_INBOX, type InboxView } from '../../../shared/review/inbox';
import type { TandemState } from './store';

/** The conflict inbox as derived from the document (shared/review/inbox.ts). */
export interface InboxSlice {
  inbox: InboxView;
  setInbox(inbox: InboxView): void;
}

export const createInboxSlice: StateCreator<TandemState, [], [], InboxSlice> = (set) => ({
  inbox: EMPTY_INBOX,
  setInbox: (inbox) => set({ inbox }),
});

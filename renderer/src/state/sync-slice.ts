import type { StateCreator } from 'zustand';
import type { Presence } from '../../../shared/sync/presence';
import type { TandemState } from './store';
import type { SyncProblem } from '../../../shared/sync/sync-problem';
import { OFFLINE, type SyncStatus } from '../../../shared/sync/sync-status';
import { RELAY_OFF, type RelayStatus } from '../../../shared/sync/relay-status';

/** The LAN session as the UI sees it (status, who is present, the last problem, the join code), and the relay link. */
export interface SyncSlice {
  syncStatus: SyncStatus;
  presence: readonly Presence[];
  /** Who is editing each action (by action id), from presence. */
  editors: ReadonlyMap<string, readonly Presence[]>;
  syncProblem: SyncProblem | null;
  /** The formatted join code of the current session, to show and read out. */
  joinCode: string | null;
  setSyncStatus(status: SyncStatus): void;
  setPresence(presence: readonly Presence[]): void;
  setSyncProblem(problem: SyncProblem | null): void;
  setJoinCode(code: string | null): void;
  /** The link to the delegation's relay: off, or its address, phase and problem. */
  relayStatus: RelayStatus;
  setRelayStatus(status: RelayStatus): void;
}

const NO_EDITORS: ReadonlyMap<string, readonly Presence[]> = new Map();

export const createSyncSlice: StateCreator<TandemState, [], [], SyncSlice> = (set) => ({
  syncStatus: OFFLINE,
  presence: [],
  editors: NO_EDITORS,
  syncProblem: null,
  joinCode: null,
  setSyncStatus: (syncStatus) => set({ syncStatus }),
  setPresence: (presence) => set({ presence, editors: editorsOf(presence) }),
  setSyncProblem: (syncProblem) => set({ syncProblem }),
  setJoinCode: (joinCode) => set({ joinCode }),
  relayStatus: RELAY_OFF,
  setRelayStatus: (relayStatus) => set({ relayStatus }),
});

function editorsOf(presence: readonly Presence[]): ReadonlyMap<string, readonly Presence[]> {
  const editors = new Map<string, Presence[]>();
  for (const person of presence) {
    if (person.editing === null) continue;
    const list = editors.get(person.editing) ?? [];
    list.push(person);
    editors.set(person.editing, list);
  }
  return editors.size === 0 ? NO_EDITORS : editors;
}

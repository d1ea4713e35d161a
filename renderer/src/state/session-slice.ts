import type { StateCreator } from 'zustand';
import type { Identity } from '../../../shared/identity/identity';
import type { LoadReport } from '../../../shared/persistence/load-workspace';
import type { SaveState } from '../../../shared/persistence/update-writer';
import type { Phase, StorageMode } from '../runtime/app-phase';
import type { TandemState } from './store';

export type { Phase, StorageMode } from '../runtime/app-phase';

export interface SessionSlice {
  phase: Phase;
  identity: Identity | null;
  storageMode: StorageMode;
  loadReport: LoadReport | null;
  quarantineCount: number;
  saveState: SaveState;
  /** The last problem worth telling the user about (an invalid edit, an ignored message). */
  notice: string | null;
  setPhase(phase: Phase): void;
  setIdentity(identity: Identity): void;
  setLoaded(report: LoadReport, quarantineCount: number, mode: StorageMode): void;
  setSaveState(state: SaveState): void;
  setNotice(notice: string | null): void;
}

export const createSessionSlice: StateCreator<TandemState, [], [], SessionSlice> = (set) => ({
  phase: { kind: 'starting' },
  identity: null,
  storageMode: 'disk',
  loadReport: null,
  quarantineCount: 0,
  saveState: { kind: 'saved' },
  notice: null,
  setPhase: (phase) => set({ phase }),
  setIdentity: (identity) => set({ identity }),
  setLoaded: (loadReport, quarantineCount, storageMode) => set({ loadReport, quarantineCount, storageMode }),
  setSaveState: (saveState) => set({ saveState }),
  setNotice: (notice) => set({ notice }),
});

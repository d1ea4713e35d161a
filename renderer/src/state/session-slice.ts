import type { StateCreator } from 'zustand';
import type { Identity } from '../../../shared/identity/identity';
import type { LoadReport } from '../../../shared/persistence/load-workspace';
import type { SaveState } from '../../../shared/persistence/update-writer';
import type { TandemState } from './store';

/** Where the app is in its start-up, and how local storage is doing. */
export type Phase =
  | { readonly kind: 'starting' }
  | { readonly kind: 'needs-identity' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'storage-failed'; readonly message: string }
  /** The bundled seed failed its schema: each line names file, record and field. */
  | { readonly kind: 'seed-invalid'; readonly errors: readonly string[] };

export type StorageMode = 'disk' | 'memory';

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

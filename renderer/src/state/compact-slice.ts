import type { StateCreator } from 'zustand';
import type { CompactData } from '../../../shared/compact/types';
import type { EventDatesView } from '../../../shared/workspace/event-dates';
import type { InstitutionDirectory } from '../../../shared/workspace/institution-view';
import type { OwnersView, PersonView } from '../../../shared/workspace/owner-view';
import type { TandemState } from './store';

/**
 * The compact's reference data (static once loaded) and the two views of the document that give
 * it life: the owner directory and the anchor-event dates deadlines count from.
 */
export interface CompactSlice {
  compact: CompactData | null;
  institutions: InstitutionDirectory;
  eventDates: EventDatesView;
  initiativeOwners: ReadonlyMap<string, OwnersView>;
  /** The initiative open in the Compact view; kept here so it survives switching views. */
  selectedInitiative: string | null;
  selectInitiative(code: string): void;
  people: ReadonlyMap<string, PersonView>;
  setInitiativeOwners(owners: ReadonlyMap<string, OwnersView>): void;
  setPeople(people: ReadonlyMap<string, PersonView>): void;
  setCompact(compact: CompactData): void;
  setInstitutions(institutions: InstitutionDirectory): void;
  setEventDates(eventDates: EventDatesView): void;
}

export const createCompactSlice: StateCreator<TandemState, [], [], CompactSlice> = (set) => ({
  compact: null,
  institutions: new Map(),
  eventDates: { dates: new Map(), problems: new Map() },
  initiativeOwners: new Map(),
  selectedInitiative: null,
  selectInitiative: (selectedInitiative) => set({ selectedInitiative }),
  people: new Map(),
  setInitiativeOwners: (initiativeOwners) => set({ initiativeOwners }),
  setPeople: (people) => set({ people }),
  setCompact: (compact) => set({ compact }),
  setInstitutions: (institutions) => set({ institutions }),
  setEventDates: (eventDates) => set({ eventDates }),
});


import { useMemo } from 'react';
import { actionMatcher, recommendationMatches, type PlanFilter } from '../../../shared/plan/action-filter';
import type { CompactData, Recommendation } from '../../../shared/compact/types';
import type { InstitutionDirectory } from '../../../shared/workspace/institution-view';
import type { PersonView } from '../../../shared/workspace/owner-view';
import type { ActionView } from '../../../shared/workspace/action-view';
import { useTandemStore } from './store';
import { useCompact } from './use-compact';

type FilterInputs = readonly [readonly ActionView[], PlanFilter, CompactData, InstitutionDirectory, ReadonlyMap<string, PersonView>];

/**
 * The last filtering, shared by every component that asks (the filter bar's count and the view
 * both do, on every keystroke): one pass over the actions instead of one per component. It holds
 * immutable views only, compared by identity, never a live resource.
 */
let lastFiltered: { readonly inputs: FilterInputs; readonly shown: readonly ActionView[] } | null = null;

function filtered(inputs: FilterInputs): readonly ActionView[] {
  if (lastFiltered && lastFiltered.inputs.every((input, index) => input === inputs[index])) return lastFiltered.shown;
  const [actions, filter, compact, directory, people] = inputs;
  const matches = actionMatcher(filter, compact, directory, people);
  const shown = actions.filter(matches);
  // Unfiltered, the store's own array: views memoised on it need not recompute.
  const result = shown.length === actions.length ? actions : shown;
  lastFiltered = { inputs, shown: result };
  return result;
}

/** The actions the active filter lets through (deleted ones included; views decide what to show). */
export function useVisibleActions(): readonly ActionView[] {
  const actions = useTandemStore((state) => state.actions);
  const filter = useTandemStore((state) => state.filter);
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const compact = useCompact();
  return useMemo(() => filtered([actions, filter, compact, directory, people]), [actions, filter, compact, directory, people]);
}

export function useVisibleRecommendations(): readonly Recommendation[] {
  const filter = useTandemStore((state) => state.filter);
  const owners = useTandemStore((state) => state.initiativeOwners);
  const people = useTandemStore((state) => state.people);
  const directory = useTandemStore((state) => state.institutions);
  const compact = useCompact();
  return useMemo(
    () => compact.recommendations.filter((rec) => recommendationMatches(rec, filter, directory, owners.get(rec.code), people)),
    [compact, filter, directory, owners, people],
  );
}

/** True for observers: every editing control is disabled or hidden (commands refuse anyway). */
export function useReadOnly(): boolean {
  return useTandemStore((state) => state.identity?.role === 'observer');
}

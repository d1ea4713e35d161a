import { useMemo } from 'react';
import { actionMatcher, recommendationMatches } from '../../../shared/plan/action-filter';
import type { Recommendation } from '../../../shared/compact/types';
import type { ActionView } from '../../../shared/workspace/action-view';
import { useTandemStore } from './store';
import { useCompact } from './use-compact';

/** The actions the active filter lets through (deleted ones included; views decide what to show). */
export function useVisibleActions(): readonly ActionView[] {
  const actions = useTandemStore((state) => state.actions);
  const filter = useTandemStore((state) => state.filter);
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const compact = useCompact();
  return useMemo(
    () => {
      const matches = actionMatcher(filter, compact, directory, people);
      const shown = actions.filter(matches);
      // Unfiltered, the store's own array: views memoised on it need not recompute.
      return shown.length === actions.length ? actions : shown;
    },
    [actions, filter, compact, directory, people],
  );
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

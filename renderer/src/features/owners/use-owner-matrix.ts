import { useMemo } from 'react';
import { deriveOwnerMatrix, type MatrixRow } from '../../../../shared/plan/owner-matrix';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { useVisibleActions, useVisibleRecommendations } from '../../state/use-plan';
import { createActionRows } from './action-rows';

/** One cache for the app: opening the view again finds the rows of unchanged actions ready. */
const actionRows = createActionRows();

/**
 * The matrix rows for what the filter lets through: initiatives, then live actions. Derived once
 * per change of its inputs (each of which the store shares structurally), never per render; an
 * action's row only when that action changed (action-rows.ts), so initiative owners and actions
 * are derived apart.
 */
export function useOwnerMatrix(): readonly MatrixRow[] {
  const compact = useCompact();
  const recommendations = useVisibleRecommendations();
  const actions = useVisibleActions();
  const initiativeOwners = useTandemStore((state) => state.initiativeOwners);
  const directory = useTandemStore((state) => state.institutions);
  const initiatives = useMemo(
    () => deriveOwnerMatrix({ ...compact, recommendations }, initiativeOwners, [], directory),
    [compact, recommendations, initiativeOwners, directory],
  );
  const live = useMemo(() => actionRows(compact, actions, directory), [compact, actions, directory]);
  return useMemo(() => [...initiatives, ...live], [initiatives, live]);
}

/** The institutions the annex names for an initiative (none for an action or an unknown code). */
export function useAnnexOwners(kind: MatrixRow['kind'], id: string): readonly string[] {
  const compact = useCompact();
  return useMemo(() => {
    const rec = kind === 'initiative' ? compact.recommendations.find((entry) => entry.code === id) : undefined;
    return rec ? [...rec.usOwners, ...rec.israelOwners].flatMap((entry) => entry.institutions) : [];
  }, [compact, kind, id]);
}

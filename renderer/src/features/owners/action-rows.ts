/**
 * The matrix rows of actions, kept per ActionView. The store reuses the view of every action that
 * did not change (deriveActions), so after a keystroke in one title — here, in the detail panel
 * or on a peer's laptop — one row is derived again, not 5,000. A row also says which of its
 * institutions the directory lacks, so a new directory starts a new cache.
 */
import type { CompactData } from '../../../../shared/compact/types';
import { deriveOwnerMatrix, type MatrixRow } from '../../../../shared/plan/owner-matrix';
import type { ActionView } from '../../../../shared/workspace/action-view';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { OwnersView } from '../../../../shared/workspace/owner-view';

export type ActionRows = (compact: CompactData, actions: readonly ActionView[], directory: InstitutionDirectory) => readonly MatrixRow[];

const NO_OWNERS: ReadonlyMap<string, OwnersView> = new Map();

/** A function giving the rows of live actions, in their order, built by deriveOwnerMatrix itself. */
export function createActionRows(): ActionRows {
  let cachedFor: InstitutionDirectory | null = null;
  let rows = new WeakMap<ActionView, MatrixRow>();
  return (compact, actions, directory) => {
    if (directory !== cachedFor) {
      cachedFor = directory;
      rows = new WeakMap();
    }
    const live = actions.filter((action) => !action.deleted);
    const missing = live.filter((action) => !rows.has(action));
    if (missing.length > 0) {
      // With no recommendations, deriveOwnerMatrix gives exactly one row per live action, in order.
      const built = deriveOwnerMatrix({ ...compact, recommendations: [] }, NO_OWNERS, missing, directory);
      built.forEach((row, index) => rows.set(missing[index]!, row));
    }
    return live.map((action) => rows.get(action)!);
  };
}

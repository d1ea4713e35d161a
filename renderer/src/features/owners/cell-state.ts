/**
 * Where an institution stands on one row, for the cell's menu: the side it can lead, whether it
 * leads or supports now, whether the annex names it, and who leads that side at present.
 */
import type { Side } from '../../../../shared/compact/types';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import type { OwnedTarget } from '../../../../shared/workspace/owners';
import type { MatrixColumn } from './matrix-model';

export interface CellState {
  readonly target: OwnedTarget;
  readonly side: Side;
  readonly isLead: boolean;
  readonly isSupporting: boolean;
  readonly inAnnex: boolean;
  readonly currentLead: string | null;
  readonly currentPerson: string | null;
}

/** `annex`: the institutions the annex's owner tables name for this row (none for an action). */
export function cellState(row: MatrixRow, column: MatrixColumn, annex: readonly string[]): CellState {
  const [currentLead, currentPerson] = column.side === 'us'
    ? [row.owners.usLead, row.owners.usLeadPerson]
    : [row.owners.israelLead, row.owners.israelLeadPerson];
  return {
    target: { kind: row.kind, id: row.id },
    side: column.side,
    isLead: currentLead === column.id,
    isSupporting: row.owners.supporting.includes(column.id),
    // Read from the annex itself: the cell shows only the strongest role, and a lead may be named there too.
    inAnnex: annex.includes(column.id),
    currentLead,
    currentPerson,
  };
}

import { memo } from 'react';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { PersonView } from '../../../../shared/workspace/owner-view';
import { cellName, ROLE_NAMES, ROLE_SHORT, sameRow, type MatrixColumn } from './matrix-model';
import { RowHeader } from './RowHeader';

interface Props {
  readonly row: MatrixRow;
  readonly rowIndex: number;
  readonly columns: readonly MatrixColumn[];
  /** Index of the first Israel column (a divider is drawn before it), -1 when none is shown. */
  readonly firstIsrael: number;
  /** The column of the grid's Tab stop when it is in this row, else -1. */
  readonly activeCol: number;
  readonly readOnly: boolean;
  readonly people: ReadonlyMap<string, PersonView>;
  readonly directory: InstitutionDirectory;
}

/** One row of the matrix. Cells carry no handlers (the grid handles events once) and no per-cell state. */
function RowView({ row, rowIndex, columns, firstIsrael, activeCol, readOnly, people, directory }: Props) {
  return (
    <tr className="matrix-row" data-testid="matrix-row" data-row-kind={row.kind} data-row-id={row.id}>
      <RowHeader row={row} people={people} directory={directory} />
      {columns.map((column, col) => {
        const role = row.cells.get(column.id);
        const className = `cell ${column.side}${col === firstIsrael && col > 0 ? ' side-start' : ''}`;
        if (readOnly) {
          return (
            <td key={column.id} className={className}>
              {role && <abbr className={`cell-role ${role}`} title={ROLE_NAMES[role]}>{ROLE_SHORT[role]}</abbr>}
            </td>
          );
        }
        return (
          <td key={column.id} className={className}>
            <button type="button" className={`cell-button ${role ?? 'none'}`} data-row={rowIndex} data-col={col}
              tabIndex={col === activeCol ? 0 : -1} aria-label={cellName(row, column, role)} aria-haspopup="dialog">
              {role ? ROLE_SHORT[role] : ''}
            </button>
          </td>
        );
      })}
    </tr>
  );
}

export const MatrixRowView = memo(RowView, (a, b) =>
  sameRow(a.row, b.row) && a.rowIndex === b.rowIndex && a.columns === b.columns && a.firstIsrael === b.firstIsrael &&
  a.activeCol === b.activeCol && a.readOnly === b.readOnly && a.people === b.people && a.directory === b.directory);

import { memo } from 'react';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { PersonView } from '../../../../shared/workspace/owner-view';
import { indexes, type Span } from './matrix-layout';
import { useT } from '../../ui/i18n/I18nProvider';
import { cellName, roleName, roleShort, sameRow, type MatrixColumn } from './matrix-model';
import { RowHeader } from './RowHeader';

interface Props {
  readonly row: MatrixRow;
  readonly rowIndex: number;
  /** The row's position for assistive technology (aria-rowindex, header rows counted). */
  readonly ariaRow: number;
  readonly columns: readonly MatrixColumn[];
  /** The rendered columns; spacer cells stand in for the others. */
  readonly span: Span;
  /** The column of the grid's Tab stop when it is in this row, else -1. */
  readonly tabCol: number;
  readonly readOnly: boolean;
  readonly people: ReadonlyMap<string, PersonView>;
  readonly directory: InstitutionDirectory;
}

/** One row of the matrix. Cells carry no handlers (the grid handles events once) and no per-cell state. */
function RowView({ row, rowIndex, ariaRow, columns, span, tabCol, readOnly, people, directory }: Props) {
  const t = useT();
  return (
    <tr className="matrix-row" data-testid="matrix-row" data-row-kind={row.kind} data-row-id={row.id} aria-rowindex={ariaRow}>
      <RowHeader row={row} people={people} directory={directory} />
      {span.before > 0 && <td className="mx-pad" aria-hidden="true" />}
      {indexes(span).map((col) => {
        const column = columns[col]!;
        const role = row.cells.get(column.id);
        const start = col > 0 && columns[col - 1]!.side !== column.side;
        const className = `cell ${column.side}${start ? ' side-start' : ''}`;
        if (readOnly) {
          return (
            <td key={column.id} className={className} aria-colindex={col + 2} data-row={rowIndex} data-col={col}>
              {role && <abbr className={`cell-role ${role}`} title={roleName(t, role)}>{roleShort(t, role)}</abbr>}
            </td>
          );
        }
        return (
          <td key={column.id} className={className} aria-colindex={col + 2}>
            <button type="button" className={`cell-button ${role ?? 'none'}`} data-row={rowIndex} data-col={col}
              tabIndex={col === tabCol ? 0 : -1} aria-label={cellName(t, row, column, role)} aria-haspopup="dialog">
              {role ? roleShort(t, role) : ''}
            </button>
          </td>
        );
      })}
      {span.after > 0 && <td className="mx-pad" aria-hidden="true" />}
    </tr>
  );
}

const sameSpan = (a: Span, b: Span) => a.first === b.first && a.last === b.last && (a.before > 0) === (b.before > 0) && (a.after > 0) === (b.after > 0);

export const MatrixRowView = memo(RowView, (a, b) =>
  sameRow(a.row, b.row) && a.rowIndex === b.rowIndex && a.ariaRow === b.ariaRow && a.columns === b.columns && sameSpan(a.span, b.span) &&
  a.tabCol === b.tabCol && a.readOnly === b.readOnly && a.people === b.people && a.directory === b.directory);

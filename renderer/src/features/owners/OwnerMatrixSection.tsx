import { useMemo, useState } from 'react';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { MatrixControls, type MatrixOptions } from './MatrixControls';
import { MatrixGrid } from './MatrixGrid';
import { gapSummary, gapSummaryText, matrixColumns, type MatrixColumn } from './matrix-model';
import { useT } from '../../ui/i18n/I18nProvider';
import { loadSideChoice, saveSideChoice } from './side-choice';
import { useOwnerMatrix } from './use-owner-matrix';

const sameColumns = (a: readonly MatrixColumn[], b: readonly MatrixColumn[]) =>
  a.length === b.length && a.every((column, i) => {
    const other = b[i]!;
    return column.id === other.id && column.label === other.label && column.name === other.name && column.side === other.side;
  });

/** The owner matrix with its column choices and the count of rows that still lack a lead. */
export function OwnerMatrixSection() {
  const rows = useOwnerMatrix();
  const directory = useTandemStore((state) => state.institutions);
  const readOnly = useReadOnly();
  const t = useT();
  const [options, setOptions] = useState<MatrixOptions>(() => ({ sides: loadSideChoice(), columns: 'all', gapsOnly: false }));
  const choose = (next: MatrixOptions) => {
    if (next.sides !== options.sides) saveSideChoice(next.sides);
    setOptions(next);
  };
  const shown = useMemo(() => (options.gapsOnly ? rows.filter((row) => row.gaps.length > 0) : rows), [rows, options.gapsOnly]);
  const summary = useMemo(() => gapSummary(rows), [rows]);
  const computed = useMemo(
    () => matrixColumns(directory, shown, options.sides, options.columns),
    [directory, shown, options.sides, options.columns],
  );
  // Keep the previous column list while it holds the same columns (in-use columns are recomputed
  // on every edit), so the memoised rows are not all re-rendered for nothing.
  const [columns, setColumns] = useState(computed);
  if (columns !== computed && !sameColumns(columns, computed)) setColumns(computed);
  return (
    <section className="owner-matrix" aria-labelledby="owner-matrix-heading">
      <div className="matrix-toolbar">
        <h2 id="owner-matrix-heading">{t('data.owners.matrix')}</h2>
        <p className="gap-summary" data-testid="gap-summary" role="status">{gapSummaryText(t, summary)}</p>
        <MatrixControls options={options} onChange={choose} />
      </div>
      <MatrixGrid rows={shown} columns={columns} readOnly={readOnly} />
    </section>
  );
}

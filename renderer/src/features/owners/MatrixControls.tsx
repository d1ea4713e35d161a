import type { ColumnChoice, SideChoice } from './matrix-model';

export interface MatrixOptions {
  readonly sides: SideChoice;
  readonly columns: ColumnChoice;
  readonly gapsOnly: boolean;
}

/** Narrowing the ~70 institution columns (one side, or those in use) and the rows (gaps only); a legend. */
export function MatrixControls({ options, onChange }: { readonly options: MatrixOptions; readonly onChange: (next: MatrixOptions) => void }) {
  return (
    <div className="matrix-controls">
      <span>
        <label htmlFor="matrix-sides">Sides</label>{' '}
        <select id="matrix-sides" value={options.sides} onChange={(event) => onChange({ ...options, sides: event.target.value as SideChoice })}>
          <option value="both">U.S. and Israel</option>
          <option value="us">U.S. only</option>
          <option value="israel">Israel only</option>
        </select>
      </span>
      <span>
        <label htmlFor="matrix-columns">Columns</label>{' '}
        <select id="matrix-columns" value={options.columns} onChange={(event) => onChange({ ...options, columns: event.target.value as ColumnChoice })}>
          <option value="all">All institutions</option>
          <option value="in-use">Only institutions in use</option>
        </select>
      </span>
      <label>
        <input type="checkbox" checked={options.gapsOnly} onChange={(event) => onChange({ ...options, gapsOnly: event.target.checked })} />
        {' '}Only rows with a gap
      </label>
      <p className="legend">
        <span className="legend-title">Legend:</span>
        <span className="cell-role lead">Lead</span> lead of its side
        <span className="cell-role supporting">Supp.</span> supporting
        <span className="cell-role annex">Annex</span> named in the annex’s owner table
      </p>
    </div>
  );
}

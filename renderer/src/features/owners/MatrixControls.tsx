import type { ColumnChoice, SideChoice } from './matrix-model';
import { SideSwitch } from './SideSwitch';

export interface MatrixOptions {
  readonly sides: SideChoice;
  readonly columns: ColumnChoice;
  readonly gapsOnly: boolean;
}

/** Narrowing the ~70 institution columns (one side, or those in use) and the rows (gaps only); a legend. */
export function MatrixControls({ options, onChange }: { readonly options: MatrixOptions; readonly onChange: (next: MatrixOptions) => void }) {
  return (
    <div className="matrix-controls">
      <SideSwitch value={options.sides} onChange={(sides) => onChange({ ...options, sides })} />
      <label className="control">
        <span className="control-label">Columns</span>
        <select aria-label="Columns" value={options.columns} onChange={(event) => onChange({ ...options, columns: event.target.value as ColumnChoice })}>
          <option value="all">All institutions</option>
          <option value="in-use">Only institutions in use</option>
        </select>
      </label>
      <label className="control">
        <input type="checkbox" checked={options.gapsOnly} onChange={(event) => onChange({ ...options, gapsOnly: event.target.checked })} />
        {' '}Only rows with a gap
      </label>
      <p className="legend">
        <span className="cell-role lead us">Lead</span><span className="cell-role lead israel">Lead</span> lead of its side
        <span className="cell-role supporting us">Supp.</span> supporting
        <span className="cell-role annex">Annex</span> named in the annex
      </p>
    </div>
  );
}

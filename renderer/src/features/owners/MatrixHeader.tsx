import type { MatrixColumn } from './matrix-model';

/** Two header rows: the sides, then each institution (its full name on hover and for screen readers). */
export function MatrixHeader({ columns }: { readonly columns: readonly MatrixColumn[] }) {
  const us = columns.filter((column) => column.side === 'us').length;
  const israel = columns.length - us;
  return (
    <thead>
      <tr className="side-row">
        <th scope="col" rowSpan={2} className="corner">Initiative or action</th>
        {us > 0 && <th scope="colgroup" colSpan={us} className="side-head us"><span>U.S. institutions ({us})</span></th>}
        {israel > 0 && <th scope="colgroup" colSpan={israel} className="side-head israel"><span>Israel institutions ({israel})</span></th>}
      </tr>
      <tr className="institution-row">
        {columns.map((column, index) => (
          <th key={column.id} scope="col" className={`institution-head ${column.side}${index === us && us > 0 ? ' side-start' : ''}`}
            title={column.name} aria-label={column.label === column.name ? column.name : `${column.label} (${column.name})`}>
            <span dir="auto">{column.label}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

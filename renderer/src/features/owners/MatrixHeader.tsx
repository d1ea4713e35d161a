import type { Side } from '../../../../shared/compact/types';
import { indexes, type Span } from './matrix-layout';
import { MatrixDetail, type DetailChannel } from './MatrixDetail';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import type { MatrixColumn } from './matrix-model';

interface Props {
  readonly columns: readonly MatrixColumn[];
  /** The rendered columns; the others are spacer columns. */
  readonly span: Span;
  /** The column of the grid's focused (or remembered) cell, marked in its header; -1 for none. */
  readonly activeCol: number;
  readonly detail: DetailChannel;
}

/** Runs of consecutive rendered columns of one side, for the delegation bands. */
function bands(columns: readonly MatrixColumn[], span: Span): { side: Side; from: number; count: number }[] {
  const out: { side: Side; from: number; count: number }[] = [];
  for (const col of indexes(span)) {
    const side = columns[col]!.side;
    const last = out.at(-1);
    if (last && last.side === side) last.count += 1;
    else out.push({ side, from: col, count: 1 });
  }
  return out;
}

/**
 * Two sticky header rows: the delegation bands (U.S., Israel, in their colours), then each
 * institution by its label, read bottom to top and wrapped, never cut. Its full name is its
 * title (hover) and in its accessible name; the corner shows the full names of the cell or header
 * under the pointer or the keyboard focus (MatrixDetail).
 */
export function MatrixHeader({ columns, span, activeCol, detail }: Props) {
  const t = useT();
  const intl = useIntl();
  const counts = { us: columns.filter((column) => column.side === 'us').length, israel: 0 };
  counts.israel = columns.length - counts.us;
  const before = span.before > 0 ? columns[span.first - 1]?.side : undefined;
  const after = span.after > 0 ? columns[span.last + 1]?.side : undefined;
  return (
    <thead>
      <tr className="side-row" aria-rowindex={1}>
        <th scope="col" rowSpan={2} className="corner" aria-colindex={1}>
          <span className="corner-title">{t('data.owners.corner')}</span>
          <MatrixDetail channel={detail} />
        </th>
        {before && <th className={`mx-pad side-band ${before}`} aria-hidden="true" />}
        {bands(columns, span).map((band) => (
          <th key={band.from} scope="colgroup" colSpan={band.count} className={`side-band ${band.side}`} aria-colindex={band.from + 2}>
            <span className="side-band-label">{intl.formatMessage({ id: 'data.owners.band' }, {
              side: band.side, count: counts[band.side], small: (chunks: ReactNode[]) => <span className="side-band-count">{chunks}</span>,
            })}</span>
          </th>
        ))}
        {after && <th className={`mx-pad side-band ${after}`} aria-hidden="true" />}
      </tr>
      <tr className="institution-row" aria-rowindex={2}>
        {before && <th className="mx-pad" aria-hidden="true" />}
        {indexes(span).map((col) => {
          const column = columns[col]!;
          const start = col > 0 && columns[col - 1]!.side !== column.side;
          return (
            <th key={column.id} scope="col" data-col={col} aria-colindex={col + 2} title={column.name} aria-label={column.spoken}
              className={`institution-head ${column.side}${start ? ' side-start' : ''}${col === activeCol ? ' is-active' : ''}`}>
              <span className="head-text" dir="auto">{column.label}</span>
            </th>
          );
        })}
        {after && <th className="mx-pad" aria-hidden="true" />}
      </tr>
    </thead>
  );
}

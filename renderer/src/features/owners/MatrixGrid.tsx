import { Fragment, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import { useTandemStore } from '../../state/store';
import { CellMenu } from './CellMenu';
import { clampPos, moveInGrid, type GridPos } from './grid-nav';
import { MatrixHeader } from './MatrixHeader';
import type { MatrixColumn } from './matrix-model';
import { ACTION_PAGE, pageMatrix, pagingText, showMoreText } from './matrix-paging';
import { MatrixRowView } from './MatrixRowView';
import './matrix.css';

interface OpenMenu {
  readonly row: string;
  readonly column: string;
  /** The cell that opened the menu: the popover is placed next to it and focus returns to it. */
  readonly anchor: HTMLElement;
  /**
   * Each opening mounts a fresh menu. A click on the open menu's own cell first light-dismisses
   * the popover, then opens it again: a new mount shows it, where the old one would stay hidden.
   */
  readonly seq: number;
}

const rowKey = (row: MatrixRow) => `${row.kind}:${row.id}`;

function posOf(element: EventTarget | null): GridPos | null {
  if (!(element instanceof HTMLElement) || element.dataset.row === undefined) return null;
  return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
}

/**
 * The matrix as a WAI-ARIA grid for editors: one Tab stop (the remembered cell, "roving
 * tabindex"), arrows to move, Enter/Space or a click to open the cell's menu. Events are handled
 * once on the table rather than per cell, so the ~4,000 cells stay plain buttons. Observers get
 * a plain table with no controls.
 *
 * `rows` are all the rows the filter and the gap choice let through; the grid renders every
 * initiative and a page of actions (matrix-paging.ts). Movement runs over the rendered rows only,
 * and the remembered cell is clamped to them, so it never points at a row that is not there.
 * "Show more" renders the next page and moves focus to its first row (or, for an observer's
 * table, which has no cells to focus, keeps it on the button or the table).
 */
export function MatrixGrid({ rows: allRows, columns, readOnly }: {
  readonly rows: readonly MatrixRow[]; readonly columns: readonly MatrixColumn[]; readonly readOnly: boolean;
}) {
  const people = useTandemStore((state) => state.people);
  const directory = useTandemStore((state) => state.institutions);
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [limit, setLimit] = useState(ACTION_PAGE);
  const page = useMemo(() => pageMatrix(allRows, limit), [allRows, limit]);
  const rows = page.rows;
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  /** The first row "Show more" added, to be focused once it is rendered. */
  const focusRow = useRef<number | null>(null);
  const opened = useRef(0);
  const pos = clampPos(active, rows.length, columns.length);
  const cellAt = (at: GridPos) => table.current?.querySelector<HTMLButtonElement>(`button[data-row="${at.row}"][data-col="${at.col}"]`);

  useLayoutEffect(() => {
    const row = focusRow.current;
    if (row === null) return;
    focusRow.current = null;
    const cell = readOnly ? null : cellAt({ row, col: pos.col });
    if (cell) cell.focus();
    else if (!more.current?.isConnected) scroller.current?.focus();
  });
  const showMore = () => {
    focusRow.current = rows.length;
    setLimit(page.shownActions + ACTION_PAGE);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const from = posOf(event.target);
    const to = from && moveInGrid(from, event.key, event.ctrlKey || event.metaKey, rows.length, columns.length);
    if (!to) return;
    event.preventDefault();
    setActive(to);
    cellAt(to)?.focus();
  };
  const onFocus = (event: FocusEvent) => {
    const at = posOf(event.target);
    if (at) setActive(at);
  };
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-row]') : null;
    const at = posOf(button);
    const row = at && rows[at.row];
    const column = at && columns[at.col];
    if (!row || !column) return;
    opened.current += 1;
    setMenu({ row: rowKey(row), column: column.id, anchor: button as HTMLElement, seq: opened.current });
  };
  const closeMenu = (key: OpenMenu, restoreFocus: boolean) => {
    // A late close of a menu the user has already left for another cell must not close the new one.
    setMenu((open) => (open === key ? null : open));
    if (restoreFocus) (key.anchor.isConnected ? key.anchor : cellAt(pos))?.focus();
  };

  const menuRow = menu && rows.find((row) => rowKey(row) === menu.row);
  const menuColumn = menu && columns.find((column) => column.id === menu.column);
  const { initiatives } = page;
  const firstAction = page.actions > 0 ? initiatives : -1;
  const firstIsrael = columns.findIndex((column) => column.side === 'israel');
  const paging = pagingText(page);

  if (rows.length === 0) return <p className="empty">No initiative or action matches the filter.</p>;
  if (columns.length === 0) return <p className="empty">No institution column to show: widen the column choice.</p>;
  const groupRow = (label: string, count: number) => (
    <tr className="group-row">
      {/* One header cell across the row: an empty filler cell would be a nameless grid cell. */}
      <th scope="rowgroup" colSpan={columns.length + 1} className="row-head group-head">{label} <span className="count">({count})</span></th>
    </tr>
  );
  return (
    <>
      {paging && <p className="matrix-paging" data-testid="matrix-paging">{paging}</p>}
      <div ref={scroller} className="matrix-scroll" tabIndex={readOnly ? 0 : undefined} role={readOnly ? 'region' : undefined}
        aria-label={readOnly ? 'Owner matrix (scrollable)' : undefined}>
        <table ref={table} className="matrix" role={readOnly ? undefined : 'grid'} aria-label="Owner matrix"
          onKeyDown={readOnly ? undefined : onKeyDown} onFocus={readOnly ? undefined : onFocus} onClick={readOnly ? undefined : onClick}>
          <MatrixHeader columns={columns} />
          <tbody>
            {rows.map((row, index) => (
              <Fragment key={rowKey(row)}>
                {index === 0 && initiatives > 0 && groupRow('Initiatives', initiatives)}
                {index === firstAction && groupRow('Actions', page.actions)}
                <MatrixRowView row={row} rowIndex={index} columns={columns} firstIsrael={firstIsrael}
                  activeCol={!readOnly && index === pos.row ? pos.col : -1} readOnly={readOnly} people={people} directory={directory} />
              </Fragment>
            ))}
          </tbody>
        </table>
        {!readOnly && menu && menuRow && menuColumn && (
          <CellMenu key={menu.seq} row={menuRow} column={menuColumn} anchor={menu.anchor}
            onClose={(restoreFocus) => closeMenu(menu, restoreFocus)} />
        )}
      </div>
      {page.hidden > 0 && (
        <button ref={more} type="button" className="secondary show-more" data-testid="matrix-show-more" onClick={showMore}>
          {showMoreText(page)}
        </button>
      )}
    </>
  );
}

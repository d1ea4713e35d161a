import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { CellMenu } from './CellMenu';
import { clampPos, moveInGrid, type GridPos } from './grid-nav';
import { indexes, itemOfRow, matrixItems } from './matrix-layout';
import { createDetailChannel } from './MatrixDetail';
import { MatrixHeader } from './MatrixHeader';
import { cellDetail, columnDetail, type MatrixColumn } from './matrix-model';
import { MatrixRowView } from './MatrixRowView';
import { useMatrixWindow } from './use-matrix-window';
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

/** Two header rows come before the first item in aria-rowindex. */
const HEADER_ROWS = 2;

const rowKey = (row: MatrixRow) => `${row.kind}:${row.id}`;

function posOf(element: EventTarget | null): GridPos | null {
  const at = element instanceof Element ? element.closest<HTMLElement>('[data-row]') : null;
  if (!at || at.dataset.row === undefined) return null;
  return { row: Number(at.dataset.row), col: Number(at.dataset.col) };
}

/**
 * The matrix as a WAI-ARIA grid for editors: one Tab stop (the remembered cell, "roving
 * tabindex"), arrows to move, Enter/Space or a click to open the cell's menu. Events are handled
 * once on the table rather than per cell. Observers get a plain table with no controls.
 *
 * Every row and column is there for the grid (aria-rowcount, aria-colcount, and the keys move
 * over all of them), but only the window in view is rendered (use-matrix-window.ts). A move to
 * a cell that is not rendered scrolls it into view and focuses it once it is. When the remembered
 * cell has been scrolled away, the Tab stop is the first rendered cell, so Tab always lands on
 * something in view.
 */
export function MatrixGrid({ rows, columns, readOnly }: {
  readonly rows: readonly MatrixRow[]; readonly columns: readonly MatrixColumn[]; readonly readOnly: boolean;
}) {
  const people = useTandemStore((state) => state.people);
  const directory = useTandemStore((state) => state.institutions);
  const t = useT();
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [detail] = useState(createDetailChannel);
  const items = useMemo(() => matrixItems(rows), [rows]);
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  /** A cell the keys moved to before it was rendered: focused once it is. */
  const pending = useRef<GridPos | null>(null);
  const opened = useRef(0);
  const win = useMatrixWindow(scroller, table, items, columns.length);
  const pos = clampPos(active, rows.length, columns.length);
  const cellAt = (at: GridPos) => table.current?.querySelector<HTMLElement>(`button[data-row="${at.row}"][data-col="${at.col}"]`);

  const shownItems = indexes(win.rows);
  const firstShownRow = shownItems.map((index) => items[index]).find((item) => item?.kind === 'row');
  const rowShown = shownItems.includes(itemOfRow(items, pos.row));
  const colShown = pos.col >= win.columns.first && pos.col <= win.columns.last;
  const tab: GridPos = rowShown && colShown ? pos : { row: firstShownRow?.kind === 'row' ? firstShownRow.index : -1, col: win.columns.first };

  useLayoutEffect(() => {
    const want = pending.current;
    const cell = want && cellAt(want);
    if (!cell) return;
    pending.current = null;
    cell.focus();
  });

  const say = (target: EventTarget | null) => {
    const at = posOf(target);
    if (at) {
      const row = rows[at.row];
      const column = columns[at.col];
      if (row && column) return detail.set(cellDetail(t, row, column, row.cells.get(column.id)));
    }
    const head = target instanceof Element ? target.closest<HTMLElement>('th[data-col]') : null;
    const column = head ? columns[Number(head.dataset.col)] : undefined;
    if (column) return detail.set(columnDetail(t, column));
    return undefined;
  };
  const sayFocused = () => {
    const focused = document.activeElement;
    if (focused && table.current?.contains(focused)) say(focused);
    else detail.set(null);
  };

  const moveTo = (to: GridPos) => {
    setActive(to);
    const cell = cellAt(to);
    if (cell) return cell.focus();
    pending.current = to;
    return win.reveal(itemOfRow(items, to.row), to.col);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const from = posOf(event.target);
    const to = from && moveInGrid(from, event.key, event.ctrlKey || event.metaKey, rows.length, columns.length);
    if (!to) return;
    event.preventDefault();
    moveTo(to);
  };
  const onFocus = (event: FocusEvent) => {
    const at = posOf(event.target);
    if (at && !readOnly) setActive(at);
    say(event.target);
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

  if (rows.length === 0) return <p className="empty">{t('data.owners.noRows')}</p>;
  if (columns.length === 0) return <p className="empty">{t('data.owners.noColumns')}</p>;
  const width = 1 + (win.columns.before > 0 ? 1 : 0) + (win.columns.last - win.columns.first + 1) + (win.columns.after > 0 ? 1 : 0);
  return (
    <div ref={scroller} className="matrix-scroll" tabIndex={readOnly ? 0 : undefined} role={readOnly ? 'region' : undefined}
      aria-label={readOnly ? t('data.owners.matrixScroll') : undefined} data-testid="matrix-scroll">
      <table ref={table} className="matrix" role={readOnly ? undefined : 'grid'} aria-label={t('data.owners.matrix')}
        aria-rowcount={HEADER_ROWS + items.length} aria-colcount={1 + columns.length} data-scroll={win.offset}
        onKeyDown={readOnly ? undefined : onKeyDown} onFocus={onFocus} onClick={readOnly ? undefined : onClick}
        onPointerOver={(event: PointerEvent) => say(event.target)} onPointerLeave={sayFocused}>
        <colgroup>
          <col className="mx-col-head" />
          {win.columns.before > 0 && <col className="mx-col-pad-left" />}
          {indexes(win.columns).map((col) => <col key={columns[col]!.id} className="mx-col" />)}
          {win.columns.after > 0 && <col className="mx-col-pad-right" />}
        </colgroup>
        <MatrixHeader columns={columns} span={win.columns} activeCol={readOnly ? -1 : pos.col} detail={detail} />
        <tbody>
          {win.rows.before > 0 && <tr className="mx-spacer top" aria-hidden="true"><td colSpan={width} /></tr>}
          {shownItems.map((index) => {
            const item = items[index]!;
            if (item.kind === 'group') {
              return (
                <tr key={`group:${item.label}`} className="group-row" aria-rowindex={HEADER_ROWS + index + 1}>
                  {/* One header cell across the row: an empty filler cell would be a nameless grid cell. */}
                  <th scope="rowgroup" colSpan={width} className="row-head group-head">
                    <span className="group-label">{t('data.owners.group', { group: item.label === 'Initiatives' ? 'initiatives' : 'actions', count: item.count })}</span>
                  </th>
                </tr>
              );
            }
            return (
              <MatrixRowView key={rowKey(item.row)} row={item.row} rowIndex={item.index} ariaRow={HEADER_ROWS + index + 1}
                columns={columns} span={win.columns} tabCol={!readOnly && item.index === tab.row ? tab.col : -1}
                readOnly={readOnly} people={people} directory={directory} />
            );
          })}
          {win.rows.after > 0 && <tr className="mx-spacer bottom" aria-hidden="true"><td colSpan={width} /></tr>}
        </tbody>
      </table>
      {/* A menu whose cell scrolled out of the window (and so out of the DOM) is not shown. */}
      {!readOnly && menu && menuRow && menuColumn && menu.anchor.isConnected && (
        <CellMenu key={menu.seq} row={menuRow} column={menuColumn} anchor={menu.anchor}
          onClose={(restoreFocus) => closeMenu(menu, restoreFocus)} />
      )}
    </div>
  );
}

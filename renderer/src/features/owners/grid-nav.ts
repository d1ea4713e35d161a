/**
 * Keyboard movement in the owner matrix, following the WAI-ARIA grid pattern: arrows move one
 * cell, Home/End go to the row's ends (with Ctrl, the grid's corners), PageUp/PageDown jump a
 * page of rows. Moves stop at the edges rather than wrapping, so a user always knows where they are.
 */
export interface GridPos {
  readonly row: number;
  readonly col: number;
}

export const PAGE_ROWS = 10;

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/** The cell a key leads to, or null when the key is not a movement key. */
export function moveInGrid(pos: GridPos, key: string, ctrl: boolean, rows: number, cols: number): GridPos | null {
  if (rows === 0 || cols === 0) return null;
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const to = (row: number, col: number): GridPos => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) });
  switch (key) {
    case 'ArrowUp': return to(pos.row - 1, pos.col);
    case 'ArrowDown': return to(pos.row + 1, pos.col);
    case 'ArrowLeft': return to(pos.row, pos.col - 1);
    case 'ArrowRight': return to(pos.row, pos.col + 1);
    case 'PageUp': return to(pos.row - PAGE_ROWS, pos.col);
    case 'PageDown': return to(pos.row + PAGE_ROWS, pos.col);
    case 'Home': return ctrl ? to(0, 0) : to(pos.row, 0);
    case 'End': return ctrl ? to(lastRow, lastCol) : to(pos.row, lastCol);
    default: return null;
  }
}

/** Keeps the remembered cell inside the grid when rows or columns go away. */
export function clampPos(pos: GridPos, rows: number, cols: number): GridPos {
  return { row: clamp(pos.row, rows - 1), col: clamp(pos.col, cols - 1) };
}

import { describe, expect, it } from 'vitest';
import { clampPos, moveInGrid, PAGE_ROWS } from '../../../renderer/src/features/owners/grid-nav';

describe('moving in the owner grid by keyboard', () => {
  const at = { row: 5, col: 5 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid(at, 'ArrowRight', false, 10, 10)).toEqual({ row: 5, col: 6 });
    expect(moveInGrid(at, 'ArrowUp', false, 10, 10)).toEqual({ row: 4, col: 5 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', false, 10, 10)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 9, col: 9 }, 'ArrowDown', false, 10, 10)).toEqual({ row: 9, col: 9 });
  });
  it('jumps to the row ends, the corners and by pages', () => {
    expect(moveInGrid(at, 'Home', false, 10, 10)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid(at, 'End', false, 10, 10)).toEqual({ row: 5, col: 9 });
    expect(moveInGrid(at, 'Home', true, 10, 10)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, 'End', true, 10, 10)).toEqual({ row: 9, col: 9 });
    expect(moveInGrid({ row: 0, col: 2 }, 'PageDown', false, 40, 10)).toEqual({ row: PAGE_ROWS, col: 2 });
    expect(moveInGrid(at, 'PageUp', false, 40, 10)).toEqual({ row: 0, col: 5 });
  });
  it('ignores other keys and empty grids', () => {
    expect(moveInGrid(at, 'Enter', false, 10, 10)).toBeNull();
    expect(moveInGrid(at, 'ArrowDown', false, 0, 10)).toBeNull();
  });
  it('keeps the remembered cell inside a grid that shrank', () => {
    expect(clampPos({ row: 30, col: 70 }, 12, 35)).toEqual({ row: 11, col: 34 });
  });
});

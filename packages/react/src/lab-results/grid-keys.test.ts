import { describe, expect, it } from 'vitest';
import { nextCell } from './grid-keys';

// Rows 0 and 4 are group rows; 1–3 and 5–6 hold data. Five sample-time columns (1–5).
const at = (row: number, col: number) => [row, col, [1, 2, 3, 5, 6], 5, 2] as const;

describe('nextCell: where each key moves the active cell', () => {
  it.each([
    ['ArrowRight', false, at(2, 1), { row: 2, col: 2 }],
    ['ArrowRight', false, at(2, 5), { row: 2, col: 5 }],
    ['ArrowLeft', false, at(2, 1), { row: 2, col: 0 }],
    ['ArrowLeft', false, at(2, 0), { row: 2, col: 0 }],
    ['ArrowDown', false, at(3, 2), { row: 5, col: 2 }],
    ['ArrowDown', false, at(6, 2), { row: 6, col: 2 }],
    ['ArrowUp', false, at(5, 2), { row: 3, col: 2 }],
    ['ArrowUp', false, at(1, 2), { row: 1, col: 2 }],
    ['PageDown', false, at(1, 3), { row: 3, col: 3 }],
    ['PageDown', false, at(5, 3), { row: 6, col: 3 }],
    ['PageUp', false, at(6, 3), { row: 3, col: 3 }],
    ['PageUp', false, at(2, 3), { row: 1, col: 3 }],
    ['Home', false, at(5, 3), { row: 5, col: 0 }],
    ['Home', true, at(5, 3), { row: 1, col: 0 }],
    ['End', false, at(2, 1), { row: 2, col: 5 }],
    ['End', true, at(2, 1), { row: 6, col: 5 }],
  ] as const)('%s (ctrl %s)', (key, ctrl, position, expected) => {
    expect(nextCell(key, ctrl, ...position)).toEqual(expected);
  });

  it('other keys do not move', () => {
    for (const key of ['Tab', 'a', 'Escape', 'Enter', ' '])
      expect(nextCell(key, false, ...at(2, 2))).toBeUndefined();
  });
});

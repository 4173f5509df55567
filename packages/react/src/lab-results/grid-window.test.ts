import { describe, expect, it } from 'vitest';
import { offsetToShow, visibleSpan, windowIndexes } from './grid-window';

// Items 36 px high, as the flowsheet's rows.
describe('visibleSpan: the items in view, at least in part', () => {
  it.each([
    // offset, extent, span
    [0, 360, [0, 9]],
    [0, 361, [0, 10]],
    [1, 360, [0, 10]],
    [35, 1, [0, 0]],
    [36, 36, [1, 1]],
    [37, 36, [1, 2]],
    [720, 72, [20, 21]],
    [0, 0, [0, 0]],
    [-50, 36, [0, 0]],
  ] as const)('from %i over %i px: %j', (offset, extent, span) => {
    expect(visibleSpan(offset, extent, 36)).toEqual(span);
  });
});

describe('windowIndexes: what is rendered', () => {
  it.each([
    // count, span, overscan, keep, indexes
    [100, [0, 3], 2, -1, [0, 1, 2, 3, 4, 5]],
    [100, [10, 12], 2, -1, [8, 9, 10, 11, 12, 13, 14]],
    [100, [10, 12], 0, 11, [10, 11, 12]],
    [100, [10, 12], 1, 2, [2, 9, 10, 11, 12, 13]],
    [100, [10, 12], 1, 50, [9, 10, 11, 12, 13, 50]],
    [100, [10, 12], 1, 9, [9, 10, 11, 12, 13]],
    [100, [10, 12], 1, 13, [9, 10, 11, 12, 13]],
    [100, [10, 12], 1, 100, [9, 10, 11, 12, 13]],
    [12, [8, 15], 2, -1, [6, 7, 8, 9, 10, 11]],
    [0, [0, 5], 2, 0, []],
    [1, [0, 0], 4, 0, [0]],
  ] as const)('%i items, span %j, overscan %i, keeping %i', (count, span, overscan, keep, indexes) => {
    expect(windowIndexes(count, span, overscan, keep)).toEqual(indexes);
  });
});

describe('offsetToShow: scrolling an item into view', () => {
  it.each([
    // offset, start, size, extent, new offset
    [0, 0, 36, 360, 0], // in view
    [0, 324, 36, 360, 0], // the last whole item
    [0, 325, 36, 360, 1], // one pixel below
    [0, 720, 36, 360, 396], // far below: at the bottom edge
    [400, 360, 36, 360, 360], // above: at the top edge
    [400, 400, 36, 360, 400], // at the top edge already
    [0, 100, 36, 20, 100], // taller than the viewport: its start shows
  ] as const)('at %i, an item at %i (%i px) in %i px: %i', (offset, start, size, extent, expected) => {
    expect(offsetToShow(offset, start, size, extent)).toBe(expected);
  });
});

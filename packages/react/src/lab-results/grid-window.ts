/**
 * Windowing for the flowsheet grid, whose rows all have one height and whose columns all have one
 * width: which of them to render for the scroller's viewport, and where to scroll to show one.
 * Fixed sizes make this a few lines of arithmetic, written here: the general-purpose virtualizer
 * the grid used before (TanStack Virtual) was a sixth of the kit's gzipped size.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';

/** The first and last index whose item shows, at least in part, in the viewport. */
export type Span = readonly [first: number, last: number];

/**
 * The items of `size` that show in `extent` pixels after `offset` (the scroll position, in the
 * items' own coordinates): never empty, so a grid measured 0 high still renders its first item.
 */
export function visibleSpan(offset: number, extent: number, size: number): Span {
  const first = Math.floor(Math.max(0, offset) / size);
  return [first, Math.max(first, Math.ceil((Math.max(0, offset) + extent) / size) - 1)];
}

/** The indexes to render, ascending: the span widened by `overscan` each side, and `keep` (the focused item) wherever it is. */
export function windowIndexes(count: number, [first, last]: Span, overscan: number, keep: number): number[] {
  const indexes: number[] = [];
  const from = Math.max(0, first - overscan);
  const to = Math.min(count - 1, last + overscan);
  if (keep >= 0 && keep < from) indexes.push(keep);
  for (let index = from; index <= to; index++) indexes.push(index);
  if (keep > to && keep < count) indexes.push(keep);
  return indexes;
}

/**
 * The scroll position that shows the item at [start, start + size) in `extent` pixels: unchanged
 * when it already shows whole, else the nearest that does (the item at the near edge).
 */
export function offsetToShow(offset: number, start: number, size: number, extent: number): number {
  if (start < offset) return start;
  if (start + size > offset + extent) return start + size - Math.max(size, extent);
  return offset;
}

/**
 * The visible rows and columns of `scroller`: its scroll position and size less what its sticky
 * header (`top`) and first column (`left`) cover. Re-renders only when an item enters or leaves
 * the viewport, not on every scrolled pixel. A viewport measured 0 (jsdom, a hidden tab) counts
 * as `fallback` until it has a size.
 */
export function useVisibleSpans(
  scroller: RefObject<HTMLElement | null>,
  rowSize: number,
  columnSize: number,
  top: number,
  left: number,
  fallback: { width: number; height: number },
): readonly [rows: Span, columns: Span] {
  const { width, height } = fallback;
  const [spans, setSpans] = useState(() => spansOf(null, rowSize, columnSize, top, left, width, height));
  const key = spans.join();
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => {
      const next = spansOf(element, rowSize, columnSize, top, left, width, height);
      if (next.join() !== key) setSpans(next);
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scroller, key, rowSize, columnSize, top, left, width, height]);
  return spans;
}

function spansOf(
  element: HTMLElement | null,
  rowSize: number,
  columnSize: number,
  top: number,
  left: number,
  width: number,
  height: number,
): readonly [rows: Span, columns: Span] {
  return [
    visibleSpan(element?.scrollTop ?? 0, (element?.clientHeight || height) - top, rowSize),
    visibleSpan(element?.scrollLeft ?? 0, (element?.clientWidth || width) - left, columnSize),
  ];
}

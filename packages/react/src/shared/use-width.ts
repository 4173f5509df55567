import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The inline width of `ref`'s element in CSS pixels, kept up to date as its container resizes;
 * `fallback` until it has been measured (server rendering, jsdom, hosts without ResizeObserver).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (next: number) => {
      // jsdom and detached elements measure 0: keep the fallback rather than a zero-width view.
      if (next > 0) setWidth(Math.round(next));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) measure(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

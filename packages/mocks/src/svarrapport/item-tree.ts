import { SvarrapportError } from './errors';
import { child, children, SVARRAPPORT_LIMITS, textOf, type XmlElement } from './xml';

export interface Item {
  el: XmlElement;
  index: number;
  nestedIn: number | undefined;
}

/** Every ResultItem of a Patient, depth first in document order, with the item it is nested in. */
export function collect(patient: XmlElement): Item[] {
  const items: Item[] = [];
  const visit = (el: XmlElement, nestedIn: number | undefined) => {
    const index = items.length;
    items.push({ el, index, nestedIn });
    for (const nested of children(el, 'ResultItem')) visit(nested, index);
  };
  for (const top of children(patient, 'ResultItem')) visit(top, undefined);
  return items;
}

type LinkProblem = 'dangling' | 'cycle';

export const NOTE: Record<LinkProblem, (refId: string) => string> = {
  dangling: (refId) =>
    `Laboratoriet knyttet dette resultatet til resultat «${refId}», som ikke finnes i rapporten. Det vises der laboratoriet plasserte det.`,
  cycle: (refId) =>
    `Laboratoriet knyttet dette resultatet til resultat «${refId}», som selv hører under dette. Det vises der laboratoriet plasserte det.`,
};

/** The same-id items nearest `index` in the document (at most 16 each side), `index` itself left out. */
function nearest(sorted: readonly number[], index: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(Math.max(0, lo - 16), lo + 17).filter((c) => c !== index);
}

/**
 * Where each item belongs. Links are followed in document order; of several items with the id a
 * link names (of the 32 nearest in the document), the one nearest in the XML nesting is meant, then
 * the nearest one before it. The work per link is bounded, so a message of many same-id items
 * stays linear.
 */
export function placeItems(items: Item[]): {
  parent: (number | undefined)[];
  problem: (LinkProblem | undefined)[];
} {
  const parent = items.map((item) => item.nestedIn);
  const problem: (LinkProblem | undefined)[] = items.map(() => undefined);
  const byId = new Map<string, number[]>();
  for (const item of items) {
    const id = textOf(child(item.el, 'IdResultItem'));
    if (!id) continue;
    const same = byId.get(id);
    if (same) same.push(item.index);
    else byId.set(id, [item.index]);
  }
  const nestingDepth = (i: number) => {
    let depth = 0;
    for (let p = items[i]?.nestedIn; p !== undefined; p = items[p]?.nestedIn) depth += 1;
    return depth;
  };
  for (const item of items) {
    const refId = textOf(child(item.el, 'RefIdResultItem'));
    if (!refId) continue;
    const candidates = nearest(byId.get(refId) ?? [], item.index);
    if (candidates.length === 0) {
      problem[item.index] = 'dangling';
      continue;
    }
    let target = candidates[0] as number;
    if (candidates.length > 1) {
      const ancestors = new Set<number>();
      for (let p = item.nestedIn; p !== undefined; p = items[p]?.nestedIn) ancestors.add(p);
      const closeness = (c: number) => {
        for (let p: number | undefined = c; p !== undefined; p = items[p]?.nestedIn)
          if (ancestors.has(p)) return nestingDepth(p);
        return -1;
      };
      const distance = (c: number) => (c < item.index ? item.index - c : items.length + c);
      target = candidates.reduce((best, c) =>
        closeness(c) > closeness(best) || (closeness(c) === closeness(best) && distance(c) < distance(best))
          ? c
          : best,
      );
    }
    let steps = 0;
    let circular = false;
    for (let p: number | undefined = target; p !== undefined; p = parent[p]) {
      if (p === item.index) {
        circular = true;
        break;
      }
      if (++steps > SVARRAPPORT_LIMITS.resultDepth) tooDeep(item.el);
    }
    if (circular) problem[item.index] = 'cycle';
    else parent[item.index] = target;
  }
  return { parent, problem };
}

export function tooDeep(el: XmlElement): never {
  throw new SvarrapportError(
    'too-deep',
    el.path,
    `results are placed more than ${SVARRAPPORT_LIMITS.resultDepth} deep under one another (nested or through RefIdResultItem)`,
  );
}

/** A memo over the tree: `own` of an item, else `inherit` from its parent. */
export function inherited<T>(
  parent: (number | undefined)[],
  own: (i: number) => T | undefined,
  atTop: (i: number) => T,
): (i: number) => T {
  const memo = new Map<number, T>();
  const get = (i: number): T => {
    const known = memo.get(i);
    if (known !== undefined) return known;
    const p = parent[i];
    const value = own(i) ?? (p !== undefined ? get(p) : atTop(i));
    memo.set(i, value);
    return value;
  };
  return get;
}

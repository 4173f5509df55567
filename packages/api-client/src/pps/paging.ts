import { PpsPagingError } from '../shared/errors';

/**
 * The most pages one search fetches: 40 pages of 50 is 2000 reports, years of a chronic
 * patient's history. A service that keeps answering full pages past this is stopped, and what
 * was loaded is shown as incomplete.
 */
export const MAX_PAGES = 40;

/** What paging reads of a page: its matches' ids, `total`, and whether data is hidden. */
export interface PageLike {
  matches: readonly { id?: string | undefined }[];
  total: number | undefined;
  privacy: readonly unknown[];
}

/** Where paging goes next: the next `_skip`, or done (with the problem, if it stopped early). */
export type PagingStep =
  | { next: number; problem?: undefined }
  | { next: undefined; problem?: PpsPagingError };

export interface PagingOptions {
  /** `_count`. */
  pageSize: number;
  /** The first page's `_skip`. @default 0 */
  start?: number;
  /** @default MAX_PAGES */
  maxPages?: number;
  correlationId?: string | undefined;
}

/** `total` when it is a count that fits what the first page sent; `undefined` when absent; `null` when absurd. */
export function saneTotal(first: PageLike, start = 0): number | undefined | null {
  const { total } = first;
  if (total === undefined) return undefined;
  if (!Number.isSafeInteger(total) || total < start + first.matches.length) return null;
  return total;
}

/**
 * The next step after the pages loaded so far, in order. Stops when the pages are done, when
 * data is hidden, or with a PpsPagingError when a page repeats earlier ones (or `_skip` is
 * ignored), `total` is absurd, a page promised by `total` is missing, or `maxPages` is reached.
 */
export function pagingStep(pages: readonly PageLike[], options: PagingOptions): PagingStep {
  const { pageSize, start = 0, maxPages = MAX_PAGES, correlationId } = options;
  const first = pages[0];
  if (first === undefined) return { next: start };
  const last = pages[pages.length - 1] as PageLike;

  // A page whose every report came before repeats them (or `_skip` was ignored). Some reports
  // again is a report that moved between pages; reports without ids are never taken for repeats.
  const seen = new Set<string>();
  for (const page of pages) {
    const ids = page.matches.map((match) => match.id).filter((id): id is string => id !== undefined);
    if (ids.length > 0 && ids.every((id) => seen.has(id))) {
      return stop('page-repeated', seen.size, first, correlationId);
    }
    for (const id of ids) seen.add(id);
  }
  const loaded = seen.size;
  if (pages.some((page) => page.privacy.length > 0) || pageSize <= 0) return { next: undefined };

  const total = saneTotal(first, start);
  if (total === null) return stop('total-invalid', loaded, first, correlationId);
  const next = start + pageSize * pages.length;
  const more = total === undefined ? last.matches.length >= pageSize : next < total;
  // A page holds fewer than `total` promised for it: a page went missing. Every page is read,
  // since pages fetched together arrive in one go.
  for (const [index, page] of pages.entries()) {
    const promised = total === undefined ? 0 : Math.min(pageSize, total - (start + pageSize * index));
    if (page.matches.length < promised) return stop('page-missing', loaded, first, correlationId);
  }
  if (!more) return { next: undefined };
  if (pages.length >= maxPages) return stop('too-many-pages', loaded, first, correlationId, true);
  return { next };
}

function stop(
  problem: PpsPagingError['problem'],
  loaded: number,
  first: PageLike,
  correlationId: string | undefined,
  moreExist = false,
): PagingStep {
  const total = saneTotal(first);
  const atLeast = Math.max(loaded + (moreExist ? 1 : 0), typeof total === 'number' ? total : 0);
  return { next: undefined, problem: new PpsPagingError({ problem, loaded, atLeast, correlationId }) };
}

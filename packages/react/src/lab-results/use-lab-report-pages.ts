'use client';
import {
  type LabReportsModel,
  mergeLabReportPages,
  type PpsPagingError,
  pagingStep,
} from '@pps-kit/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE, reportPagesQuery } from './queries';

const NO_PATIENT = { personId: '' };

export interface LabReportPages {
  /** The reports loaded so far, as the lab-results model; `undefined` until the first page arrives. */
  model: LabReportsModel | undefined;
  /** Reports loaded, and the total PPS reported (when it did). */
  progress: { loaded: number; total: number | undefined };
  /** The first page is on its way. */
  isPending: boolean;
  /** More pages are on their way. */
  isLoadingMore: boolean;
  /** Every page is in. */
  isComplete: boolean;
  /**
   * Paging stopped early (a repeated page, an ignored `_skip`, an absurd `total`, a missing page,
   * or MAX_PAGES): what is loaded is shown, as "at least" so many.
   */
  incomplete: PpsPagingError | undefined;
  /** The first page failed, or the pages could not be read: nothing to show. */
  error: unknown;
  /** A refetch failed after data was shown: the data stays, with this warning. */
  refetchError: unknown;
  /** When the data shown arrived. */
  updatedAt: number;
  /** A later page failed: what is loaded stays; `retry` fetches from that page on. */
  pageError: unknown;
  retry: () => void;
}

/**
 * The open patient's reports, page by page (`_count`/`_skip`), so that a long history shows as it
 * arrives: the first page alone, then the rest `concurrency` pages at a time, each batch in one
 * round. A page that fails is reported and can be fetched again without losing the others.
 */
export function useLabReportPages({
  pageSize = DEFAULT_PAGE_SIZE,
  concurrency = DEFAULT_PAGE_CONCURRENCY,
}: {
  pageSize?: number;
  /** Pages asked for at once after the first. @default 6 */
  concurrency?: number;
} = {}): LabReportPages {
  const { client, patient, queryClient, readPagesInWorker } = usePpsContext();
  const query = useInfiniteQuery(
    {
      ...reportPagesQuery(client, patient ?? NO_PATIENT, {
        pageSize,
        concurrency,
        inWorker: readPagesInWorker,
      }),
      enabled: patient !== null,
    },
    queryClient,
  );
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const batches = query.data?.pages;
  const pages = useMemo(() => batches?.flatMap((batch) => batch.pages), [batches]);
  // A page of the last batch failed: the pages before it stay, and retry goes on from it.
  const batchError = batches?.at(-1)?.failed;
  const pageFailed = isFetchNextPageError || batchError !== undefined;
  // Fetch the next batch as soon as the last one is in; stop at a failed page until retried.
  // `cancelRefetch: false` never cancels a batch already on its way.
  const batchCount = batches?.length ?? 0;
  useEffect(() => {
    if (batchCount > 0 && hasNextPage && !isFetchingNextPage && !pageFailed) {
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [batchCount, hasNextPage, isFetchingNextPage, pageFailed, fetchNextPage]);

  const read = useMemo(() => {
    if (!pages || pages.length === 0) return { model: undefined, incomplete: undefined, error: undefined };
    const incomplete = pagingStep(
      pages.map((page) => page.sent),
      { pageSize },
    ).problem;
    // A repeated page adds nothing: the pages before it are what was loaded.
    const kept = incomplete?.problem === 'page-repeated' ? pages.slice(0, -1) : pages;
    try {
      return { model: mergeLabReportPages(kept, incomplete), incomplete, error: undefined };
    } catch (error) {
      // An answer the model cannot read (two different reports under one id); a page whose own reports cannot be read fails as that page.
      return { model: undefined, incomplete, error };
    }
  }, [pages, pageSize]);
  const loaded = read.model?.reports.length ?? 0;
  const failed = query.isError && !isFetchNextPageError;
  // A refetch that fails keeps what was shown (TanStack Query keeps the data): a warning, not an error.
  const refetchFailed = failed && read.model !== undefined && query.isRefetchError;

  return {
    model: read.error ? undefined : read.model,
    progress: { loaded, total: pages?.[0]?.sent.total },
    isPending: query.isPending,
    isLoadingMore: isFetchingNextPage || (hasNextPage === true && !pageFailed),
    isComplete: query.isSuccess && !hasNextPage && read.incomplete === undefined,
    incomplete: read.incomplete,
    error: read.error ?? (failed && !refetchFailed ? query.error : undefined),
    refetchError: refetchFailed ? query.error : undefined,
    updatedAt: query.dataUpdatedAt,
    pageError: isFetchNextPageError ? query.error : batchError,
    retry: () => void (pageFailed ? fetchNextPage({ cancelRefetch: false }) : query.refetch()),
  };
}

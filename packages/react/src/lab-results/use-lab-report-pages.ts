'use client';
import {
  type LabReportsModel,
  type NilarDiagnosticReport,
  newestFirst,
  type PpsSearchResult,
  toLabReports,
} from '@pps-kit/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { PPS_QUERY_ROOT } from '../provider/query-client';
import { REPORT_LIST_INCLUDES } from './queries';

type Page = PpsSearchResult<NilarDiagnosticReport>;

/** Each page is turned into the model once; a page's includes belong to its own reports. */
const modelOfPage = new WeakMap<Page, LabReportsModel>();

function pageModel(page: Page): LabReportsModel {
  let model = modelOfPage.get(page);
  if (!model) {
    model = toLabReports(page);
    modelOfPage.set(page, model);
  }
  return model;
}

function mergeModels(pages: readonly Page[]): LabReportsModel {
  const models = pages.map(pageModel);
  const seen = new Set<string>();
  const reports = models
    .flatMap((model) => model.reports)
    // A report that moved between pages while paging is shown once.
    .filter((report) => {
      if (seen.has(report.id)) return false;
      seen.add(report.id);
      return true;
    })
    .sort(newestFirst);
  return {
    reports,
    privacy: [...new Set(models.flatMap((model) => model.privacy))],
    noData: models.every((model) => model.noData),
    total: models[0]?.total,
  };
}

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
  /** The first page failed: nothing to show. */
  error: unknown;
  /** A later page failed: what is loaded stays; `retry` fetches from that page on. */
  pageError: unknown;
  retry: () => void;
}

/**
 * The open patient's reports, page by page (`_count`/`_skip`), so that a long history shows as it
 * arrives. A page that fails is reported and can be fetched again without losing the others.
 */
export function useLabReportPages({ pageSize = 50 }: { pageSize?: number } = {}): LabReportPages {
  const { client, patient, queryClient } = usePpsContext();
  const query = useInfiniteQuery(
    {
      queryKey: [
        PPS_QUERY_ROOT,
        patient?.personId ?? '',
        'report-pages',
        patient?.accessBasis ?? null,
        pageSize,
      ] as const,
      queryFn: ({ pageParam, signal }) =>
        client.searchDiagnosticReports(
          patient ?? { personId: '' },
          { ...REPORT_LIST_INCLUDES, _count: pageSize, _skip: pageParam },
          signal,
        ),
      initialPageParam: 0,
      getNextPageParam: (last: Page, _all, lastSkip: number) => {
        if (last.privacy.length > 0) return undefined;
        const next = lastSkip + pageSize;
        if (last.total !== undefined) return next < last.total ? next : undefined;
        return last.matches.length === pageSize ? next : undefined;
      },
      enabled: patient !== null,
      structuralSharing: false,
    },
    queryClient,
  );

  // Fetch the next page as soon as the last one is in; stop at a failed page until retried.
  // `cancelRefetch: false` never cancels a page already on its way.
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const pages = query.data?.pages;
  const pageCount = pages?.length ?? 0;
  useEffect(() => {
    if (pageCount > 0 && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) {
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [pageCount, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const model = useMemo(() => (pages && pages.length > 0 ? mergeModels(pages) : undefined), [pages]);
  const loaded = pages?.reduce((sum, page) => sum + page.matches.length, 0) ?? 0;

  return {
    model,
    progress: { loaded, total: pages?.[0]?.total },
    isPending: query.isPending,
    isLoadingMore: isFetchingNextPage || (hasNextPage === true && !isFetchNextPageError),
    isComplete: query.isSuccess && !hasNextPage,
    error: query.isError && !isFetchNextPageError ? query.error : undefined,
    pageError: isFetchNextPageError ? query.error : undefined,
    retry: () => void (isFetchNextPageError ? fetchNextPage({ cancelRefetch: false }) : query.refetch()),
  };
}

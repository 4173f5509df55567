import {
  type LabReport,
  type LabReportsModel,
  MAX_PAGES,
  type PpsClient,
  type PpsPatientContext,
  type PpsSearchParams,
  type PvkOutcomeCode,
  pagingStep,
  type ReportPageSent,
  reportPage,
  saneTotal,
  toLabReports,
} from '@pps-kit/api-client';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { PPS_QUERY_ROOT, PPS_STALE_TIME } from '../provider/query-client';
import { readPage } from './page-reader';

/** What the overview asks PPS to include: results with their trees, requisition, requester, specimens, lab. */
export const REPORT_LIST_INCLUDES: Pick<PpsSearchParams, '_include' | '_include:iterate'> = {
  _include: [
    'DiagnosticReport:result',
    'DiagnosticReport:performer',
    'DiagnosticReport:based-on',
    'DiagnosticReport:specimen',
  ],
  '_include:iterate': ['Observation:has-member', 'ServiceRequest:requester'],
};

export interface LabReportQueryData {
  report: LabReport | undefined;
  privacy: PvkOutcomeCode[];
  /** Outcome codes that may mean data is withheld (`PpsSearchResult.hidden`). */
  hidden: string[];
  noData: boolean;
}

/** One page of the patient's reports: its model, and what paging and merging read of what PPS sent. */
export interface LabReportPage {
  /**
   * Of the page as PPS sent it, validated: its reports as sent, `total` and the outcomes, read
   * for paging and for reports that change between pages. The included resources live on in the
   * model, and are not held twice.
   */
  sent: ReportPageSent;
  /** The page's reports as the lab-results model (a page's includes belong to its own reports). */
  model: LabReportsModel;
}

/** Reports per page the views ask for. */
export const DEFAULT_PAGE_SIZE = 50;

/** Pages asked for at once once the first page has said how many there are (a browser's six connections). */
export const DEFAULT_PAGE_CONCURRENCY = 6;

/**
 * Pages fetched together: the first page alone (it says how many there are), then up to the
 * concurrency at once. `failed`: a page of the batch failed; `pages` are the ones before it, and
 * fetching the next batch starts again at the failed one.
 */
export interface LabReportBatch {
  pages: LabReportPage[];
  failed?: unknown;
}

/** Where a batch starts (`_skip`) and how many pages it asks for. */
export interface ReportBatchParam {
  skip: number;
  count: number;
}

/**
 * The next batch after the pages loaded so far: from the next `_skip`, as many pages as `total`
 * says are left, at most `concurrency` and never past MAX_PAGES; one at a time without a `total`.
 */
function nextReportBatch(
  sent: readonly ReportPageSent[],
  pageSize: number,
  concurrency: number,
): ReportBatchParam | undefined {
  const { next } = pagingStep(sent, { pageSize });
  if (next === undefined) return undefined;
  const total = sent[0] ? saneTotal(sent[0]) : undefined;
  const left = typeof total === 'number' ? Math.ceil((total - next) / pageSize) : 1;
  return { skip: next, count: Math.max(1, Math.min(concurrency, left, MAX_PAGES - sent.length)) };
}

/**
 * The patient's reports in batches of pages (`_count`/`_skip`), with what the views show
 * included, each page with its model; `useLabReportPages` fetches the batches and merges them.
 * After the first page, the pages left are asked for `concurrency` at a time, in one round each.
 */
export const reportPagesQuery = (
  client: PpsClient,
  patient: PpsPatientContext,
  {
    pageSize = DEFAULT_PAGE_SIZE,
    concurrency = DEFAULT_PAGE_CONCURRENCY,
    inWorker = false,
  }: {
    pageSize?: number;
    concurrency?: number;
    /** Read the pages in a Web Worker where the client gives their text (`readPagesInWorker`). */
    inWorker?: boolean;
  } = {},
) =>
  infiniteQueryOptions({
    queryKey: [
      PPS_QUERY_ROOT,
      patient.personId,
      'report-pages',
      patient.accessBasis ?? null,
      pageSize,
    ] as const,
    staleTime: PPS_STALE_TIME,
    queryFn: async ({ pageParam, signal }): Promise<LabReportBatch> => {
      const skips = Array.from({ length: pageParam.count }, (_, index) => pageParam.skip + index * pageSize);
      const settled = await Promise.allSettled(
        skips.map(async (skip): Promise<LabReportPage> => {
          const params = { ...REPORT_LIST_INCLUDES, _count: pageSize, _skip: skip };
          // Off the main thread when asked, where the client gives the text (a host's own may not).
          if (inWorker && client.searchDiagnosticReportsText) {
            return readPage(
              await client.searchDiagnosticReportsText(patient, params, signal),
              patient.personId,
            );
          }
          return reportPage(await client.searchDiagnosticReports(patient, params, signal));
        }),
      );
      // The pages before the first that failed are kept; none kept is the batch's failure.
      const broken = settled.findIndex((result) => result.status === 'rejected');
      const pages = (broken === -1 ? settled : settled.slice(0, broken)).map(
        (result) => (result as PromiseFulfilledResult<LabReportPage>).value,
      );
      if (broken === -1) return { pages };
      const failure: unknown = (settled[broken] as PromiseRejectedResult).reason;
      if (pages.length === 0) throw failure;
      return { pages, failed: failure };
    },
    initialPageParam: { skip: 0, count: 1 } as ReportBatchParam,
    getNextPageParam: (_last: LabReportBatch, all: LabReportBatch[]) =>
      nextReportBatch(
        all.flatMap((batch) => batch.pages.map((page) => page.sent)),
        pageSize,
        concurrency,
      ),
    structuralSharing: false,
  });

/** One report with everything it references. */
export const reportQuery = (client: PpsClient, patient: PpsPatientContext, reportId: string) =>
  queryOptions({
    queryKey: [PPS_QUERY_ROOT, patient.personId, 'report', patient.accessBasis ?? null, reportId] as const,
    staleTime: PPS_STALE_TIME,
    queryFn: async ({ signal }): Promise<LabReportQueryData> => {
      const model = toLabReports(await client.getReport(patient, reportId, signal));
      return {
        report: model.reports.find((report) => report.id === reportId),
        privacy: model.privacy,
        hidden: model.hidden,
        noData: model.noData,
      };
    },
    structuralSharing: false,
  });

/**
 * Query option factories of PPS, used by every pps-kit hook and by hosts that prefetch
 * (`queryClient.prefetchQuery(ppsQueries.report(…))`, `prefetchInfiniteQuery(ppsQueries.reportPages(…))`).
 * Keys start with the patient and hold the access basis, so a patient switch drops them and
 * elevated access never reuses a normal result.
 */
export const ppsQueries = { reportPages: reportPagesQuery, report: reportQuery };

import {
  type LabReport,
  type LabReportsModel,
  type NilarDiagnosticReport,
  type PpsClient,
  type PpsPatientContext,
  type PpsSearchParams,
  type PpsSearchResult,
  type PvkOutcomeCode,
  pagingStep,
  toLabReports,
} from '@pps-kit/api-client';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { PPS_QUERY_ROOT, PPS_STALE_TIME } from '../provider/query-client';

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

/** One page of the patient's reports: what PPS sent (validated), and its model. */
export interface LabReportPage {
  /** The page as PPS sent it, validated: read for paging and for reports that change between pages. */
  sent: PpsSearchResult<NilarDiagnosticReport>;
  /** The page's reports as the lab-results model (a page's includes belong to its own reports). */
  model: LabReportsModel;
}

/** Reports per page the views ask for. */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The patient's reports page by page (`_count`/`_skip`), with what the views show included,
 * each page with its model; `useLabReportPages` fetches the pages and merges them.
 */
export const reportPagesQuery = (
  client: PpsClient,
  patient: PpsPatientContext,
  { pageSize = DEFAULT_PAGE_SIZE }: { pageSize?: number } = {},
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
    queryFn: async ({ pageParam, signal }): Promise<LabReportPage> => {
      const sent = await client.searchDiagnosticReports(
        patient,
        { ...REPORT_LIST_INCLUDES, _count: pageSize, _skip: pageParam },
        signal,
      );
      return { sent, model: toLabReports(sent) };
    },
    initialPageParam: 0,
    getNextPageParam: (_last: LabReportPage, all: LabReportPage[]) =>
      pagingStep(
        all.map((page) => page.sent),
        { pageSize },
      ).next,
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

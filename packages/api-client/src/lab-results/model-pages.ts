import type { PpsSearchResult } from '../pps/search-result';
import { type PpsPagingError, PpsResponseError } from '../shared/errors';
import type { NilarDiagnosticReport } from '../shared/fhir';
import { newestFirst, toLabReports } from './model';
import type { LabReport, LabReportsModel } from './model-types';

/**
 * What a page keeps of what PPS sent, beside its model: its reports as sent (the model holds them
 * too) and what paging reads. The rest of the answer (the included resources, the Bundle) lives on
 * in the model as far as the views need it, and is not held twice.
 */
export type ReportPageSent = Pick<
  PpsSearchResult<NilarDiagnosticReport>,
  'matches' | 'total' | 'privacy' | 'hidden' | 'noData'
>;

/** One page of a report search: what it keeps of PPS's answer (validated and split), and its model. */
export interface LabReportPageModel {
  sent: ReportPageSent;
  model: LabReportsModel;
}

/** A page of a report search as the views keep it: the model, and what paging and merging read. */
export function reportPage(sent: PpsSearchResult<NilarDiagnosticReport>): LabReportPageModel {
  const { matches, total, privacy, hidden, noData } = sent;
  return { sent: { matches, total, privacy, hidden, noData }, model: toLabReports(sent) };
}

/**
 * The pages of one report search as one model, newest first. A report that moved between pages
 * while paging comes twice and is shown once, if it is the same report; two different reports
 * under one id are an error, since either would hide the other. Reports are compared only when
 * an id comes again, so merging reads no page's content twice: what it does per report already
 * loaded is a lookup and a place in the order.
 */
export function mergeLabReportPages(
  pages: readonly LabReportPageModel[],
  incomplete?: PpsPagingError | undefined,
): LabReportsModel {
  const sent = new Map<string, NilarDiagnosticReport>();
  const shown = new Set<string>();
  const reports: LabReport[] = [];
  const privacy = new Set<LabReportsModel['privacy'][number]>();
  const hidden = new Set<string>();
  for (const { sent: page, model } of pages) {
    for (const match of page.matches) {
      const earlier = sent.get(match.id);
      if (earlier && earlier !== match && JSON.stringify(earlier) !== JSON.stringify(match)) {
        throw new PpsResponseError(
          `DiagnosticReport/${match.id}.id`,
          `two different DiagnosticReport resources share the id ${match.id}`,
        );
      }
      sent.set(match.id, match);
    }
    for (const report of model.reports) {
      if (!shown.has(report.id)) reports.push(report);
      shown.add(report.id);
    }
    for (const code of model.privacy) privacy.add(code);
    for (const code of model.hidden) hidden.add(code);
  }
  return {
    reports: reports.sort(newestFirst),
    privacy: [...privacy],
    hidden: [...hidden],
    noData: pages.every((page) => page.model.noData),
    total: pages[0]?.model.total,
    ...(incomplete ? { incomplete } : {}),
  };
}

/** The overview's state, apart from rendering: its filters as the filter bar holds them, and what it shows. */
import type { LabReportsModel, ReportFilter } from '@pps-kit/api-client';
import type { DataStateKind } from '../shared/data-state';
import { pagesState } from './pages-status';
import type { LabReportPages } from './use-lab-report-pages';

/** The filter bar's fields, each always set ('' for none). */
export type Filters = { [K in keyof ReportFilter]-?: NonNullable<ReportFilter[K]> };

export const NO_FILTERS: Filters = { fagomrade: '', from: '', to: '', onlyAbnormal: false };

export const filtersOf = (filter: ReportFilter): Filters => ({
  fagomrade: filter.fagomrade ?? '',
  from: filter.from ?? '',
  to: filter.to ?? '',
  onlyAbnormal: filter.onlyAbnormal ?? false,
});

export function stateOf(
  pages: LabReportPages,
  hasPatient: boolean,
): DataStateKind | { kind: 'data'; data: LabReportsModel } {
  const pending = pagesState(pages, hasPatient);
  if (pending || !pages.model) return pending ?? { kind: 'loading' };
  return { kind: 'data', data: pages.model };
}

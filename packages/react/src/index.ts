export type { AccessOutcome, AccessRestrictionNoticeProps } from './access/access-restriction-notice';
export { AccessRestrictionNotice } from './access/access-restriction-notice';
export type { CitizenVisibilityNoteProps } from './access/citizen-visibility';
export { CitizenVisibilityNote } from './access/citizen-visibility';
export type { ElevatedAccessBannerProps } from './access/elevated-access-banner';
export { ElevatedAccessBanner } from './access/elevated-access-banner';
export type { ElevatedAccessDialogProps } from './access/elevated-access-dialog';
export { ElevatedAccessDialog } from './access/elevated-access-dialog';
export type {
  AccessMessages,
  AccessNoticeMessages,
  AccessRestrictionsMessages,
  ElevatedAccessDialogMessages,
} from './access/messages';
export { accessMessages } from './access/messages';
export type { PatientSafetyRestrictionsProps } from './access/patient-safety-restrictions';
export { PatientSafetyRestrictions } from './access/patient-safety-restrictions';
export type { PrivacyRestrictionsProps } from './access/privacy-restrictions';
export { PrivacyRestrictions } from './access/privacy-restrictions';
export {
  ptsQueries,
  useCitizenVisibility,
  usePatientPrivacyRestrictions,
  usePatientSafetyRestrictions,
} from './access/queries';

('use client');

import './styles.css';

export type { CumulativeGridProps } from './lab-results/cumulative-grid';
export { CumulativeGrid } from './lab-results/cumulative-grid';
export type { CumulativeTableProps, FlowsheetFilter } from './lab-results/cumulative-table';
export { CumulativeTable } from './lab-results/cumulative-table';
export * as LabReportParts from './lab-results/lab-report-parts-namespace';
export type { LabReportViewProps } from './lab-results/lab-report-view';
export { LabReportView } from './lab-results/lab-report-view';
export { LabResultsOverview } from './lab-results/lab-results-overview';
export type { LabResultsOverviewProps, OverviewGrouping } from './lab-results/lab-results-overview-props';
export type { LabReportMessages, LabResultsListMessages, LabResultsMessages } from './lab-results/messages';
export { labResultsMessages } from './lab-results/messages';
export type {
  LabReportBatch,
  LabReportPage,
  LabReportQueryData,
  ReportBatchParam,
} from './lab-results/queries';
export {
  DEFAULT_PAGE_CONCURRENCY,
  DEFAULT_PAGE_SIZE,
  ppsQueries,
  REPORT_LIST_INCLUDES,
} from './lab-results/queries';
export type { ResultFlagProps, StatusBadgeProps } from './lab-results/result-parts';
export { ResultFlag, StatusBadge } from './lab-results/result-parts';
export type { TrendChartProps, TrendYears } from './lab-results/trend-chart';
export { TrendChart } from './lab-results/trend-chart';
export { useLabReport } from './lab-results/use-lab-report';
export type { LabReportPages } from './lab-results/use-lab-report-pages';
export { useLabReportPages } from './lab-results/use-lab-report-pages';
export { formatLabValue } from './lab-results/value-words';
export type {
  ElevatedAccess,
  ElevatedAccessBasis,
  PpsAuditEvent,
  PpsContextValue,
  PpsProviderProps,
  PpsTheme,
} from './provider/pps-provider';
export { PpsProvider, usePpsContext } from './provider/pps-provider';
export { defaultQueryClientConfig, PPS_QUERY_ROOT } from './provider/query-client';
export type { RequisitionMessages } from './requisitions/messages';
export { requisitionMessages } from './requisitions/messages';
export { parekQueries, useParekRequisitions } from './requisitions/queries';
export type { RequisitionListProps } from './requisitions/requisition-list';
export { RequisitionList } from './requisitions/requisition-list';
export type { RequisitionPanelProps } from './requisitions/requisition-panel';
export { RequisitionPanel } from './requisitions/requisition-panel';
export type { DataStateKind } from './shared/data-state';
export { DataState } from './shared/data-state';
export { formatDate, formatDateTime, formatNumber } from './shared/format';
export type { Catalogue, Locale, MessageOverrides, PartCatalogue, PpsTexts } from './shared/i18n';
export { LOCALES, resolveMessages } from './shared/i18n';
export type { LoadProgressProps } from './shared/load-progress';
export { LoadProgress } from './shared/load-progress';
export type { DataStateMessages, LoadProgressMessages, ViewStateMessages } from './shared/messages';
export { dataStateMessages, fill } from './shared/messages';
export { useMessages } from './shared/use-messages';

'use client';
import './styles.css';

export type { LabReportListProps } from './lab-results/lab-report-list';
export { LabReportList } from './lab-results/lab-report-list';
export type { LabReportListMessages } from './lab-results/messages';
export { labReportListMessages } from './lab-results/messages';
export { ppsQueries } from './lab-results/queries';
export { useLabReports } from './lab-results/use-lab-reports';
export type { PpsContextValue, PpsProviderProps } from './provider/pps-provider';
export { PpsProvider, usePpsContext } from './provider/pps-provider';
export { defaultQueryClientConfig } from './provider/query-client';
export type { DataStateKind } from './shared/data-state';
export { DataState } from './shared/data-state';
export { formatDate, formatDateTime } from './shared/format';
export type { Catalogue, Locale, MessageOverrides } from './shared/i18n';
export { LOCALES, resolveMessages } from './shared/i18n';
export type { DataStateMessages } from './shared/messages';
export { dataStateMessages } from './shared/messages';

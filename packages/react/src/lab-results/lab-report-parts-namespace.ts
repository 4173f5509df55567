// LabReportParts.Header, LabReportParts.Results …: the parts of LabReportView, for custom layouts.

/** Which section shows a top-level result (the rule lives in @pps-kit/api-client). */
export { sectionOf } from '@pps-kit/api-client';
export type { PartProps } from './lab-report-parts';
export {
  Comments,
  Header,
  Microbiology,
  Paragraphs,
  Requisition,
  ResultDetails,
  Results,
  Specimens,
  StatusBanner,
  TextResults,
} from './lab-report-parts';

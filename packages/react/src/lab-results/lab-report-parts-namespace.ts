// LabReportParts.Header, LabReportParts.Results …: the parts of LabReportView, for custom layouts.

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
  sectionOf,
  TextResults,
} from './lab-report-parts';

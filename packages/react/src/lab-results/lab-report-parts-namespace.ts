// LabReportParts.Root, LabReportParts.Header, LabReportParts.Results …: the parts of LabReportView,
// for custom layouts. Inside a Root the parts read the report and text from it and need no props.

/** Which section shows a top-level result (the rule lives in @pps-kit/api-client). */
export { sectionOf } from '@pps-kit/api-client';
export type { HeadingLevel, PartProps, RootProps } from './report-parts/context';
export { Root } from './report-parts/context';
export { Header, StatusBanner } from './report-parts/header';
export { Microbiology } from './report-parts/microbiology';
export { Comments, Requisition, RequisitionFields, Specimens } from './report-parts/requisition';
export { Results } from './report-parts/results';
export { TextResults } from './report-parts/text-results';
export { Paragraphs, ResultDetails } from './report-parts/values';

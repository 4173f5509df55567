import { toSearchResult } from '../pps/search-result';
import { validateNilarBundle } from '../pps/validate';
import type { Bundle, NilarDiagnosticReport } from '../shared/fhir';
import { parseBody } from '../shared/transport';
import { type LabReportPageModel, reportPage } from './model-pages';

/**
 * One page of a report search, from the text PPS answered to the model the views show: parsed,
 * validated, checked to be about `personId`, split and read, as `searchDiagnosticReports` and
 * `toLabReports` would. Pure, so it runs the same in a Web Worker and on the main thread.
 */
export function readReportPage(text: string, personId: string, correlationId?: string): LabReportPageModel {
  const bundle = validateNilarBundle(parseBody(text, correlationId), correlationId) as Bundle;
  return reportPage(
    toSearchResult<NilarDiagnosticReport>(bundle, 'DiagnosticReport', personId, correlationId),
  );
}

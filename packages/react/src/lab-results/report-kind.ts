import { type LabReport, reportKind } from '@pps-kit/api-client';
import type { LabReportMessages } from './messages';

/**
 * The report's kind in words, as a row or heading names it: "Mikrobiologi", "Patologi (Histologi)".
 * The lab's own display text stands in for a code the texts do not name.
 */
export function reportKindText(
  report: Pick<LabReport, 'fagomrade' | 'reportType'>,
  t: Pick<LabReportMessages, 'expertiseLabels' | 'unknownExpertise'>,
): string {
  const { code, type } = reportKind(report);
  const name = (code && t.expertiseLabels[code]) || report.reportType?.display || t.unknownExpertise;
  const detail = type && t.expertiseLabels[type];
  return detail ? `${name} (${detail})` : name;
}

import type { NilarDiagnosticReport } from '@pps-kit/api-client';
import { getDefaultDataset, patientWithScenario, type ScenarioName } from '@pps-kit/mocks';

/** The test patient of a scenario, as a PPS patient context. */
export const personOf = (scenario: ScenarioName) => ({ personId: patientWithScenario(scenario).personId });

/** The id of the report with the lab's report number `labReportId` in the default dataset. */
export function reportIdOf(labReportId: string): string {
  const report = Object.values(getDefaultDataset())
    .flat()
    .find(
      (r): r is NilarDiagnosticReport =>
        r.resourceType === 'DiagnosticReport' &&
        (r as NilarDiagnosticReport).identifier?.some((i) => i.value === labReportId) === true,
    );
  if (!report) throw new Error(`No report ${labReportId} in the mock dataset`);
  return report.id;
}

/** The id of the first report of a scenario's patient with the report code `code` (e.g. `HIST`). */
export function reportIdWithCode(scenario: ScenarioName, code: string): string {
  const report = (getDefaultDataset()[patientWithScenario(scenario).personId] ?? []).find(
    (r): r is NilarDiagnosticReport =>
      r.resourceType === 'DiagnosticReport' &&
      (r as NilarDiagnosticReport).code.coding?.some((c) => c.code === code) === true,
  );
  if (!report) throw new Error(`No ${code} report for ${scenario} in the mock dataset`);
  return report.id;
}

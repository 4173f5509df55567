import type { NilarDiagnosticReport, ResourceBase } from '@pps-kit/api-client';
import { createPpsHandlers, svarrapporterToResources } from '@pps-kit/mocks';
import { screen } from '@testing-library/react';
import type { SetupServer } from 'msw/node';
import { LabReportView } from '../lab-results/lab-report-view';
import { renderWithPps } from './render';

/**
 * One Svarrapport message as a clinician would see it: converted as PPS would, served by the mock
 * PPS at the network (MSW), and shown in LabReportView under the message's own patient.
 */
export async function showSvarrapport(bytes: Uint8Array | string, server: SetupServer) {
  const resources: ResourceBase[] = Object.values(svarrapporterToResources([bytes])).flat();
  const report = resources.find((r): r is NilarDiagnosticReport => r.resourceType === 'DiagnosticReport');
  if (!report) throw new Error('the message made no report');
  const personId = report.subject.identifier?.value ?? '';
  server.use(...createPpsHandlers({ patients: [], resources: { [personId]: resources } }));
  const view = renderWithPps(<LabReportView reportId={report.id} />, {
    patient: { personId },
    withoutPtsAndParek: true,
    acceptAnyPersonId: true,
  });
  const article = await screen.findByRole('article', { name: /^Svarrapport/ }, { timeout: 3000 });
  return { article, resources, personId, unmount: view.unmount };
}

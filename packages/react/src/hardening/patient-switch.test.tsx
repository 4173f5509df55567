// @vitest-environment jsdom
/**
 * One patient at a time: when the EPJ opens another patient, nothing of the previous one stays in
 * pps-kit's cache, not in a key and not in the data, whichever views had loaded it.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PatientSafetyRestrictions } from '../access/patient-safety-restrictions';
import { PrivacyRestrictions } from '../access/privacy-restrictions';
import { CumulativeTable } from '../lab-results/cumulative-table';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { RequisitionList } from '../requisitions/requisition-list';
import { personOf, reportIdWithCode } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('switching patient', () => {
  it('leaves nothing of the previous patient in the cache', async () => {
    const first = personOf('pathology-radiology');
    const histology = reportIdWithCode('pathology-radiology', 'HIST');
    const views = (
      <>
        <LabResultsOverview />
        <CumulativeTable />
        <LabReportView reportId={histology} />
        <PatientSafetyRestrictions object={{ type: 'Svarrapport', value: histology }} allowCreate={false} />
        <PrivacyRestrictions />
        <RequisitionList />
      </>
    );
    const view = renderWithPps(views, { patient: first });
    await screen.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/);
    await screen.findByText('Pasientens personvernsperringer');
    const mentions = () =>
      view.queryClient
        .getQueryCache()
        .findAll()
        .filter((query) =>
          JSON.stringify([query.queryKey, query.state.data ?? null]).includes(first.personId),
        );
    expect(mentions().length).toBeGreaterThan(3);

    view.rerenderWith({ patient: personOf('no-data') });
    await screen.findAllByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.');
    expect(mentions()).toEqual([]);
  });
});

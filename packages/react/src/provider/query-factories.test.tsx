// @vitest-environment jsdom
/**
 * The query option factories are what the hooks use: a host that prefetches with them fills the
 * very cache entries the views read, so the views ask the network for nothing more.
 */
import { createParekClient, createPpsClient, createPtsClient } from '@pps-kit/api-client';
import { createMockServer } from '@pps-kit/mocks/node';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyRestrictions } from '../access/privacy-restrictions';
import { ptsQueries } from '../access/queries';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { ppsQueries } from '../lab-results/queries';
import { parekQueries } from '../requisitions/queries';
import { RequisitionList } from '../requisitions/requisition-list';
import { personOf, reportIdWithCode } from '../testing/mock-server';
import { PpsProvider } from './pps-provider';

const server = createMockServer();
const requests: string[] = [];
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    requests.push(`${url.pathname}${url.search}`);
  });
});
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

const pps = createPpsClient({ baseUrl: '/api/pps', retry: false });
const pts = createPtsClient({ baseUrl: '/api/pts', retry: false });
const parek = createParekClient({ baseUrl: '/api/parek', retry: false });
const patient = personOf('pathology-radiology');

function renderPrefetched(queryClient: QueryClient, ui: React.ReactElement) {
  return render(
    <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} queryClient={queryClient}>
      {ui}
    </PpsProvider>,
  );
}

describe('prefetching with the factories', () => {
  it('the overview reads the report pages a host prefetched, on a QueryClient with default settings', async () => {
    const queryClient = new QueryClient();
    await queryClient.prefetchInfiniteQuery({ ...ppsQueries.reportPages(pps, patient), pages: 1 });
    expect(requests).toEqual(['/api/pps/DiagnosticReport/_search']);
    renderPrefetched(queryClient, <LabResultsOverview />);
    expect(await screen.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/)).toBeInTheDocument();
    // The patient's history fits in one page: the view asked for nothing more.
    expect(requests).toEqual(['/api/pps/DiagnosticReport/_search']);
  });

  it('one report, the privacy restrictions and the requisitions: no request after the prefetch', async () => {
    const queryClient = new QueryClient();
    const reportId = reportIdWithCode('pathology-radiology', 'HIST');
    await Promise.all([
      queryClient.prefetchQuery(ppsQueries.report(pps, patient, reportId)),
      queryClient.prefetchQuery(ptsQueries.privacy(pts, patient.personId)),
      queryClient.prefetchQuery(parekQueries.requisitions(parek, patient.personId)),
    ]);
    const prefetched = [...requests];
    expect(prefetched.some((r) => r.startsWith('/api/pps'))).toBe(true);
    expect(prefetched.some((r) => r.startsWith('/api/pts'))).toBe(true);
    expect(prefetched.some((r) => r.startsWith('/api/parek'))).toBe(true);
    renderPrefetched(
      queryClient,
      <>
        <LabReportView reportId={reportId} />
        <PrivacyRestrictions />
        <RequisitionList />
      </>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: /^Svarrapport/ })).toBeInTheDocument();
    expect(screen.getByText('Pasientens personvernsperringer')).toBeInTheDocument();
    // The report view also asks PTS when the patient can see the report: that was not prefetched.
    expect(requests.filter((r) => !r.includes('patient-safety'))).toEqual(prefetched);
  });

  it('without a PTS or PaRek client, or without a patient, their queries are skipped', () => {
    expect(ptsQueries.privacy(undefined, patient.personId).queryFn).toBe(
      parekQueries.requisitions(undefined, patient.personId).queryFn,
    );
    expect(typeof ptsQueries.privacy(pts, '').queryFn).not.toBe('function');
    expect(typeof parekQueries.requisitions(parek, '').queryFn).not.toBe('function');
    expect(typeof ptsQueries.privacy(pts, patient.personId).queryFn).toBe('function');
  });
});

// A Vite + React host, as a vendor writes it from the README: the mocks in the browser, one
// provider, the views.
import { createPpsClient, createPtsClient } from '@pps-kit/api-client';
import { patientWithScenario } from '@pps-kit/mocks';
import { createMockWorker } from '@pps-kit/mocks/browser';
import { CumulativeTable, LabResultsOverview, PpsProvider, PrivacyRestrictions } from '@pps-kit/react';
import { createRoot } from 'react-dom/client';
import '@pps-kit/react/styles.css';

await createMockWorker().start({ onUnhandledRequest: 'bypass' });

const pps = createPpsClient({ baseUrl: '/api/pps' });
const pts = createPtsClient({ baseUrl: '/api/pts' });
const personId = patientWithScenario('report-versions').personId;

createRoot(document.getElementById('root') as HTMLElement).render(
  <PpsProvider client={pps} ptsClient={pts} patient={{ personId }} locale="nb" readPagesInWorker>
    <LabResultsOverview />
    <CumulativeTable />
    <PrivacyRestrictions />
  </PpsProvider>,
);

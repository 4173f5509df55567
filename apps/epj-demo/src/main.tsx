import { createMockHandlers, createPpsHandlers, getDefaultDataset, type MockResources } from '@pps-kit/mocks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@pps-kit/react/styles.css';
import { App } from './app';
import { usesMocks } from './config';
import { ErrorBoundary } from './error-boundary';
import { faultFor } from './faults';
import './app.css';
import './tools.css';

/** Starts MSW in the browser; returns how to serve uploaded Svarrapport files from the mock PPS. */
async function startMocks() {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(
    ...createMockHandlers({
      pps: { fault: faultFor('pps') },
      pts: { fault: faultFor('pts') },
      parek: { fault: faultFor('parek') },
    }),
  );
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true, // MSW would otherwise log request headers, and they carry the patient's id
  });
  // Loaded messages join the test patients in the mock PPS: nobody's results are replaced, and a
  // message for a test patient adds to that patient's reports.
  const served: Record<string, MockResources[string]> = { ...getDefaultDataset() };
  return (resources: MockResources) => {
    for (const [personId, list] of Object.entries(resources))
      served[personId] = [...(served[personId] ?? []), ...list];
    worker.use(...createPpsHandlers({ resources: { ...served }, fault: faultFor('pps') }));
  };
}

async function main() {
  const serve = usesMocks ? await startMocks() : undefined;
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App usesMocks={usesMocks} {...(serve ? { serve } : {})} />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void main();

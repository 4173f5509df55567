import { createPpsClient } from '@pps-kit/api-client';
import { handlers } from '@pps-kit/mocks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@pps-kit/react/styles.css';
import { App } from './app';
import { ppsBaseUrl, usesMocks } from './config';
import './app.css';

async function startMocks() {
  const { setupWorker } = await import('msw/browser');
  await setupWorker(...handlers).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true, // MSW would otherwise log request headers, and they carry the patient's id
  });
}

async function main() {
  if (usesMocks) await startMocks();
  const client = createPpsClient({ baseUrl: ppsBaseUrl });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App client={client} usesMocks={usesMocks} />
    </StrictMode>,
  );
}

void main();

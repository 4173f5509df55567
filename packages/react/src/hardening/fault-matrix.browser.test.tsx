/**
 * The fault matrix, in Chromium: every data component against every fault the national services
 * can throw at it. Each cell must end in a clear, localized state (never a blank screen, never
 * "no results"), offer retry where trying again can help, and recover when the fault is gone.
 */
import { createParekClient, createPpsClient, createPtsClient } from '@pps-kit/api-client';
import { createMockHandlers, type MockFault, patientWithScenario, type ScenarioName } from '@pps-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupWorker } from 'msw/browser';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatientSafetyRestrictions } from '../access/patient-safety-restrictions';
import { PrivacyRestrictions } from '../access/privacy-restrictions';
import { CumulativeTable } from '../lab-results/cumulative-table';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { TrendChart } from '../lab-results/trend-chart';
import { PpsProvider } from '../provider/pps-provider';
import { RequisitionList } from '../requisitions/requisition-list';
import { RequisitionPanel } from '../requisitions/requisition-panel';
import { reportIdOf } from '../testing/mock-server';

type Service = 'pps' | 'pts' | 'parek';
const faults: Record<Service, MockFault | undefined> = { pps: undefined, pts: undefined, parek: undefined };
const worker = setupWorker(
  ...createMockHandlers({
    pps: { fault: () => faults.pps },
    pts: { fault: () => faults.pts },
    parek: { fault: () => faults.parek },
  }),
);
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterAll(() => worker.stop());

/** A short client timeout for the timeout cell; a long one for the 5 s of latency. */
const TIMEOUT_MS = 1500;
const clientsWith = (timeoutMs: number) => ({
  pps: createPpsClient({ baseUrl: '/api/pps', retry: false, timeoutMs }),
  pts: createPtsClient({ baseUrl: '/api/pts', retry: false, timeoutMs }),
  parek: createParekClient({ baseUrl: '/api/parek', retry: false, timeoutMs }),
});
const quick = clientsWith(TIMEOUT_MS);
const patient = clientsWith(30_000);

interface Component {
  name: string;
  service: Service;
  scenario: ScenarioName;
  element: () => ReactElement;
  /** What the component shows once its data is in. */
  shown: () => Promise<unknown>;
}

const components: Component[] = [
  {
    name: 'LabResultsOverview',
    service: 'pps',
    scenario: 'report-versions',
    element: () => <LabResultsOverview />,
    shown: () => screen.findByText('Viser 7 av 7 svarrapporter'),
  },
  {
    name: 'LabReportView',
    service: 'pps',
    scenario: 'repeat-copies',
    element: () => <LabReportView reportId={reportIdOf('PK-2026-77120')} />,
    shown: () => screen.findByRole('table', { name: 'Resultater' }),
  },
  {
    name: 'CumulativeTable',
    service: 'pps',
    scenario: 'report-versions',
    element: () => <CumulativeTable />,
    shown: () => screen.findByRole('grid', { name: 'Kumulativ visning' }),
  },
  {
    name: 'TrendChart',
    service: 'pps',
    scenario: 'gp-chemistry',
    element: () => <TrendChart code="NPU04998" />,
    shown: () => screen.findByRole('img', { name: /^Utvikling: P-Kreatinin/ }),
  },
  {
    name: 'RequisitionPanel',
    service: 'pps',
    scenario: 'repeat-copies',
    element: () => <RequisitionPanel reportId={reportIdOf('PK-2026-77120')} />,
    shown: () => screen.findByText('Rekvirent'),
  },
  {
    name: 'RequisitionList',
    service: 'parek',
    scenario: 'gp-chemistry',
    element: () => <RequisitionList />,
    shown: () => screen.findByRole('listitem', { name: 'Årskontroll diabetes' }),
  },
  {
    name: 'PatientSafetyRestrictions',
    service: 'pts',
    scenario: 'repeat-copies',
    element: () => (
      <PatientSafetyRestrictions
        object={{ type: 'Svarrapport', value: reportIdOf('PK-2026-77120') }}
        allowCreate={false}
      />
    ),
    shown: () => screen.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.'),
  },
  {
    name: 'PrivacyRestrictions',
    service: 'pts',
    scenario: 'general-block',
    element: () => <PrivacyRestrictions />,
    shown: () => screen.findByText('Sperring (satt av pasienten)'),
  },
];

const SERVICE_NAME: Record<Service, string> = {
  pps: 'Pasientens prøvesvar',
  pts: 'Tilgangsstyring (PTS)',
  parek: 'PaRek',
};

interface Cell {
  name: string;
  fault: MockFault;
  /** The text the state must show (`{service}` is the service's name). */
  text: string;
  retry: boolean;
}

const cells: Cell[] = [
  { name: '400', fault: { status: 400 }, text: '{service} avviste forespørselen (HTTP 400)', retry: false },
  { name: '401', fault: { status: 401 }, text: 'Du har ikke tilgang til {service} (HTTP 401)', retry: false },
  { name: '403', fault: { status: 403 }, text: 'Du har ikke tilgang til {service} (HTTP 403)', retry: false },
  {
    name: '404',
    fault: { status: 404 },
    text: '{service} fant ikke det som ble etterspurt (HTTP 404)',
    retry: false,
  },
  {
    name: '429 with Retry-After',
    fault: { status: 429, retryAfterSeconds: 30 },
    text: '{service} får for mange forespørsler akkurat nå (HTTP 429). Prøv igjen om 30 sekunder.',
    retry: true,
  },
  { name: '500', fault: { status: 500 }, text: '{service} svarer ikke nå (HTTP 500)', retry: true },
  { name: '503', fault: { status: 503 }, text: '{service} svarer ikke nå (HTTP 503)', retry: true },
  { name: 'timeout', fault: { never: true }, text: '{service} svarte ikke innen 2 sekunder', retry: true },
  {
    name: 'aborted connection',
    fault: { networkError: true },
    text: 'Fikk ikke kontakt med {service}',
    retry: true,
  },
  {
    name: 'plain-text error body',
    fault: { status: 502, body: 'plain-text' },
    text: '{service} svarer ikke nå (HTTP 502)',
    retry: true,
  },
  {
    name: 'truncated JSON',
    fault: { truncatedJson: true },
    text: 'Svaret fra {service} kunne ikke leses',
    retry: true,
  },
];

function renderComponent(component: Component, clients = quick) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <PpsProvider
      client={clients.pps}
      ptsClient={clients.pts}
      parekClient={clients.parek}
      patient={{ personId: patientWithScenario(component.scenario).personId }}
      queryClient={queryClient}
    >
      {component.element()}
    </PpsProvider>,
  );
}

describe.each(components)('$name', (component) => {
  it.each(cells)('$name: a clear, localized state', async (cell) => {
    faults[component.service] = cell.fault;
    try {
      const view = renderComponent(component);
      const alert = await screen.findByRole('alert', {}, { timeout: TIMEOUT_MS + 20_000 });
      expect(alert).toHaveTextContent(cell.text.replace('{service}', SERVICE_NAME[component.service]));
      // Never "no results" for data that failed.
      expect(view.container.querySelector('[data-state="no-data"]')).toBeNull();
      const retry = within(alert).queryByRole('button', { name: 'Prøv igjen' });
      expect(retry !== null).toBe(cell.retry);
      faults[component.service] = undefined;
      if (retry) {
        await userEvent.click(retry);
        await component.shown();
        expect(screen.queryByRole('alert')).toBeNull();
      }
      view.unmount();
    } finally {
      faults[component.service] = undefined;
    }
  });

  it('5 s of latency: loading is shown at once, then the data', async () => {
    faults[component.service] = { latencyMs: 5000 };
    try {
      const view = renderComponent(component, patient);
      await waitFor(() => expect(view.container.querySelector('[data-state="loading"]')).not.toBeNull());
      expect(screen.queryByRole('alert')).toBeNull();
      await waitFor(() => component.shown());
      expect(view.container.querySelector('[data-state="loading"]')).toBeNull();
      view.unmount();
    } finally {
      faults[component.service] = undefined;
    }
  }, 15_000);
});

/**
 * Hostile input, in Chromium: script and markup in every text a lab or a requester can send
 * (comments, text results, analysis names, reference texts, the display text of codes, names of
 * people and organisations, units) must come out as inert text. No script runs, no element is
 * injected.
 */
import { createPpsClient } from '@pps-kit/api-client';
import { createPpsHandlers, getDefaultDataset, type MockResources, type ScenarioName } from '@pps-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupWorker } from 'msw/browser';
import { type ReactElement, useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CumulativeTable } from '../lab-results/cumulative-table';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { PpsProvider } from '../provider/pps-provider';
import { personOf } from '../testing/mock-server';

declare global {
  interface Window {
    __pwned?: string | undefined;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<script>window.__pwned="script"</script>',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '"><iframe src="javascript:window.parent.__pwned=\'iframe\'"></iframe>',
];
/** Every text field a lab, a requester or a code list can fill. */
const TEXT_KEYS = new Set(['text', 'display', 'valueString', 'unit', 'comment']);

let counter = 0;
function poison(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (TEXT_KEYS.has(key) && typeof inner === 'string') {
          counter += 1;
          return [key, `${inner} ${PAYLOADS[counter % PAYLOADS.length]}`];
        }
        return [key, poison(inner)];
      }),
    );
  }
  return value;
}

const hostile = poison(getDefaultDataset()) as MockResources;
const worker = setupWorker(...createPpsHandlers({ resources: hostile }));
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterAll(() => worker.stop());
afterEach(() => {
  window.__pwned = undefined;
});

const client = createPpsClient({ baseUrl: '/api/pps', retry: false });
function renderFor(scenario: ScenarioName, ui: ReactElement) {
  return render(
    <PpsProvider
      client={client}
      patient={personOf(scenario)}
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      {ui}
    </PpsProvider>,
  );
}

/** Waits for anything a payload could have started, then checks that nothing did. */
async function expectInert(container: HTMLElement) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(window.__pwned).toBeUndefined();
  expect(container.querySelectorAll('img, script, iframe, svg[onload]')).toHaveLength(0);
  expect(container.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
  // The payload is there, as text.
  expect(container.textContent).toContain('<img src=x onerror=');
}

describe('hostile text from the lab', () => {
  for (const scenario of [
    'report-versions',
    'microbiology',
    'pathology-radiology',
    'repeat-copies',
  ] as const) {
    it(`every report of ${scenario} shows markup as text`, async () => {
      const view = renderFor(scenario, <Tour />);
      const overview = await screen.findByRole('region', { name: 'Prøvesvar' });
      const openers = await within(overview).findAllByRole('button', { name: /^Åpne svarrapport/ });
      for (let index = 0; index < openers.length; index += 1) {
        const buttons = within(screen.getByRole('region', { name: 'Prøvesvar' })).getAllByRole('button', {
          name: /^Åpne svarrapport/,
        });
        await userEvent.click(buttons[index] as HTMLElement);
        await screen.findByRole('heading', { name: /^Svarrapport/ });
        await expectInert(view.container);
        await userEvent.click(screen.getByRole('button', { name: 'Lukk' }));
      }
      view.unmount();
    });
  }

  it('the flowsheet shows markup in names and units as text', async () => {
    const view = renderFor('repeat-copies', <CumulativeTable />);
    await screen.findByRole('grid');
    await expectInert(view.container);
  });
});

/** The overview, and a report when one is opened. */
function Tour() {
  const [open, setOpen] = useState<string | undefined>(undefined);
  return open ? (
    <LabReportView reportId={open} onClose={() => setOpen(undefined)} />
  ) : (
    <LabResultsOverview onReportOpen={setOpen} />
  );
}

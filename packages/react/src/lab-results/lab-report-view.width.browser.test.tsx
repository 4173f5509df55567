/**
 * No report is wider than its container, in Chromium, for every sample message in
 * ../shared/data/svarrapport (read in place through a test command): at a desktop width (1440 px)
 * and a phone's (390 px). Wide tables scroll inside themselves; narratives wrap; nothing pushes
 * the page sideways.
 */
import { createPpsClient, type NilarDiagnosticReport } from '@pps-kit/api-client';
import { createPpsHandlers, svarrapporterToResources } from '@pps-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { PpsProvider } from '../provider/pps-provider';
import { LabReportView } from './lab-report-view';
import '../styles.css';

declare module 'vitest/browser' {
  interface BrowserCommands {
    sampleFiles: () => Promise<string[]>;
    readSampleBase64: (name: string) => Promise<string>;
  }
}

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterAll(() => worker.stop());

const files = await commands.sampleFiles();
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

describe.skipIf(files.length === 0)('no report is wider than its container', () => {
  it.each(files)('%s', async (name) => {
    const bytes = bytesOf(await commands.readSampleBase64(name));
    const resources = Object.values(svarrapporterToResources([bytes])).flat();
    const report = resources.find((r): r is NilarDiagnosticReport => r.resourceType === 'DiagnosticReport');
    if (!report) throw new Error('no report');
    const personId = report.subject.identifier?.value ?? '';
    worker.resetHandlers(...createPpsHandlers({ patients: [], resources: { [personId]: resources } }));
    const view = render(
      <div data-testid="host" style={{ width: 1440 }}>
        <PpsProvider
          client={createPpsClient({ baseUrl: '/api/pps', retry: false, acceptAnyPersonId: true })}
          patient={{ personId }}
          queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        >
          <LabReportView reportId={report.id} />
        </PpsProvider>
      </div>,
    );
    const article = await screen.findByRole('article', { name: /^Svarrapport/ });
    const host = screen.getByTestId('host');
    const overflow: string[] = [];
    for (const width of [1440, 390]) {
      host.style.width = `${width}px`;
      const box = article.getBoundingClientRect().width;
      if (box > width + 0.5 || article.scrollWidth > article.clientWidth + 1) {
        overflow.push(`${width} px: the report is ${Math.max(box, article.scrollWidth)} px wide`);
      }
    }
    expect(overflow, name).toEqual([]);
    view.unmount();
  });
});

import { createPpsClient, type NilarDiagnosticReport } from '@pps-kit/api-client';
import {
  createPpsHandlers,
  PPS_KIT_MESSAGES,
  SvarrapportError,
  svarrapporterToResources,
} from '@pps-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import type { SetupWorker } from 'msw/browser';
import { type ChangeEvent, useId, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { PpsProvider } from '../provider/pps-provider';
import { fill } from '../shared/messages';
import { LabReportView } from './lab-report-view';
import { LabResultsOverview } from './lab-results-overview';

const client = createPpsClient({ baseUrl: '/api/pps', retry: false, acceptAnyPersonId: true });

type Loaded =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; personId: string; reports: number; json: string; queryClient: QueryClient };

/**
 * Load a Svarrapport XML file (v1.3 or v1.4, UTF-8 or ISO-8859-1) and see it as PPS would show it:
 * the message is converted to NILAR by `svarrapportToNilar` from @pps-kit/mocks and served by the
 * mock PPS, so the components fetch it exactly as they fetch real data.
 */
function SvarrapportPreview({ msw }: { msw: SetupWorker }) {
  const inputId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'none' });
  const [open, setOpen] = useState<string | undefined>();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    if (files.length === 0) return;
    try {
      const messages = await Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
      const resources = svarrapporterToResources(messages);
      const [personId, list = []] = Object.entries(resources)[0] ?? [];
      if (!personId) throw new Error('Filen inneholder ingen svarrapport.');
      msw.use(...createPpsHandlers({ resources, patients: [] }));
      setOpen(list.find((r) => r.resourceType === 'DiagnosticReport')?.id);
      setLoaded({
        kind: 'loaded',
        personId,
        reports: list.filter((r): r is NilarDiagnosticReport => r.resourceType === 'DiagnosticReport').length,
        json: JSON.stringify(list, null, 2),
        queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
      });
    } catch (error) {
      setLoaded({
        kind: 'error',
        message:
          error instanceof SvarrapportError
            ? `${error.reason} (element ${error.element}, feilkode ${error.code})`
            : error instanceof Error
              ? error.message
              : String(error),
      });
    }
  }

  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <div>
        <label htmlFor={inputId}>Velg én eller flere Svarrapport-filer (XML)</label>{' '}
        <input id={inputId} type="file" accept=".xml,application/xml,text/xml" multiple onChange={onFile} />
      </div>
      {loaded.kind === 'error' ? (
        <div role="alert">
          <p>
            <strong>Filen kunne ikke leses som Svarrapport.</strong>
          </p>
          <p>{loaded.message}</p>
        </div>
      ) : null}
      {loaded.kind === 'loaded' ? (
        <PpsProvider client={client} patient={{ personId: loaded.personId }} queryClient={loaded.queryClient}>
          <p>
            {fill(
              'Pasient {id}: {reports, plural, one {# svarrapport} other {# svarrapporter}}, slik Pasientens prøvesvar ville vist {reports, plural, one {den} other {dem}}.',
              { id: loaded.personId, reports: loaded.reports },
            )}
          </p>
          <LabResultsOverview onReportOpen={setOpen} />
          {open ? <LabReportView reportId={open} onClose={() => setOpen(undefined)} /> : null}
          <details>
            <summary>NILAR FHIR-ressurser</summary>
            <pre style={{ maxHeight: '20rem', overflow: 'auto' }}>{loaded.json}</pre>
          </details>
        </PpsProvider>
      ) : null}
    </div>
  );
}

const meta = {
  title: 'Tools/Svarrapport preview',
  parameters: { pps: { patient: null } },
  render: (_args, { msw }) => <SvarrapportPreview msw={msw} />,
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  async play({ canvas }) {
    await expect(canvas.getByLabelText('Velg én eller flere Svarrapport-filer (XML)')).toBeVisible();
  },
};

export const ChemistryMessage: Story = {
  async play({ canvas }) {
    const file = new File([PPS_KIT_MESSAGES[0] ?? ''], 'kjemi.xml', { type: 'application/xml' });
    await userEvent.upload(canvas.getByLabelText('Velg én eller flere Svarrapport-filer (XML)'), file);
    const report = await canvas.findByRole('article', { name: 'Svarrapport: Medisinsk biokjemi' });
    const results = within(report).getByRole('table', { name: 'Resultater' });
    const leukocytes = within(results).getByRole('row', { name: /B-Leukocytter/ });
    await expect(leukocytes).toHaveTextContent('11,2');
    await expect(leukocytes).toHaveTextContent('x10E9/L');
    await expect(leukocytes).toHaveTextContent('↑ Høy');
    await expect(leukocytes).toHaveTextContent('3.5 - 10.0');
    await expect(
      within(report).getByText('Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi'),
    ).toBeVisible();
  },
};

export const ChangedMessage: Story = {
  async play({ canvas }) {
    const files = [0, 1].map(
      (i) => new File([PPS_KIT_MESSAGES[i] ?? ''], `kjemi-${i}.xml`, { type: 'application/xml' }),
    );
    await userEvent.upload(canvas.getByLabelText('Velg én eller flere Svarrapport-filer (XML)'), files);
    const report = await canvas.findByRole('article', { name: 'Svarrapport: Medisinsk biokjemi' });
    await expect(within(report).getByRole('note')).toHaveTextContent('Endret svar');
    const potassium = within(report).getByRole('row', { name: /P-Kalium/ });
    await expect(potassium).toHaveTextContent('4,1');
  },
};

export const UnreadableFile: Story = {
  async play({ canvas }) {
    const file = new File(['<Message xmlns="urn:not-kith"><MsgId>1</MsgId></Message>'], 'feil.xml', {
      type: 'application/xml',
    });
    await userEvent.upload(canvas.getByLabelText('Velg én eller flere Svarrapport-filer (XML)'), file);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Filen kunne ikke leses som Svarrapport.');
    await expect(alert).toHaveTextContent('element Message, feilkode unsupported-message');
  },
};

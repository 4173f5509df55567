// @vitest-environment jsdom
/**
 * Hostile and broken answers at the network (MSW), down to what the screen says: an error
 * outcome is an error, an outcome pps-kit does not know says data may be hidden, paging that
 * must stop keeps what was loaded and says "at least", answers the model cannot read are a
 * typed error in the view, a view that fails to render fails alone, and a refetch that fails
 * keeps the data with a warning. Never "ingen prøvesvar" for any of them.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PatientSafetyRestrictions } from '../access/patient-safety-restrictions';
import { CumulativeTable } from '../lab-results/cumulative-table';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { ViewBoundary } from '../shared/view-boundary';
import { personOf, reportIdWithCode } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PATIENT = { personId: '13867410028' };
const NO_DATA = 'Pasientens prøvesvar har ingen prøvesvar for denne pasienten.';
const subject = { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: PATIENT.personId } };
const report = (n: number, extra: Record<string, unknown> = {}) => ({
  resourceType: 'DiagnosticReport',
  id: `r${n}`,
  status: 'final',
  code: { text: 'Medisinsk biokjemi' },
  subject,
  effectiveDateTime: new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString(),
  issued: new Date(Date.UTC(2026, 0, 2) + n * 86_400_000).toISOString(),
  ...extra,
});
const bundle = (entries: unknown[], total?: number) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  ...(total === undefined ? {} : { total }),
  entry: entries,
});
const match = (resource: unknown) => ({ resource, search: { mode: 'match' } });
const include = (resource: unknown) => ({ resource, search: { mode: 'include' } });
const outcome = (issue: Record<string, unknown>) => ({
  resource: { resourceType: 'OperationOutcome', issue: [issue] },
  search: { mode: 'outcome' },
});

/** PPS answers every search with `answer(skip, count)`. */
function pps(answer: (skip: number, count: number) => unknown) {
  server.use(
    http.post('*/api/pps/DiagnosticReport/_search', async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      return HttpResponse.json(
        answer(Number(form.get('_skip') ?? 0), Number(form.get('_count') ?? 50)) as never,
      );
    }),
  );
}

describe('outcomes instead of data', () => {
  it.each([
    ['error', 'exception'],
    ['fatal', 'timeout'],
  ])(
    'a searchset with only an outcome of severity %s is an error with a retry, never "no results"',
    async (severity, code) => {
      pps(() => bundle([outcome({ severity, code, diagnostics: 'Internal error' })]));
      renderWithPps(<LabResultsOverview />, { patient: PATIENT });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        `Pasientens prøvesvar svarte med en feil i stedet for prøvesvar (${code}).`,
      );
      expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
      expect(screen.queryByText(NO_DATA)).toBeNull();
    },
  );

  it.each([['suppressed'], ['security'], ['Blocked']])(
    'an outcome "%s" that pps-kit does not know says some data may be hidden, and names it',
    async (code) => {
      const issue =
        code === 'Blocked'
          ? {
              severity: 'information',
              code: 'suppressed',
              details: { coding: [{ system: 'http://nhn.no/fhir/nilar/CodeSystem/pvk-outcome-cs', code }] },
            }
          : { severity: 'information', code };
      pps(() => bundle([outcome(issue)]));
      renderWithPps(<LabResultsOverview />, { patient: PATIENT });
      expect(await screen.findByText('Noen data kan være skjult')).toBeInTheDocument();
      expect(screen.getByText(new RegExp(`\\(kode: ${code}\\)`))).toBeInTheDocument();
      expect(screen.queryByText(NO_DATA)).toBeNull();
    },
  );

  it('beside reports, says some may be hidden and shows the reports', async () => {
    pps(() => bundle([match(report(1)), outcome({ severity: 'warning', code: 'suppressed' })], 1));
    renderWithPps(<LabResultsOverview />, { patient: PATIENT });
    expect(await screen.findByText('Viser 1 av 1 svarrapport')).toBeInTheDocument();
    expect(screen.getByText('Noen data kan være skjult')).toBeInTheDocument();
  });

  it('in the flowsheet too', async () => {
    pps(() => bundle([outcome({ severity: 'information', code: 'suppressed' })]));
    renderWithPps(<CumulativeTable />, { patient: PATIENT });
    expect(await screen.findByText('Noen data kan være skjult')).toBeInTheDocument();
    expect(screen.queryByText(NO_DATA)).toBeNull();
  });
});

describe('paging that must stop', () => {
  it('a _skip that is ignored: the first page stays, "Viser 10 av minst 120", and why', async () => {
    pps((_skip, count) =>
      bundle(
        Array.from({ length: count }, (_, i) => match(report(i))),
        120,
      ),
    );
    renderWithPps(<LabResultsOverview pageSize={10} />, { patient: PATIENT });
    expect(await screen.findByText('Viser 10 av minst 120 svarrapporter')).toBeInTheDocument();
    expect(screen.getByText('Ikke alle svarrapportene kunne hentes')).toBeInTheDocument();
    expect(
      screen.getByText(/Pasientens prøvesvar sendte de samme svarrapportene om igjen\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Viser de 10 som ble hentet\. Det finnes minst 120\./)).toBeInTheDocument();
  });

  it('a page missing that the total promised: what came is shown, as "at least"', async () => {
    pps((skip, count) =>
      bundle(skip < 40 ? Array.from({ length: count }, (_, i) => match(report(skip + i))) : [], 43),
    );
    renderWithPps(<LabResultsOverview pageSize={10} />, { patient: PATIENT });
    expect(await screen.findByText('Viser 40 av minst 43 svarrapporter')).toBeInTheDocument();
    expect(screen.getByText(/sendte færre svarrapporter enn det selv oppga/)).toBeInTheDocument();
  });
});

describe('answers the model cannot read', () => {
  it('two different reports under one id: an error, never one of them silently', async () => {
    pps(() => bundle([match(report(1)), match(report(1, { status: 'amended' }))], 2));
    renderWithPps(<LabResultsOverview />, { patient: PATIENT });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Svaret fra Pasientens prøvesvar kunne ikke leses.',
    );
  });

  it('a hasMember chain 5,000 deep: a typed error in the view, never a RangeError', async () => {
    const depth = 5000;
    const observations = Array.from({ length: depth }, (_, i) => ({
      resourceType: 'Observation',
      id: `o${i}`,
      status: 'final',
      code: { text: `Ledd ${i}` },
      subject,
      ...(i + 1 < depth ? { hasMember: [{ reference: `Observation/o${i + 1}` }] } : {}),
    }));
    pps(() =>
      bundle(
        [match(report(1, { result: [{ reference: 'Observation/o0' }] })), ...observations.map(include)],
        1,
      ),
    );
    renderWithPps(<LabReportView reportId="r1" />, { patient: PATIENT });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Svaret fra Pasientens prøvesvar kunne ikke leses.',
    );
  });
});

describe('a view that fails to render fails alone', () => {
  it('shows its own error with a retry; the host and the other views go on', async () => {
    const reportId = reportIdWithCode('pathology-radiology', 'HIST');
    const Broken = () => {
      throw new Error('boom');
    };
    // React reports the error it caught on the console; this test expects it.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithPps(
      <>
        <p>EPJ</p>
        <ViewBoundary>
          <Broken />
        </ViewBoundary>
        <LabReportView reportId={reportId} />
      </>,
      { patient: personOf('pathology-radiology') },
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Denne visningen kan ikke vises');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
    expect(screen.getByText('EPJ')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /^Svarrapport/ })).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe('a refetch that fails after data was shown', () => {
  it('keeps the data, with a warning that says when it is from, and a retry', async () => {
    let fail = false;
    server.use(
      http.post('*/api/pps/DiagnosticReport/_search', () =>
        fail
          ? new HttpResponse('Service Unavailable', { status: 503 })
          : HttpResponse.json(bundle([match(report(1))], 1) as never),
      ),
    );
    const user = userEvent.setup();
    const view = renderWithPps(<LabResultsOverview />, { patient: PATIENT });
    expect(await screen.findByText('Viser 1 av 1 svarrapport')).toBeInTheDocument();
    fail = true;
    await act(() => view.queryClient.refetchQueries());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Visningen kunne ikke oppdateres');
    expect(alert).toHaveTextContent(
      /Pasientens prøvesvar svarer ikke nå \(HTTP 503\)\. .*Viser det som ble hentet kl\. \d\d:\d\d\./,
    );
    expect(screen.getByText('Viser 1 av 1 svarrapport')).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await screen.findByText('Viser 1 av 1 svarrapport');
    await expect.poll(() => screen.queryByText('Visningen kunne ikke oppdateres')).toBeNull();
  });

  it('in the report view too', async () => {
    let fail = false;
    server.use(
      http.post('*/api/pps/DiagnosticReport/_search', () =>
        fail ? HttpResponse.error() : HttpResponse.json(bundle([match(report(1))], 1) as never),
      ),
    );
    const view = renderWithPps(<LabReportView reportId="r1" />, { patient: PATIENT });
    expect(await screen.findByRole('heading', { level: 2, name: /^Svarrapport/ })).toBeInTheDocument();
    fail = true;
    await act(() => view.queryClient.refetchQueries());
    expect(await screen.findByText('Visningen kunne ikke oppdateres')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^Svarrapport/ })).toBeInTheDocument();
  });
});

describe('a refetch that fails in a PTS or PaRek view', () => {
  it('keeps the restrictions shown, and names PTS in the warning', async () => {
    const reportId = reportIdWithCode('pathology-radiology', 'HIST');
    const view = renderWithPps(
      <PatientSafetyRestrictions object={{ type: 'Svarrapport', value: reportId }} allowCreate={false} />,
      { patient: personOf('pathology-radiology') },
    );
    const heading = await screen.findByRole('heading', { name: /Pasientens innsyn|Skjerming/ });
    // What the view shows once PTS has answered: its table of restrictions, or that there is none.
    await expect.poll(() => view.container.querySelector('table, p.pps-note')).not.toBeNull();
    const shown = view.container.querySelector('table, p.pps-note')?.textContent ?? '';
    expect(shown).not.toBe('');
    server.use(
      http.post('*/api/pts/v0.5/access-restrictions/patient-safety/_search', () =>
        HttpResponse.json({ message: 'down' }, { status: 503 }),
      ),
    );
    await act(() => view.queryClient.refetchQueries());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Visningen kunne ikke oppdateres');
    expect(alert).toHaveTextContent('Tilgangsstyring (PTS) svarer ikke nå (HTTP 503).');
    expect(heading).toBeInTheDocument();
    expect(view.container.querySelector('table, p.pps-note')?.textContent).toBe(shown);
  });
});

describe('PTS: another person’s restriction', () => {
  it('is never shown as this patient’s', async () => {
    const reportId = reportIdWithCode('pathology-radiology', 'HIST');
    server.use(
      http.post('*/api/pts/v0.5/access-restrictions/patient-safety/_search', () =>
        HttpResponse.json([
          {
            patientSafetyObject: {
              person: { offId: '01017012345' },
              confidentialObjectId: { type: 'Svarrapport', value: reportId },
            },
            confidentialityCode: 'NORN_ALL',
          },
        ]),
      ),
    );
    renderWithPps(
      <PatientSafetyRestrictions object={{ type: 'Svarrapport', value: reportId }} allowCreate={false} />,
      {
        patient: personOf('pathology-radiology'),
      },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'gjaldt en annen person enn pasienten du har åpen',
    );
    expect(screen.queryByText(/NORN_ALL|Skjult for pasienten/)).toBeNull();
  });
});

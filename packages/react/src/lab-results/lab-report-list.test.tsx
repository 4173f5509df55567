// @vitest-environment jsdom
import { handlers, mockPatients } from '@pps-kit/mocks';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithPps } from '../testing/render';
import { LabReportList } from './lab-report-list';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const personOf = (scenario: string) => {
  const patient = mockPatients.find((p) => p.scenario === scenario);
  if (!patient) throw new Error(scenario);
  return { personId: patient.personId };
};

describe('LabReportList', () => {
  it('lists the reports newest first with time, discipline, lab, status and number of results', async () => {
    renderWithPps(<LabReportList />, { patient: personOf('results') });
    expect(screen.getByRole('status')).toHaveTextContent('Henter prøvesvar');
    const table = await screen.findByRole('table', { name: 'Prøvesvar' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('20.11.2026 08:15');
    expect(rows[0]).toHaveTextContent('Medisinsk biokjemi');
    expect(rows[0]).toHaveTextContent('Fjordbyen sykehus, Avdeling for medisinsk biokjemi');
    expect(rows[0]).toHaveTextContent('Endelig');
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .at(-1),
    ).toHaveTextContent('5');
    expect(rows[1]).toHaveTextContent('Foreløpig');
    expect(rows.at(-1)).toHaveTextContent('Endret');
  });

  it('opens a report by keyboard', async () => {
    const onReportOpen = vi.fn();
    const user = userEvent.setup();
    renderWithPps(<LabReportList onReportOpen={onReportOpen} />, { patient: personOf('results') });
    await screen.findByRole('table');
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Åpne svarrapport: Medisinsk biokjemi, 20.11.2026 08:15' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReportOpen).toHaveBeenCalledWith('7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a01');
  });

  it.each([
    ['general-block', 'Prøvesvarene er sperret', 'for alt helsepersonell'],
    ['specific-block', 'Prøvesvarene er sperret for deg', 'for deg eller virksomheten din'],
    ['reservation', 'Pasienten har reservert seg', 'reservert seg mot Pasientens prøvesvar'],
  ])('names a %s instead of showing "no results"', async (scenario, title, body) => {
    renderWithPps(<LabReportList />, { patient: personOf(scenario) });
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(body))).toBeInTheDocument();
    expect(screen.queryByText(/ingen prøvesvar/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when PPS holds no data', async () => {
    renderWithPps(<LabReportList />, { patient: personOf('no-data') });
    expect(
      await screen.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeInTheDocument();
  });

  it('shows a localized error with the support reference, and retries', async () => {
    let calls = 0;
    server.use(
      http.post('*/DiagnosticReport/_search', () => {
        calls += 1;
        return calls === 1 ? new HttpResponse('Service Unavailable', { status: 503 }) : undefined;
      }),
    );
    const user = userEvent.setup();
    renderWithPps(<LabReportList />, { patient: personOf('results'), locale: 'nn' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Prøvesvara kan ikkje visast');
    expect(alert).toHaveTextContent('Pasientens prøvesvar svarar ikkje no (HTTP 503)');
    expect(alert).toHaveTextContent(/Referanse til brukarstøtte: [0-9a-f-]{36}/);
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    renderWithPps(<LabReportList />, { patient: personOf('results'), locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Lab results' });
    expect(within(table).getByRole('columnheader', { name: 'Sample time' })).toBeInTheDocument();
    expect(within(table).getAllByText('Clinical biochemistry').length).toBeGreaterThan(0);
  });

  it('drops the previous patient’s data when the patient changes', async () => {
    const first = personOf('results');
    const view = renderWithPps(<LabReportList />, { patient: first });
    await screen.findByRole('table');
    expect(view.queryClient.getQueryCache().findAll({ queryKey: ['pps', first.personId] })).not.toHaveLength(
      0,
    );
    view.rerenderWith({ patient: personOf('no-data') });
    await screen.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.');
    expect(view.queryClient.getQueryCache().findAll({ queryKey: ['pps', first.personId] })).toHaveLength(0);
  });

  it('asks for a patient when none is open', () => {
    renderWithPps(<LabReportList />, { patient: null });
    expect(screen.getByText('Ingen pasient er valgt.')).toBeInTheDocument();
  });

  it('fails with a message naming the fix outside PpsProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<LabReportList />)).toThrow(/inside <PpsProvider/);
  });
});

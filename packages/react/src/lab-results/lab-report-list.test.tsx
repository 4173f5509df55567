// @vitest-environment jsdom
import { getDefaultDataset, patientWithScenario, type ScenarioName } from '@pps-kit/mocks';
import { createMockServer } from '@pps-kit/mocks/node';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithPps } from '../testing/render';
import { LabReportList } from './lab-report-list';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const personOf = (scenario: ScenarioName) => ({ personId: patientWithScenario(scenario).personId });
const reportId = (servProvId: string) =>
  Object.values(getDefaultDataset())
    .flat()
    .find((r) => r.resourceType === 'DiagnosticReport' && JSON.stringify(r).includes(servProvId))?.id;

describe('LabReportList', () => {
  it('lists the reports newest first with time, discipline, lab, status and number of results', async () => {
    renderWithPps(<LabReportList />, { patient: personOf('report-versions') });
    expect(screen.getByRole('status')).toHaveTextContent('Henter prøvesvar');
    const table = await screen.findByRole('table', { name: 'Prøvesvar' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('15.11.2026 12:00');
    expect(rows[0]).toHaveTextContent('Medisinsk biokjemi');
    expect(rows[0]).toHaveTextContent('Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi');
    expect(rows[0]).toHaveTextContent('Endret');
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .at(-1),
    ).toHaveTextContent('4');
    expect(rows[1]).toHaveTextContent('Kansellert');
    expect(rows[2]).toHaveTextContent('Tillegg');
    expect(rows[3]).toHaveTextContent('05.10.2026 08:10');
    expect(rows[3]).toHaveTextContent('Kansellert');
  });

  it('opens a report by keyboard', async () => {
    const onReportOpen = vi.fn();
    const user = userEvent.setup();
    renderWithPps(<LabReportList onReportOpen={onReportOpen} />, { patient: personOf('report-versions') });
    await screen.findByRole('table');
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Åpne svarrapport: Medisinsk biokjemi, 15.11.2026 12:00' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReportOpen).toHaveBeenCalledWith(reportId('KK26-560013'));
  });

  it.each([
    ['general-block', 'Prøvesvarene er sperret', 'for alt helsepersonell'],
    ['specific-block', 'Prøvesvarene er sperret for deg', 'for deg eller virksomheten din'],
    ['reservation', 'Pasienten har reservert seg', 'reservert seg mot Pasientens prøvesvar'],
  ] as const)('names a %s instead of showing "no results"', async (scenario, title, body) => {
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
        return calls === 1 ? new HttpResponse('Internal Server Error', { status: 500 }) : undefined;
      }),
    );
    const user = userEvent.setup();
    renderWithPps(<LabReportList />, { patient: personOf('report-versions'), locale: 'nn' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Prøvesvara kan ikkje visast');
    expect(alert).toHaveTextContent('Pasientens prøvesvar svarar ikkje no (HTTP 500)');
    expect(alert).toHaveTextContent(/Referanse til brukarstøtte: [0-9a-f-]{36}/);
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    renderWithPps(<LabReportList />, { patient: personOf('report-versions'), locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Lab results' });
    expect(within(table).getByRole('columnheader', { name: 'Sample time' })).toBeInTheDocument();
    expect(within(table).getAllByText('Clinical biochemistry').length).toBeGreaterThan(0);
    expect(within(table).getByText('Amended')).toBeInTheDocument();
  });

  it('drops the previous patient’s data when the patient changes', async () => {
    const first = personOf('report-versions');
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

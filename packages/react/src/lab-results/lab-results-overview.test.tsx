// @vitest-environment jsdom
import { createMockServer } from '@pps-kit/mocks/node';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { personOf, reportIdOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { LabResultsOverview } from './lab-results-overview';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

/** The overview, once its data has arrived. */
async function overview() {
  await screen.findByText(/^Viser \d+ av/);
  return screen.getByRole('region', { name: 'Prøvesvar' });
}
const rowsOf = (container: HTMLElement) =>
  within(container)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('columnheader').length === 0);

describe('LabResultsOverview', () => {
  it('groups the reports by sample month, newest first, with status, lab, requester and counts', async () => {
    renderWithPps(<LabResultsOverview />, { patient: personOf('report-versions') });
    expect(screen.getByRole('status')).toHaveTextContent('Henter prøvesvar');
    const region = await overview();
    const groups = within(region).getAllByRole('table');
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['november 2026', 'oktober 2026']);
    const [november] = groups;
    const [amended, cancelled] = rowsOf(november as HTMLElement);
    expect(amended).toHaveTextContent('15.11.2026 12:00');
    expect(amended).toHaveTextContent('Medisinsk biokjemi');
    expect(amended).toHaveTextContent('Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi');
    expect(amended).toHaveTextContent('Kari Klinikersen');
    expect(amended).toHaveTextContent('Endret');
    expect(amended).toHaveTextContent('1 avvik'); // P-Ferritin 9, flagged by the lab
    expect(cancelled).toHaveTextContent('Kansellert');
    expect(within(region).getByText('Viser 7 av 7 svarrapporter')).toBeInTheDocument();
  });

  it('says the patient’s fødselsnummer is not valid, and asks PPS nothing, for an id PPS would refuse', async () => {
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => sent.push(request.url));
    try {
      renderWithPps(<LabResultsOverview />, { patient: { personId: '04886897868' } });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'Pasientens fødselsnummer er ikke gyldig, så Pasientens prøvesvar ble ikke spurt.',
      );
      expect(within(alert).queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
      expect(sent.filter((url) => url.includes('/api/pps'))).toEqual([]);
    } finally {
      server.events.removeAllListeners();
    }
  });

  it('groups by fagområde when asked', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: personOf('pathology-radiology') });
    const region = await overview();
    await user.click(within(region).getByRole('radio', { name: 'Fagområde' }));
    expect(
      within(region)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Patologi', 'Radiologi', 'Nukleærmedisin']);
    expect(within(region).getAllByRole('row', { name: /Histologi/ })).toHaveLength(3);
  });

  it('filters by fagområde, date window and abnormal results, and clears the filters', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: personOf('gp-chemistry') });
    const region = await overview();
    const total = Number(/av (\d+)/.exec(within(region).getByText(/^Viser/).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(40);

    await user.selectOptions(within(region).getByRole('combobox', { name: 'Fagområde' }), 'IMTR');
    expect(within(region).getByText(`Viser 1 av ${total} svarrapporter`)).toBeInTheDocument();
    expect(rowsOf(region)[0]).toHaveTextContent('Immunologi og transfusjonsmedisin');

    await user.selectOptions(within(region).getByRole('combobox', { name: 'Fagområde' }), '');
    await user.type(within(region).getByLabelText(/^Prøvetatt fra/), '01.01.2026');
    await user.type(within(region).getByLabelText(/^Prøvetatt til/), '30.06.2026');
    expect(rowsOf(region).length).toBeGreaterThan(0);
    for (const row of rowsOf(region)) expect(row.textContent).toMatch(/\.0[1-6]\.2026/);

    await user.click(within(region).getByRole('checkbox', { name: 'Bare svar med avvik eller funn' }));
    expect(rowsOf(region).length).toBeGreaterThan(0);
    for (const row of rowsOf(region))
      expect(row).toHaveTextContent(/\d+ avvik|Funn|\d+ beregnet\*|resistent/);

    await user.click(within(region).getByRole('button', { name: 'Nullstill filter' }));
    expect(within(region).getByText(`Viser ${total} av ${total} svarrapporter`)).toBeInTheDocument();
  });

  it('says so when no report matches, without calling it "no results"', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: personOf('report-versions') });
    const region = await overview();
    await user.selectOptions(within(region).getByRole('combobox', { name: 'Fagområde' }), 'NUK');
    expect(within(region).getByText('Ingen svarrapporter passer filteret.')).toBeInTheDocument();
  });

  it('marks reports issued after newSince', async () => {
    renderWithPps(<LabResultsOverview newSince="2026-11-10T00:00:00Z" />, {
      patient: personOf('report-versions'),
    });
    const region = await overview();
    const [amended, cancelled] = rowsOf(region);
    expect(amended).toHaveTextContent(/Ny \(Ny siden 10\.11\.2026 01:00\)/);
    expect(cancelled).not.toHaveTextContent('Ny');
    // A new report names its analyses (three, then +N); an older one does not.
    expect(amended?.querySelector('[data-kind="new"]')).toHaveTextContent(
      /^B-Hemoglobin, P-Kreatinin, P-Kalium \+1 og 1 til$/,
    );
    expect(cancelled?.querySelector('[data-kind="new"]')).toBeNull();
  });

  it('works by keyboard: filters, then opening a report with Enter', async () => {
    const onReportOpen = vi.fn();
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview onReportOpen={onReportOpen} />, {
      patient: personOf('report-versions'),
    });
    await overview();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Hopp over filtrene' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Dato' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Fagområde' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Fagområde' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText(/^Prøvetatt fra/)).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText(/^Prøvetatt til/)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Bare svar med avvik eller funn' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Nullstill filter' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    const open = screen.getAllByRole('button', { name: /^Åpne svarrapport/ })[0];
    expect(open).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReportOpen).toHaveBeenCalledWith(reportIdOf('KK26-560013'));
  });

  it('shows a long history page by page, and keeps the loaded pages when one fails', async () => {
    let failedOnce = false;
    server.use(
      http.post('*/DiagnosticReport/_search', async ({ request }) => {
        const skip = new URLSearchParams(await request.clone().text()).get('_skip');
        if (skip === '10') await delay(150);
        if (skip === '20' && !failedOnce) {
          failedOnce = true;
          return new HttpResponse('Service Unavailable', { status: 503 });
        }
        return undefined;
      }),
    );
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview pageSize={10} />, { patient: personOf('gp-chemistry') });
    expect(await screen.findByText(/^Henter svarrapporter: 10 av \d+/)).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ikke alle svarrapportene kunne hentes');
    expect(screen.getByText('Viser de 20 som kom før feilen.')).toBeInTheDocument();
    expect(screen.getByText(/^Viser 20 av 20 svarrapporter/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(screen.queryByText(/^Henter svarrapporter/)).toBeNull());
    const total = Number(/av (\d+)/.exec(screen.getByText(/^Viser \d+ av/).textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(40);
  });

  it.each([
    ['general-block', 'Prøvesvarene er sperret'],
    ['specific-block', 'Prøvesvarene er sperret for deg'],
    ['reservation', 'Pasienten har reservert seg'],
  ] as const)('names a %s instead of showing "no results"', async (scenario, title) => {
    renderWithPps(<LabResultsOverview />, { patient: personOf(scenario) });
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.queryByText(/ingen prøvesvar/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when PPS holds no data', async () => {
    renderWithPps(<LabResultsOverview />, { patient: personOf('no-data') });
    expect(
      await screen.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeInTheDocument();
  });

  it.each([
    [401, 'Du har ikke tilgang til Pasientens prøvesvar (HTTP 401)', false],
    [503, 'Pasientens prøvesvar svarer ikke nå (HTTP 503)', true],
    [400, 'Pasientens prøvesvar avviste forespørselen (HTTP 400)', false],
  ])('shows HTTP %i as a localized error, with retry only where it can help', async (status, text, retry) => {
    server.use(http.post('*/DiagnosticReport/_search', () => new HttpResponse('x', { status })));
    renderWithPps(<LabResultsOverview />, { patient: personOf('report-versions') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(within(alert).queryAllByRole('button', { name: 'Prøv igjen' })).toHaveLength(retry ? 1 : 0);
  });

  it('shows a broken answer as a localized error', async () => {
    server.use(http.post('*/DiagnosticReport/_search', () => HttpResponse.json({ resourceType: 'Bundle' })));
    renderWithPps(<LabResultsOverview />, { patient: personOf('report-versions'), locale: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The answer from Pasientens prøvesvar could not be read. Try again.',
    );
  });

  it('drops the previous patient’s data when the patient changes', async () => {
    const first = personOf('report-versions');
    const view = renderWithPps(<LabResultsOverview />, { patient: first });
    await overview();
    expect(view.queryClient.getQueryCache().findAll({ queryKey: ['pps', first.personId] })).not.toHaveLength(
      0,
    );
    view.rerenderWith({ patient: personOf('no-data') });
    await screen.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.');
    expect(view.queryClient.getQueryCache().findAll({ queryKey: ['pps', first.personId] })).toHaveLength(0);
  });

  it('fails with a message naming the fix outside PpsProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<LabResultsOverview />)).toThrow(/inside <PpsProvider/);
  });
});

describe('LabResultsOverview tells what the lab said', () => {
  const rowWith = (region: HTMLElement, text: RegExp) => {
    const row = rowsOf(region).find((r) => text.test(r.textContent ?? ''));
    if (!row) throw new Error(`no row with ${text}`);
    return row;
  };

  it('never counts a cancelled or entered-in-error value, and says it must not be used', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: personOf('report-versions') });
    const region = await overview();
    for (const status of [/Kansellert/, /Feilregistrert/]) {
      const row = rowWith(region, status);
      expect(row).toHaveTextContent('Må ikke brukes');
      expect(row).not.toHaveTextContent(/avvik/);
    }
    await user.click(within(region).getByRole('checkbox', { name: 'Bare svar med avvik eller funn' }));
    expect(rowsOf(region).some((row) => /Kansellert|Feilregistrert/.test(row.textContent ?? ''))).toBe(false);
  });

  it('shows a positive culture with resistance as a finding, and the filter keeps it', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: personOf('microbiology') });
    const region = await overview();
    // Growth without resistance yet (preliminary), and growth with resistance: both are findings.
    // Each row names what was found: the positive culture, the organism, the antibiotic it resists.
    const findingsOf = (row: HTMLElement) => row.querySelector('[data-findings]');
    expect(findingsOf(rowWith(region, /Foreløpig/))).toHaveTextContent(
      /^! FunnB-Aerob blodkultur, bakterier$/,
    );
    const resistant = rowWith(region, /Funn, \d+ resistent/);
    expect(resistant).toHaveTextContent('Medisinsk mikrobiologi');
    expect(findingsOf(resistant)).toHaveTextContent(/^! Funn, \d+ resistent\S.*: resistent/);
    const before = rowsOf(region).filter((row) => /Funn/.test(row.textContent ?? '')).length;
    await user.click(within(region).getByRole('checkbox', { name: 'Bare svar med avvik eller funn' }));
    expect(rowsOf(region).filter((row) => /Funn/.test(row.textContent ?? '')).length).toBe(before);
  });

  it('marks classes it computed, with the legend, apart from the lab’s flags', async () => {
    renderWithPps(<LabResultsOverview />, { patient: personOf('gp-chemistry') });
    const region = await overview();
    expect(rowsOf(region).some((row) => /\d+ beregnet\*/.test(row.textContent ?? ''))).toBe(true);
    expect(
      within(region).getByText(/^\* Beregnet: laboratoriet har ikke merket verdien/),
    ).toBeInTheDocument();
  });
  it('skips the filters in one Tab stop: the skip button takes focus to the first report', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview onReportOpen={() => {}} />, { patient: personOf('report-versions') });
    await overview();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Hopp over filtrene' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('button', { name: /^Åpne svarrapport/ })[0]).toHaveFocus();
  });

  it('reads dates as dd.mm.åååå and says so when a typed date is not one, keeping the last valid date', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: personOf('gp-chemistry') });
    const region = await overview();
    const from = within(region).getByLabelText(/^Prøvetatt fra \(dd\.mm\.åååå\)/);
    expect(from).toHaveAttribute('type', 'text');
    await user.type(from, '01.01.2026');
    const filtered = rowsOf(region).length;
    for (const row of rowsOf(region)) expect(row.textContent).toMatch(/\.2026/);
    await user.clear(from);
    await user.type(from, '31.02.2026');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(within(region).getByText(/^Skriv datoen som dd\.mm\.åååå/)).toBeInTheDocument();
    // Emptying the field on the way removed the filter: the last valid value is "none".
    expect(rowsOf(region).length).toBeGreaterThan(filtered);
    await user.click(within(region).getByRole('button', { name: 'Nullstill filter' }));
    const emptied = within(region).getByLabelText(/^Prøvetatt fra/);
    expect(emptied).toHaveValue('');
    expect(emptied).not.toHaveAttribute('aria-invalid');
    expect(within(region).queryByText(/^Skriv datoen som/)).toBeNull();
  });

  it('returns focus to the row of focusReportId once it is shown', async () => {
    const onReportOpen = vi.fn();
    const { unmount } = renderWithPps(<LabResultsOverview onReportOpen={onReportOpen} />, {
      patient: personOf('report-versions'),
    });
    await overview();
    const second = screen.getAllByRole('button', { name: /^Åpne svarrapport/ })[1];
    second?.click();
    const id = onReportOpen.mock.calls[0]?.[0] as string;
    const name = second?.getAttribute('aria-label') ?? '';
    unmount();
    renderWithPps(<LabResultsOverview onReportOpen={onReportOpen} focusReportId={id} />, {
      patient: personOf('report-versions'),
    });
    await overview();
    await waitFor(() => expect(screen.getByRole('button', { name })).toHaveFocus());
  });
});

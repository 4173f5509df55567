// @vitest-environment jsdom
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CumulativeTable } from '../lab-results/cumulative-table';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { TrendChart } from '../lab-results/trend-chart';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';

const server = createMockServer();
/** The access-basis header of every PPS search, in order. */
const bases: (string | null)[] = [];
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    if (request.url.includes('/api/pps/')) bases.push(request.headers.get('access-basis'));
  });
});
afterEach(() => {
  server.resetHandlers();
  bases.length = 0;
});
afterAll(() => server.close());

const blocked = personOf('general-block');

async function openWithConsent(
  user: ReturnType<typeof userEvent.setup>,
  reason = 'Innlagt med brystsmerter',
) {
  await user.click(await screen.findByRole('button', { name: 'Gi forhøyet tilgang …' }));
  const dialog = await screen.findByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
  await user.click(within(dialog).getByRole('radio', { name: /Pasienten samtykker/ }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Begrunnelse' }), reason);
  await user.click(within(dialog).getByRole('checkbox', { name: /tilgangen logges/ }));
  await user.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
}

describe('elevated access to a General block', () => {
  it('explains the block, opens it with the patient’s consent and a reason, and fetches again with the elevated basis', async () => {
    const user = userEvent.setup();
    const onAuditEvent = vi.fn();
    renderWithPps(<LabResultsOverview />, { patient: blocked, onAuditEvent });
    const notice = await screen.findByText('Prøvesvarene er sperret');
    expect(notice.closest('[data-state="restricted"]')).toHaveTextContent(
      /sperret prøvesvarene sine for alt helsepersonell/,
    );
    expect(bases).toEqual([null]);

    await openWithConsent(user);
    await screen.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/);
    expect(bases.at(-1)).toBe('FORHOYET_SAMTYKKE');
    const banner = screen.getByRole('region', { name: 'Forhøyet tilgang' });
    expect(banner).toHaveTextContent(
      /Forhøyet tilgang \(pasientens samtykke\) er aktiv for denne pasienten fra kl\. \d\d:\d\d\./,
    );
    expect(banner).toHaveTextContent('Begrunnelse: Innlagt med brystsmerter');
    expect(banner).toHaveTextContent('Tilgangen logges og vises for pasienten på Helsenorge.');
    expect(onAuditEvent).toHaveBeenCalledWith({
      type: 'elevated-access-started',
      basis: 'FORHOYET_SAMTYKKE',
      reason: 'Innlagt med brystsmerter',
      personId: blocked.personId,
      time: expect.any(String),
    });
  });

  it('ends on patient switch: the next patient is fetched without it, and the blocked patient is blocked again', async () => {
    const user = userEvent.setup();
    const onAuditEvent = vi.fn();
    const view = renderWithPps(<LabResultsOverview />, { patient: blocked, onAuditEvent });
    await openWithConsent(user);
    await screen.findByRole('region', { name: 'Forhøyet tilgang' });

    const other = personOf('report-versions');
    view.rerenderWith({ patient: other });
    await screen.findByText('Viser 7 av 7 svarrapporter');
    expect(screen.queryByRole('region', { name: 'Forhøyet tilgang' })).not.toBeInTheDocument();
    expect(bases.at(-1)).toBeNull();
    expect(onAuditEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'elevated-access-ended',
        personId: blocked.personId,
        endedBy: 'patient-switch',
      }),
    );

    view.rerenderWith({ patient: blocked });
    await screen.findByText('Prøvesvarene er sperret');
    expect(bases.at(-1)).toBeNull();
    expect(screen.getByRole('button', { name: 'Gi forhøyet tilgang …' })).toBeInTheDocument();
  });

  it('ends when the clinician ends it, and the block shows again', async () => {
    const user = userEvent.setup();
    const onAuditEvent = vi.fn();
    const view = renderWithPps(<LabResultsOverview />, { patient: blocked, onAuditEvent });
    await openWithConsent(user);
    await user.click(await screen.findByRole('button', { name: 'Avslutt forhøyet tilgang' }));
    await screen.findByText('Prøvesvarene er sperret');
    expect(onAuditEvent).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'elevated-access-ended', endedBy: 'user', basis: 'FORHOYET_SAMTYKKE' }),
    );
    // What elevated access fetched is gone from the cache.
    const cached = view.queryClient
      .getQueryCache()
      .findAll({ predicate: (q) => q.queryKey.includes('FORHOYET_SAMTYKKE') });
    expect(cached).toEqual([]);
  });

  it('asks for a basis, a reason and the confirmation, at each field, before anything is fetched', async () => {
    const user = userEvent.setup();
    renderWithPps(<LabResultsOverview />, { patient: blocked });
    await user.click(await screen.findByRole('button', { name: 'Gi forhøyet tilgang …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Begrunnelse' }), 'kort');
    await user.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Rett opp dette før du går videre:');
    expect(within(dialog).getByRole('group', { name: 'Grunnlag' })).toHaveAccessibleDescription(
      'Velg grunnlaget for tilgangen.',
    );
    const reason = within(dialog).getByRole('textbox', { name: 'Begrunnelse' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Skriv en begrunnelse på minst 10 tegn\./);
    expect(within(dialog).getByRole('checkbox')).toHaveAccessibleDescription(
      'Bekreft at du vet at tilgangen logges og vises for pasienten.',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: /Pasienten samtykker/ }));
    expect(bases).toEqual([null]);

    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bases).toEqual([null]);
  });

  it('explains the block without a way to open it when the host does not allow elevated access', async () => {
    renderWithPps(<LabResultsOverview />, { patient: blocked, canElevateAccess: false });
    await screen.findByText('Prøvesvarene er sperret');
    expect(screen.queryByRole('button', { name: 'Gi forhøyet tilgang …' })).not.toBeInTheDocument();
    expect(
      screen.getByText('Du har ikke rettighet til å gi forhøyet tilgang i denne journalen.'),
    ).toBeInTheDocument();
  });
});

describe('restricted and reserved patients', () => {
  const views = [
    ['LabResultsOverview', () => <LabResultsOverview />],
    ['LabReportView', () => <LabReportView reportId="any-report" />],
    ['CumulativeTable', () => <CumulativeTable />],
    ['TrendChart', () => <TrendChart code="NPU27300" />],
  ] as const;
  const cases = [
    ['general-block', 'Prøvesvarene er sperret'],
    ['specific-block', 'Prøvesvarene er sperret for deg'],
    ['reservation', 'Pasienten har reservert seg'],
  ] as const;

  for (const [name, view] of views) {
    for (const [scenario, title] of cases) {
      it(`${name} names the restriction for ${scenario}, never “no results”`, async () => {
        const { container } = renderWithPps(view(), { patient: personOf(scenario) });
        await screen.findByText(title);
        expect(container.querySelector('[data-state="restricted"]')).not.toBeNull();
        expect(container).not.toHaveTextContent(/ingen prøvesvar|ingen svarrapporter|ingen resultater/i);
        expect(container.querySelector('[data-state="no-data"]')).toBeNull();
      });
    }
  }

  it('only the General block can be opened', async () => {
    for (const scenario of ['specific-block', 'reservation'] as const) {
      const view = renderWithPps(<LabResultsOverview />, { patient: personOf(scenario) });
      await screen.findByText(
        scenario === 'reservation' ? 'Pasienten har reservert seg' : 'Prøvesvarene er sperret for deg',
      );
      expect(screen.queryByRole('button', { name: 'Gi forhøyet tilgang …' })).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('says plainly when PPS has nothing for the patient', async () => {
    renderWithPps(<LabResultsOverview />, { patient: personOf('no-data') });
    await waitFor(() =>
      expect(
        screen.getByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
      ).toBeInTheDocument(),
    );
  });
});

// @vitest-environment jsdom
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { personOf, reportIdOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { RequisitionList } from './requisition-list';
import { RequisitionPanel } from './requisition-panel';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('RequisitionList', () => {
  it('shows active requisitions with analyses, period, requester and the specimens taken so far', async () => {
    const user = userEvent.setup();
    renderWithPps(<RequisitionList />, { patient: personOf('gp-chemistry') });
    expect(screen.getByRole('status')).toHaveTextContent('Henter rekvisisjoner …');
    const active = await screen.findByRole('list', { name: 'Aktive' });
    const card = within(active).getByRole('listitem', { name: 'Årskontroll diabetes' });
    expect(card).toHaveTextContent('◐ Prøvetaking pågår · Prøvetaking nå');
    expect(card).toHaveTextContent('AnalyserB-HbA1c, P-Kreatinin, P-Kalium');
    expect(card).toHaveTextContent(/Prøvetaking\d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}/);
    expect(card).toHaveTextContent('Ikke faste nødvendig.');
    const progress = within(card).getByRole('list', { name: 'Fremdrift' });
    const steps = within(progress)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === progress);
    expect(steps.map((step) => step.getAttribute('data-step-state'))).toEqual(['done', 'current', 'todo']);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent(/1 prøve tatt/);
    expect(steps[1]).toHaveTextContent(/Blod, tatt \d\d\.\d\d\.2026 \d\d:\d\d \(prøvenr\. 7E8F9A0B\)/);

    // Completed and revoked ones on request.
    expect(screen.queryByRole('list', { name: 'Avsluttet' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Vis også fullførte og tilbakekalte (2)' }));
    const closed = screen.getByRole('list', { name: 'Avsluttet' });
    expect(within(closed).getByRole('listitem', { name: 'Jernstatus' })).toHaveTextContent('✓ Fullført');
    expect(within(closed).getByRole('listitem', { name: 'Stoffskifte' })).toHaveTextContent('✕ Tilbakekalt');
  });

  it('says PaRek holds nothing, fails visibly, and says when PaRek is not connected', async () => {
    const view = renderWithPps(<RequisitionList />, { patient: personOf('no-data') });
    expect(
      await screen.findByText('PaRek har ingen planlagte eller frikoblede rekvisisjoner for pasienten.'),
    ).toBeInTheDocument();
    view.unmount();

    server.use(http.post('*/ServiceRequest/_search', () => HttpResponse.json({}, { status: 503 })));
    const failed = renderWithPps(<RequisitionList />, { patient: personOf('gp-chemistry') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Rekvisisjonene kan ikke vises');
    expect(alert).toHaveTextContent('HTTP 503');
    failed.unmount();

    renderWithPps(<RequisitionList />, { patient: personOf('gp-chemistry'), withoutPtsAndParek: true });
    expect(
      screen.getByText('Pasientens rekvisisjoner (PaRek) er ikke koblet til i denne journalen.'),
    ).toBeInTheDocument();
  });
});

describe('RequisitionPanel', () => {
  it('shows the requisition behind a report, with requester, dates, reasons and specimens', async () => {
    renderWithPps(<RequisitionPanel reportId={reportIdOf('PK-2026-77120')} />, {
      patient: personOf('repeat-copies'),
    });
    await screen.findByText('Rekvirent');
    const panel = screen.getByRole('region', { name: 'Rekvisisjon' });
    expect(panel).toHaveTextContent(/RekvirentKari Klinikersen/);
    expect(panel).toHaveTextContent(/Rekvisisjonsdato\d\d\.\d\d\.2026/);
    expect(within(panel).getByRole('heading', { name: 'Prøver', level: 4 })).toBeInTheDocument();
  });

  it('names the restriction for a blocked patient instead of showing nothing', async () => {
    renderWithPps(<RequisitionPanel reportId="any-report" />, { patient: personOf('specific-block') });
    expect(await screen.findByText('Prøvesvarene er sperret for deg')).toBeInTheDocument();
  });
});

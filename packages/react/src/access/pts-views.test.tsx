// @vitest-environment jsdom
import { defaultPatientSafetyRestrictions } from '@pps-kit/mocks';
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LabReportView } from '../lab-results/lab-report-view';
import { formatDate } from '../shared/format';
import { personOf, reportIdOf, reportIdWithCode } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { PatientSafetyRestrictions } from './patient-safety-restrictions';
import { PrivacyRestrictions } from './privacy-restrictions';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const pathology = personOf('pathology-radiology');
const histology = () => reportIdWithCode('pathology-radiology', 'HIST');
const delayedUntil = () => {
  const until = defaultPatientSafetyRestrictions()[0]?.delayDeliveryUntil;
  if (!until) throw new Error('the mock has no delayed report');
  return formatDate(until, 'nb');
};

describe('when the patient sees a report on Helsenorge', () => {
  it('shows the date a delayed report becomes visible', async () => {
    renderWithPps(<LabReportView reportId={histology()} />, { patient: pathology });
    const line = await screen.findByText(`Fra ${delayedUntil()}`);
    expect(line.closest('p')).toHaveTextContent(`Pasienten ser svaret på Helsenorge: Fra ${delayedUntil()}`);
    // One answer for the report and its requisition, stated once.
    expect(screen.getAllByText(/^Pasienten ser svaret på Helsenorge:?$/)).toHaveLength(1);
  });

  it('says "now" for a report without restrictions, and says nothing without a PTS client', async () => {
    const id = reportIdOf('PK-2026-77120');
    const view = renderWithPps(<LabReportView reportId={id} />, { patient: personOf('repeat-copies') });
    expect(await screen.findByText('Nå')).toBeInTheDocument();
    view.unmount();
    renderWithPps(<LabReportView reportId={id} />, {
      patient: personOf('repeat-copies'),
      withoutPtsAndParek: true,
    });
    await screen.findByRole('article', { name: 'Svarrapport: Medisinsk biokjemi' });
    expect(screen.queryByText(/Pasienten ser svaret på Helsenorge/)).not.toBeInTheDocument();
  });
});

describe('PatientSafetyRestrictions', () => {
  it('lists a report’s restrictions with effect, code, cause and time', async () => {
    renderWithPps(<PatientSafetyRestrictions object={{ type: 'Svarrapport', value: histology() }} />, {
      patient: pathology,
    });
    const table = await screen.findByRole('table');
    const [, row] = within(table).getAllByRole('row');
    expect(row).toHaveTextContent(`Utsatt til ${delayedUntil()}`);
    expect(row).toHaveTextContent('Utsatt innsyn for innbygger (NORU)');
    expect(row).toHaveTextContent('Helsepersonell');
  });

  it('withholds a report: the list and the visibility update, and the host is told', async () => {
    const user = userEvent.setup();
    const onAuditEvent = vi.fn();
    const id = reportIdOf('PK-2026-77120');
    const patient = personOf('repeat-copies');
    renderWithPps(<PatientSafetyRestrictions object={{ type: 'Svarrapport', value: id }} />, {
      patient,
      onAuditEvent,
    });
    expect(
      await screen.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.'),
    ).toBeInTheDocument();
    // Days of delay apply to requisitions only.
    expect(screen.queryByRole('radio', { name: 'Utsett innsyn et antall dager' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Nekt innsyn' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    const reason = screen.getByRole('combobox', { name: 'Grunn til å nekte innsyn' });
    expect(reason).toHaveAccessibleDescription('Velg en grunn.');
    expect(document.activeElement).toBe(reason);

    await user.selectOptions(reason, 'Nektet, fare for liv');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Lagret. Pasientens innsyn er oppdatert.')).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Holdes tilbakeNektet, fare for liv (NORN_FFL)',
    );
    expect(await screen.findByText('Aldri: holdes tilbake')).toBeInTheDocument();
    expect(onAuditEvent).toHaveBeenCalledWith({
      type: 'patient-safety-restriction-created',
      personId: patient.personId,
      objectType: 'Svarrapport',
      objectId: id,
      confidentialityCode: 'NORN_FFL',
      time: expect.any(String),
    });
  });

  it('delays a requisition by days, and refuses a date that is not after today', async () => {
    const user = userEvent.setup();
    const object = { type: 'Rekvisisjon', value: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' } as const;
    renderWithPps(<PatientSafetyRestrictions object={object} />, { patient: personOf('gp-chemistry') });
    await screen.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.');

    await user.click(screen.getByRole('radio', { name: 'Utsett innsyn til en dato' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(screen.getByLabelText('Synlig for pasienten fra')).toHaveAccessibleDescription(
      'Velg en dato etter i dag.',
    );

    await user.click(screen.getByRole('radio', { name: 'Utsett innsyn et antall dager' }));
    const days = screen.getByRole('spinbutton', { name: 'Antall dager' });
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(days).toHaveAccessibleDescription('Skriv et helt antall dager, minst 1.');
    await user.clear(days);
    await user.type(days, '14');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /^Utsatt til \d\d\.\d\d\.\d{4} \(14 dager\)Utsatt innsyn for innbygger/,
    );
  });

  it('says when PTS is not connected, instead of an empty list', async () => {
    renderWithPps(<PatientSafetyRestrictions object={{ type: 'Svarrapport', value: histology() }} />, {
      patient: pathology,
      withoutPtsAndParek: true,
    });
    expect(
      screen.getByText('Tilgangsstyring (PTS) er ikke koblet til i denne journalen.'),
    ).toBeInTheDocument();
  });
});

describe('PrivacyRestrictions', () => {
  it('shows a block that can be lifted in an emergency, for all personnel', async () => {
    renderWithPps(<PrivacyRestrictions />, { patient: personOf('general-block') });
    const item = (await screen.findByRole('heading', { name: 'Sperring (satt av pasienten)' })).closest('li');
    expect(item).toHaveTextContent('Kan oppheves i en akuttsituasjon');
    expect(item).toHaveTextContent('GjelderAlt helsepersonell');
    expect(item).toHaveTextContent('OmfatterAlle prøvesvar');
    expect(item).toHaveTextContent('PeriodeUten tidsbegrensning');
  });

  it('shows a hard block on named organisations from a date', async () => {
    renderWithPps(<PrivacyRestrictions />, { patient: personOf('specific-block') });
    const item = (await screen.findByRole('heading', { name: 'Sperring (satt av pasienten)' })).closest('li');
    expect(item).toHaveTextContent('Kan ikke oppheves, heller ikke i en akuttsituasjon');
    expect(item).toHaveTextContent('Bestemt helsepersonell eller virksomheter: Fjordbyen legekontor');
    expect(item).toHaveTextContent('Fra 01.01.2025');
  });

  it('says so when the patient has none', async () => {
    renderWithPps(<PrivacyRestrictions />, { patient: personOf('gp-chemistry') });
    expect(
      await screen.findByText('Pasienten har ingen personvernsperringer i PTS som gjelder prøvesvar.'),
    ).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { buildReport, createPpsHandlers } from '@pps-kit/mocks';
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { personOf, reportIdOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { LabReportView } from './lab-report-view';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The report, once its data has arrived. */
const report = (name: RegExp | string) => screen.findByRole('article', { name });
const row = (container: HTMLElement, analysis: RegExp) =>
  within(container).getByRole('row', { name: analysis });

describe('LabReportView', () => {
  it('shows an amended chemistry report: header, banner, values with units, flags and verbatim ranges', async () => {
    const onAuditEvent = vi.fn();
    const patient = personOf('repeat-copies');
    const id = reportIdOf('PK-2026-77120');
    renderWithPps(<LabReportView reportId={id} />, { patient, onAuditEvent });
    const article = await report('Svarrapport: Medisinsk biokjemi');
    expect(within(article).getByRole('note')).toHaveTextContent(
      'Endret svar: denne versjonen erstatter et tidligere svar. Første versjon kom 20.10.2026 13:09.',
    );
    const header = within(article).getByRole('banner');
    expect(header).toHaveTextContent('Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi');
    expect(header).toHaveTextContent('Kari Klinikersen');
    expect(header).toHaveTextContent('Prøvetatt20.10.2026 08:05');
    expect(header).toHaveTextContent('Denne versjonen21.10.2026 09:02');
    expect(header).toHaveTextContent('Første versjon20.10.2026 13:09');

    const results = within(article).getByRole('table', { name: 'Resultater' });
    const leukocytes = row(results, /B-Leukocytter/);
    expect(leukocytes).toHaveTextContent('11,2');
    expect(leukocytes).toHaveTextContent('x10E9/L');
    expect(leukocytes).toHaveTextContent('↑ Høy');
    expect(leukocytes).toHaveTextContent('3.5 - 10.0');
    expect(row(results, /P-CRP/)).toHaveTextContent('<1mg/L');
    expect(row(results, /P-CRP/)).toHaveTextContent('< 5');
    expect(row(results, /eGFR/)).toHaveTextContent('>90mL/min/1.73m2');
    expect(row(results, /P-Kalium/)).toHaveTextContent('4,1mmol/l3,5 - 4,4');
    expect(within(article).getByText(/Vesentlig avvik fra tidligere svar/)).toBeInTheDocument();
    expect(onAuditEvent).toHaveBeenCalledWith({
      type: 'report-viewed',
      reportId: id,
      personId: patient.personId,
      time: expect.any(String),
    });
  });

  it('shows microbiology isolates with one S/I/R table, MIC and comments', async () => {
    renderWithPps(<LabReportView reportId={reportIdOf('MB26-104412')} />, {
      patient: personOf('microbiology'),
    });
    const article = await report('Svarrapport: Medisinsk mikrobiologi');
    const isolates = within(article).getAllByRole('listitem');
    expect(isolates[0]).toHaveTextContent('Isolat 1: Escherichia coli');
    expect(isolates[0]).toHaveTextContent('Mengde>100 000 CFU/mL');
    expect(isolates[1]).toHaveTextContent('Isolat 2: Enterococcus faecalis');
    const table = within(article).getByRole('table', { name: 'Resistensbestemmelse' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Antibiotikum', '1: Escherichia coli', '2: Enterococcus faecalis']);
    expect(row(table, /Us-Ampicillin/)).toHaveTextContent('R Resistent');
    expect(row(table, /Us-Ampicillin/)).toHaveTextContent('S Sensitiv, standarddose');
    expect(row(table, /Us-Mecillinam/)).toHaveTextContent('S Sensitiv, standarddose (MIC 0,25 mg/L)');
    expect(row(table, /Us-Mecillinam/)).toHaveTextContent('–');
    expect(
      within(article).getByText('Us-Nitrofurantoin: Brytningspunkt gjelder ukomplisert UVI.'),
    ).toBeInTheDocument();
    expect(within(article).getByRole('heading', { name: 'Rekvisisjon' })).toBeInTheDocument();
    expect(article).toHaveTextContent('Dysuri og feber i to dager');
  });

  it('shows a preliminary report with its banner and the lab’s coded comment', async () => {
    renderWithPps(<LabReportView reportId={reportIdOf('MB26-104977')} />, {
      patient: personOf('microbiology'),
    });
    const article = await report('Svarrapport: Medisinsk mikrobiologi');
    expect(within(article).getByRole('note')).toHaveTextContent(
      'Foreløpig svar: resultatene kan bli endret.',
    );
    expect(article).toHaveTextContent('Telefonsvar avgitt');
  });

  it('shows long pathology text as paragraphs, never as markup', async () => {
    renderWithPps(<LabReportView reportId={reportIdOf('H2026-11840')} />, {
      patient: personOf('pathology-radiology'),
    });
    const article = await report('Svarrapport: Patologi (Histologi)');
    const text = within(article).getByRole('article', { name: 'Histologisk us.' });
    const paragraphs = within(text).getAllByText(/./, { selector: 'p' });
    expect(paragraphs[0]).toHaveTextContent(/^Makroskopisk: Polypp 11 x 9 x 7 mm/);
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(text.querySelector('strong, b, script, img')).toBeNull();
    expect(within(article).getByRole('note')).toHaveTextContent('Tillegg');
  });

  it.each([
    [
      'a cancelled report',
      'report-versions',
      'KK26-552870',
      'Kansellert: svarrapporten er kansellert. Resultatene må ikke brukes.',
    ],
    ['an appended report', 'report-versions', 'KK26-549001', 'Tillegg: svarrapporten har fått et tillegg'],
  ] as const)('announces %s', async (_, scenario, labId, banner) => {
    renderWithPps(<LabReportView reportId={reportIdOf(labId)} />, { patient: personOf(scenario) });
    const article = await report(/^Svarrapport/);
    expect(within(article).getByRole('note')).toHaveTextContent(banner);
  });

  it('leaves out repeated earlier results, and says so', async () => {
    renderWithPps(<LabReportView reportId={reportIdOf('KK26-556310')} />, {
      patient: personOf('repeat-copies'),
    });
    const article = await report(/^Svarrapport/);
    const results = within(article).getByRole('table', { name: 'Resultater' });
    expect(within(results).getAllByRole('row', { name: /P-Ferritin/ })).toHaveLength(1);
    expect(article).toHaveTextContent(
      '1 tidligere sendt resultat er gjentatt i svarrapporten og vises ikke her.',
    );
  });

  it('marks a class it computed itself, apart from the lab’s flags', async () => {
    const personId = personOf('gp-chemistry').personId;
    server.use(
      ...createPpsHandlers({
        patients: [],
        resources: {
          [personId]: buildReport({
            id: 'c0ffee00-0000-4000-8000-000000000001',
            personId,
            expertise: 'CLIN',
            status: 'final',
            collected: '2026-11-01T08:00:00+01:00',
            issued: '2026-11-01T12:00:00+01:00',
            servProvId: 'X-1',
            lab: { name: 'Uten flagg-laboratoriet', her: '8000199' },
            requester: { name: 'Kari Klinikersen' },
            requisition: { id: 'R-1', authoredOn: '2026-10-30T10:00:00+01:00' },
            specimens: [{ text: 'Blod' }],
            results: [
              { code: { nlk: 'NPU19748' }, name: 'P-CRP', value: 12, unit: 'mg/L', range: '< 5' },
              { code: { nlk: 'NPU03230' }, name: 'P-Kalium', value: 4, unit: 'mmol/L', range: '3,5 - 4,4' },
            ],
          }),
        },
      }),
    );
    renderWithPps(<LabReportView reportId="c0ffee00-0000-4000-8000-000000000001" />, {
      patient: { personId },
    });
    const article = await report(/^Svarrapport/);
    const results = within(article).getByRole('table', { name: 'Resultater' });
    expect(row(results, /P-CRP/)).toHaveTextContent('↑ Høy (beregnet*)');
    expect(row(results, /P-Kalium/)).not.toHaveTextContent(/Høy|Lav|beregnet/);
    // The lab flagged nothing in the whole report: only then may the note say so.
    expect(article).toHaveTextContent('Laboratoriet har ikke merket avvik i denne svarrapporten.');
  });

  it('says so when the report does not exist', async () => {
    renderWithPps(<LabReportView reportId="00000000-0000-4000-8000-000000000000" />, {
      patient: personOf('gp-chemistry'),
    });
    expect(
      await screen.findByText('Pasientens prøvesvar har ingen svarrapport med dette nummeret for pasienten.'),
    ).toBeInTheDocument();
  });

  it('names a block instead of showing the report', async () => {
    renderWithPps(<LabReportView reportId="anything" />, { patient: personOf('general-block') });
    expect(await screen.findByText('Prøvesvarene er sperret')).toBeInTheDocument();
  });

  it('works by keyboard: the close button, then each wide table can be scrolled', async () => {
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithPps(<LabReportView reportId={reportIdOf('MB26-104412')} onClose={onClose} />, {
      patient: personOf('microbiology'),
    });
    const article = await report(/^Svarrapport/);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Lukk' })).toHaveFocus();
    await user.tab();
    expect(within(article).getByRole('group', { name: 'Funn og resistens' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalled();
  });

  it('speaks English when asked', async () => {
    renderWithPps(<LabReportView reportId={reportIdOf('PK-2026-77120')} />, {
      patient: personOf('repeat-copies'),
      locale: 'en',
    });
    const article = await report('Report: Clinical biochemistry');
    expect(within(article).getByRole('table', { name: 'Results' })).toHaveTextContent('↑ High');
  });
});

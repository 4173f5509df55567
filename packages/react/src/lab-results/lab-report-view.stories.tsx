import type { Classification } from '@pps-kit/api-client';
import { buildReport, createPpsHandlers } from '@pps-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import { usePpsContext } from '../provider/pps-provider';
import { useMessages } from '../shared/use-messages';
import { personOf, reportIdOf } from '../testing/mock-server';
import * as LabReportParts from './lab-report-parts-namespace';
import { LabReportView } from './lab-report-view';
import { labResultsMessages } from './messages';
import { ResultFlag, ResultStatuses, StatusBadge } from './result-parts';
import { useLabReport } from './use-lab-report';

/**
 * One report in full. Built from `LabReportParts` (Header, StatusBanner, Results, Microbiology,
 * TextResults, Comments, Specimens, Requisition), which hosts can also compose themselves. Flags use
 * `ResultFlag` (glyph and words, never colour alone) and statuses `StatusBadge`. Inside the parts:
 * `Field` (a label and value; absent when there is none), `ScrollArea` (a wide table's focusable
 * scroller), `Narrative` (a result read as text: Pathology, Radiology), `VoidByReport` (the report's
 * void status beside a result: Cancelled, Entered In Error), and `PartsProvider`, the context
 * `LabReportView` and `LabReportParts.Root` give the parts (every story; Composed From Parts).
 */
const meta = {
  title: 'Lab results/LabReportView',
  component: LabReportView,
  args: { reportId: reportIdOf('PK-2026-77120'), onClose: fn() },
  parameters: { pps: { patient: personOf('repeat-copies') } },
} satisfies Meta<typeof LabReportView>;

export default meta;
type Story = StoryObj<typeof meta>;

const article = (canvas: { findByRole: (role: string, options: object) => Promise<HTMLElement> }) =>
  canvas.findByRole('article', { name: /^Svarrapport/ });

export const AmendedChemistry: Story = {
  async play({ canvas, args }) {
    const report = await article(canvas);
    await expect(within(report).getByRole('note')).toHaveTextContent('Endret svar');
    const results = within(report).getByRole('table', { name: 'Resultater' });
    const leukocytes = within(results).getByRole('row', { name: /B-Leukocytter/ });
    await expect(leukocytes).toHaveTextContent('11,2');
    await expect(leukocytes).toHaveTextContent('x10E9/L');
    await expect(leukocytes).toHaveTextContent('↑ Høy');
    await userEvent.click(within(report).getByRole('button', { name: 'Lukk' }));
    await expect(args.onClose).toHaveBeenCalled();
  },
};

export const FinalChemistry: Story = {
  args: { reportId: reportIdOf('KK26-551204') },
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(within(report).queryByRole('note')).toBeNull();
    await expect(within(report).getByRole('row', { name: /P-CRP/ })).toHaveTextContent('86mg/L↑ Høy< 5');
  },
};

export const Preliminary: Story = {
  args: { reportId: reportIdOf('MB26-104977') },
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(within(report).getByRole('note')).toHaveTextContent(
      'Foreløpig svar: resultatene kan bli endret.',
    );
  },
};

export const Appended: Story = {
  args: { reportId: reportIdOf('KK26-549001') },
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    await expect(within(await article(canvas)).getByRole('note')).toHaveTextContent('Tillegg');
  },
};

export const Cancelled: Story = {
  args: { reportId: reportIdOf('KK26-552870') },
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(within(report).getByRole('note')).toHaveTextContent(
      'Kansellert: svarrapporten er kansellert. Resultatene må ikke brukes.',
    );
    // The cancelled value is struck through with its status, and never shown as a flag.
    const row = within(report).getByRole('row', { name: /B-HbA1c/ });
    await expect(row).toHaveAttribute('data-void', 'true');
    await expect(row).toHaveTextContent('Kansellert');
    await expect(row).not.toHaveTextContent('Høy');
  },
};

/** Entered in error: the banner says it must not be used, and the value is struck through. */
export const EnteredInError: Story = {
  args: { reportId: reportIdOf('KK26-553300') },
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(within(report).getByRole('note')).toHaveTextContent(
      'Feilregistrert: svarrapporten må ikke brukes.',
    );
    const row = within(report).getByRole('row', { name: /P-Glukose/ });
    await expect(row).toHaveAttribute('data-void', 'true');
    await expect(row).toHaveTextContent('Feilregistrert');
    await expect(row).not.toHaveTextContent('Høy');
  },
};

/** Corrected: the banner of a changed report, and the result's own status "Korrigert". */
export const Corrected: Story = {
  args: { reportId: reportIdOf('KK26-553410') },
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(within(report).getByRole('note')).toHaveTextContent('Endret svar');
    await expect(within(report).getByRole('row', { name: /P-Natrium/ })).toHaveTextContent('Korrigert');
  },
};

/** Changed and still preliminary (ServType M, Status P): both banners, and the lab's own words. */
export const PreliminaryAndChanged: Story = {
  args: { reportId: reportIdOf('KK26-553520') },
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    const report = await article(canvas);
    const notes = within(report).getAllByRole('note');
    await expect(notes.map((n) => n.getAttribute('data-banner'))).toEqual(['amended', 'preliminary']);
    await expect(within(report).getByRole('banner')).toHaveTextContent('Foreløpig rapport');
    await expect(within(report).getByRole('row', { name: /P-CRP/ })).toHaveTextContent('Endret');
    await expect(within(report).getByRole('row', { name: /P-Ferritin/ })).toHaveTextContent(
      'Ikke besvart ennå',
    );
  },
};

export const Microbiology: Story = {
  args: { reportId: reportIdOf('MB26-104412') },
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    const table = within(report).getByRole('table', { name: 'Resistensbestemmelse' });
    await expect(within(table).getByRole('row', { name: /Us-Mecillinam/ })).toHaveTextContent(
      '(MIC 0,25 mg/L)',
    );
  },
};

export const BloodCultureFromMessage: Story = {
  args: { reportId: reportIdOf('MB-2026-20811') },
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(report).toHaveTextContent('Isolat 1: Staphylococcus aureus');
    await expect(within(report).getByRole('row', { name: /Us-Ciprofloksacin/ })).toHaveTextContent(
      'R Resistent',
    );
  },
};

/**
 * A positive two-bottle blood culture as DIPS-like lab systems send it: each organism linked to its
 * own bottle, each susceptibility to its organism. Shows where each isolate was found and in which
 * specimen, S/I/R in the lab's own words, a zone diameter (mm) told apart from a MIC (mg/L), names
 * from OT where DN holds the lab's code, and a received date sent without a time shown without one.
 */
export const TwoBottleBloodCulture: Story = {
  args: { reportId: reportIdOf('MB-2026-21044') },
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    const isolates = within(report)
      .getAllByRole('listitem')
      .filter((li) => /^Isolat/.test(li.textContent ?? ''));
    await expect(isolates[0]).toHaveTextContent('Isolat 1: Escherichia coli');
    await expect(isolates[0]).toHaveTextContent('Funnet iGruppe › Aerob blodkultur');
    await expect(isolates[0]).toHaveTextContent('PrøveBlodkultur, aerob flaske (BK2026210441)');
    await expect(isolates[1]).toHaveTextContent('Funnet iGruppe › Anaerob blodkultur');
    await expect(isolates[1]).toHaveTextContent('PrøveBlodkultur, anaerob flaske (BK2026210442)');
    const table = within(report).getByRole('table', { name: 'Resistensbestemmelse' });
    await expect(within(table).getByRole('row', { name: /Ciprofloksacin/ })).toHaveTextContent(
      'I Sensitiv, økt eksponering (Sonediameter 19 mm)',
    );
    await expect(within(table).getByRole('row', { name: /Meropenem/ })).toHaveTextContent('(MIC 0,50 mg/L)');
    await expect(within(table).getByRole('row', { name: /Linezolid/ })).toHaveTextContent('R Resistent');
    await expect(report).not.toHaveTextContent('LZ_V');
    await expect(report).not.toHaveTextContent('Ikke besvart');
    await expect(within(report).getByRole('banner')).toHaveTextContent('Mottatt16.11.2026Denne');
  },
};

/**
 * A colon resection with structured findings (Svarrapport StructuredInfo) under the diagnosis:
 * each heading with its value, unit and the lab's order (`LabReportParts.ResultDetails`), and the
 * signing pathologist.
 */
export const StructuredHistology: Story = {
  args: { reportId: reportIdOf('H2026-12077') },
  parameters: { pps: { patient: personOf('pathology-radiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    const findings = within(report).getByLabelText('Strukturerte funn: Histologisk us.');
    await expect(
      within(findings)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual([
      'Tumorstørrelse',
      'Lymfeknuter undersøkt',
      'Lymfeknuter med metastase',
      'Reseksjonsrender',
      'Reseksjonsrender',
      'Karinnvekst',
      'Perinevral vekst',
      'MMR/MSI',
    ]);
    await expect(findings).toHaveTextContent('Tumorstørrelse4,0 cm');
    await expect(findings).toHaveTextContent('Lymfeknuter med metastase2');
    await expect(findings).toHaveTextContent('KarinnvekstJaPerinevral vekstNei');
    await expect(report).toHaveTextContent('Paula Patolog');
  },
};

export const Pathology: Story = {
  args: { reportId: reportIdOf('H26-08812') },
  parameters: { pps: { patient: personOf('pathology-radiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(within(report).getByRole('article', { name: 'Mikroskopisk beskrivelse' })).toHaveTextContent(
      'nodulær basaloid tumor',
    );
  },
};

export const Radiology: Story = {
  args: { reportId: reportIdOf('R26-330145') },
  parameters: { pps: { patient: personOf('pathology-radiology') } },
  async play({ canvas }) {
    const report = await article(canvas);
    await expect(report).toHaveTextContent('Konklusjon: Ingen holdepunkter for malignitet');
    await expect(report).toHaveTextContent('Vekttap 6 kg');
  },
};

export const RepeatCopies: Story = {
  args: { reportId: reportIdOf('KK26-556310') },
  async play({ canvas }) {
    await expect(await article(canvas)).toHaveTextContent('1 tidligere sendt resultat er gjentatt');
  },
};

export const ComputedFlag: Story = {
  args: { reportId: 'c0ffee00-0000-4000-8000-000000000002' },
  beforeEach({ msw }) {
    const personId = personOf('repeat-copies').personId;
    msw.use(
      ...createPpsHandlers({
        patients: [],
        resources: {
          [personId]: buildReport({
            id: 'c0ffee00-0000-4000-8000-000000000002',
            personId,
            expertise: 'CLIN',
            status: 'final',
            collected: '2026-11-01T08:00:00+01:00',
            issued: '2026-11-01T12:00:00+01:00',
            servProvId: 'X-2',
            lab: { name: 'Laboratorium som ikke merker avvik', her: '8000199' },
            requester: { name: 'Kari Klinikersen' },
            requisition: { id: 'R-2', authoredOn: '2026-10-30T10:00:00+01:00' },
            specimens: [{ text: 'Blod' }],
            results: [{ code: { nlk: 'NPU19748' }, name: 'P-CRP', value: 12, unit: 'mg/L', range: '< 5' }],
          }),
        },
      }),
    );
  },
  async play({ canvas }) {
    await expect(within(await article(canvas)).getByRole('row', { name: /P-CRP/ })).toHaveTextContent(
      '(beregnet*)',
    );
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post('*/DiagnosticReport/_search', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Henter prøvesvar …');
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(
        '*/DiagnosticReport/_search',
        () => new HttpResponse('Internal Server Error', { status: 500 }),
      ),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('(HTTP 500)');
  },
};

export const Missing: Story = {
  args: { reportId: '00000000-0000-4000-8000-000000000000' },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Pasientens prøvesvar har ingen svarrapport med dette nummeret for pasienten.'),
    ).toBeVisible();
  },
};

export const BlockedForAll: Story = {
  parameters: { pps: { patient: personOf('general-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret')).toBeVisible();
  },
};

export const BlockedForYou: Story = {
  parameters: { pps: { patient: personOf('specific-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret for deg')).toBeVisible();
  },
};

export const Reserved: Story = {
  parameters: { pps: { patient: personOf('reservation') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Pasienten har reservert seg')).toBeVisible();
  },
};

export const NetworkError: Story = {
  beforeEach({ msw }) {
    msw.use(http.post('*/DiagnosticReport/_search', () => HttpResponse.error()));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Fikk ikke kontakt med Pasientens prøvesvar',
    );
  },
};

export const Unauthorized: Story = {
  beforeEach({ msw }) {
    msw.use(http.post('*/DiagnosticReport/_search', () => new HttpResponse('Unauthorized', { status: 401 })));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('(HTTP 401)');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    const report = await canvas.findByRole('article', { name: 'Report: Clinical biochemistry' });
    await expect(within(report).getByRole('note')).toHaveTextContent(
      'Amended: this version replaces an earlier report.',
    );
  },
};

/**
 * A host's own layout from `LabReportParts`: results first, header last. `LabReportParts.Root`
 * gives every part inside it the report and the text, so the parts need no props.
 */
function CustomLayout({ reportId }: { reportId: string }) {
  const query = useLabReport(reportId);
  const report = query.data?.report;
  if (!report) return <p>…</p>;
  return (
    <LabReportParts.Root report={report} headingLevel={2}>
      <LabReportParts.Results />
      <LabReportParts.StatusBanner />
      <LabReportParts.Header />
    </LabReportParts.Root>
  );
}

export const ComposedFromParts: Story = {
  render: (args) => <CustomLayout reportId={args.reportId} />,
  async play({ canvas, canvasElement }) {
    const table = await canvas.findByRole('table', { name: 'Resultater' });
    await expect(table).toBeVisible();
    const header = canvas.getByRole('heading', { level: 2, name: 'Svarrapport: Medisinsk biokjemi' });
    await expect(header).toBeVisible();
    // The sections are one level below the Root's report heading.
    await expect(canvas.getByRole('heading', { level: 3, name: 'Resultater' })).toBeVisible();
    // The host's order: the results come before the header.
    await expect(table.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect(canvasElement.querySelector('.pps-root.pps-report')).toHaveAttribute(
      'data-status',
      'amended',
    );
  },
};

/** The parts with props of their own, as before a Root existed: a prop wins over the Root. */
function PartsWithProps({ reportId }: { reportId: string }) {
  const query = useLabReport(reportId);
  const t = useMessages(labResultsMessages);
  const report = query.data?.report;
  if (!report) return <p>…</p>;
  return (
    <div className="pps-root">
      <LabReportParts.Header report={report} messages={{ ...t, reportHeading: 'Rapport: {expertise}' }} />
      <LabReportParts.Root report={report}>
        {/* Inside a Root a prop still wins: this table's heading is h3, and its text is the host's. */}
        <LabReportParts.Results headingLevel={3} messages={{ ...t, sectionResults: 'Verdier' }} />
      </LabReportParts.Root>
    </div>
  );
}

export const PartsGivenProps: Story = {
  render: (args) => <PartsWithProps reportId={args.reportId} />,
  async play({ canvas }) {
    await expect(
      await canvas.findByRole('heading', { level: 2, name: 'Rapport: Medisinsk biokjemi' }),
    ).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 3, name: 'Verdier' })).toBeVisible();
  },
};

const classes: Classification[] = [
  { class: 'high', source: 'lab', reason: 'lab-flag' },
  { class: 'low', source: 'lab', reason: 'lab-flag' },
  { class: 'outside', source: 'lab', reason: 'lab-flag' },
  { class: 'critical', source: 'lab', reason: 'lab-flag-hl7', direction: 'high' },
  { class: 'high', source: 'computed', reason: 'computed-above-range' },
  {
    class: 'unknown',
    source: 'lab',
    reason: 'lab-flag-unrecognised',
    flag: { code: 'X', display: 'Se kommentar' },
  },
];

function FlagsAndStatuses() {
  const t = useMessages(labResultsMessages);
  const { locale } = usePpsContext();
  return (
    <div className="pps-root" lang={locale}>
      <ul>
        {classes.map((c) => (
          <li key={`${c.class}-${c.source}`}>
            <ResultFlag classification={c} messages={t} />
          </li>
        ))}
      </ul>
      <ul>
        {(['registered', 'preliminary', 'final', 'amended', 'appended', 'cancelled'] as const).map(
          (status) => (
            <li key={status}>
              <StatusBadge status={status} messages={t} />
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

export const FlagGlyphsAndStatuses: Story = {
  render: () => <FlagsAndStatuses />,
  async play({ canvas }) {
    await expect(canvas.getByText(/Kritisk høy/)).toBeVisible();
    await expect(canvas.getByText('(beregnet*)', { exact: false })).toBeVisible();
    await expect(canvas.getByText('Kansellert')).toBeVisible();
  },
};

/**
 * Long texts from pathology and radiology as the lab wrote them: blank lines make paragraphs, single
 * line breaks stay (`LabReportParts.Paragraphs`); markup in the text stays text.
 */
export const TextParagraphs: Story = {
  render: () => (
    <div className="pps-root pps-text-result">
      <LabReportParts.Paragraphs
        text={
          'Makroskopi: Hudbiopsi, 4 mm.\nFiksert i formalin.\n\nMikroskopi: Ingen holdepunkter for malignitet.\n\n<b>Konklusjon</b>: Benign nevus.'
        }
      />
    </div>
  ),
  async play({ canvasElement }) {
    const paragraphs = canvasElement.querySelectorAll('p');
    await expect(paragraphs).toHaveLength(3);
    await expect(paragraphs[0]?.querySelectorAll('br')).toHaveLength(1);
    await expect(paragraphs[2]).toHaveTextContent('<b>Konklusjon</b>: Benign nevus.');
    await expect(canvasElement.querySelector('b')).toBeNull();
  },
};

/** Each case `ResultStatuses` has: the statuses a single result shows beside its name. */
const itemStatuses: { label: string; result: Parameters<typeof ResultStatuses>[0]['result'] }[] = [
  { label: 'Endelig (ingen merke)', result: { status: 'final' } },
  { label: 'Registrert', result: { status: 'registered' } },
  { label: 'Foreløpig', result: { status: 'preliminary' } },
  { label: 'Endret', result: { status: 'amended' } },
  {
    label: 'Endret, laboratoriet sier foreløpig (8245 2)',
    result: { status: 'amended', labStatus: { status: { code: '2' } } },
  },
  { label: 'Korrigert', result: { status: 'corrected' } },
  { label: 'Kansellert', result: { status: 'cancelled' } },
  { label: 'Feilregistrert', result: { status: 'entered-in-error' } },
  { label: 'Ukjent', result: { status: 'unknown' } },
];

function ItemStatusList() {
  const t = useMessages(labResultsMessages);
  const { locale } = usePpsContext();
  return (
    <dl className="pps-root pps-fields" lang={locale}>
      {itemStatuses.map(({ label, result }) => (
        <div key={label} className="pps-field-row" data-testid={label}>
          <dt>{label}</dt>
          <dd>
            P-CRP
            <ResultStatuses result={result} messages={t} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** `ResultStatuses`: nothing for a final result, its own status otherwise, and both where the lab says so. */
export const ItemStatuses: Story = {
  render: () => <ItemStatusList />,
  async play({ canvas }) {
    const badges = (label: string) =>
      [...canvas.getByTestId(label).querySelectorAll('.pps-status')].map((b) => b.textContent);
    await expect(badges('Endelig (ingen merke)')).toEqual([]);
    await expect(badges('Endret')).toEqual(['Endret']);
    await expect(badges('Endret, laboratoriet sier foreløpig (8245 2)')).toEqual(['Endret', 'Foreløpig']);
    await expect(badges('Kansellert')).toEqual(['Kansellert']);
    await expect(badges('Feilregistrert')).toEqual(['Feilregistrert']);
  },
};

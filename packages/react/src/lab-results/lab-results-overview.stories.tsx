import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { personOf, reportIdOf } from '../testing/mock-server';
import { CumulativeTable, type FlowsheetFilter } from './cumulative-table';
import { LabResultsOverview } from './lab-results-overview';

const search = '*/DiagnosticReport/_search';

/**
 * Which results exist, which are new, which are outside the reference range. Grouped by sample
 * month or by fagområde, with filters; a report opens through `onReportOpen`. The states that are
 * not data (loading, errors, blocks, reservation, no data, no patient) come from `DataState`.
 * Each report is one `ReportRow` (its time as the open button, kind, lab, requester, status, results
 * and findings): By Date, Named Abnormal Results, New Since Last Visit, Microbiology.
 */
const meta = {
  title: 'Lab results/LabResultsOverview',
  component: LabResultsOverview,
  args: { onReportOpen: fn() },
  parameters: { pps: { patient: personOf('report-versions') } },
} satisfies Meta<typeof LabResultsOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

const ready = (canvas: { findByText: (t: RegExp) => Promise<HTMLElement> }) =>
  canvas.findByText(/^Viser \d+ av/);

export const ByDate: Story = {
  async play({ canvas, args }) {
    await ready(canvas);
    await expect(canvas.getByRole('heading', { level: 3, name: 'november 2026' })).toBeVisible();
    const row = canvas.getAllByRole('row')[1] as HTMLElement;
    await expect(row).toHaveTextContent('Endret');
    await expect(row).toHaveTextContent('1 avvik');
    await userEvent.click(within(row).getByRole('button'));
    await expect(args.onReportOpen).toHaveBeenCalledWith(reportIdOf('KK26-560013'));
  },
};

export const ByExpertise: Story = {
  args: { defaultGroupBy: 'expertise' },
  parameters: { pps: { patient: personOf('pathology-radiology') } },
  async play({ canvas }) {
    await ready(canvas);
    const headings = canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    await expect(headings).toEqual(['Patologi', 'Radiologi', 'Nukleærmedisin']);
  },
};

export const TenYearsOfChemistry: Story = {
  parameters: { pps: { patient: personOf('gp-chemistry') } },
  async play({ canvas }) {
    await ready(canvas);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Bare svar med avvik eller funn' }));
    for (const row of canvas.getAllByRole('row').filter((r) => r.querySelector('th[scope="row"]'))) {
      await expect(row).toHaveTextContent(/\d+ avvik|Funn|\d+ resistent|\d+ beregnet\*/);
    }
  },
};

/**
 * Each row names its abnormal results (up to three, then "+N"): the analysis with its flag glyph,
 * the flag in words for screen readers, so that a GP need not open every report.
 */
export const NamedAbnormalResults: Story = {
  parameters: { pps: { patient: personOf('gp-chemistry') } },
  async play({ canvas }) {
    await ready(canvas);
    const named = [...canvas.getAllByRole('row')]
      .map((row) => row.querySelector<HTMLElement>('.pps-findings'))
      .filter((cell): cell is HTMLElement => cell !== null);
    await expect(named.length).toBeGreaterThan(0);
    const first = named[0] as HTMLElement;
    // "P-Kreatinin ↑ (høy)": the name, the glyph, the words.
    await expect(first).toHaveTextContent(
      /^[\p{L}-]+.* [↑↓↕‼?]\*? \((høy|lav|utenfor referanseområdet|kritisk[^)]*|beregnet[^)]*)/iu,
    );
    const more = named.find((cell) => cell.querySelector('.pps-findings__more'));
    if (more) await expect(more).toHaveTextContent(/\+\d+ og \d+ til$/);
  },
};

export const NewSinceLastVisit: Story = {
  args: { newSince: '2026-11-10T00:00:00Z' },
  async play({ canvas, canvasElement }) {
    await ready(canvas);
    await expect(canvas.getAllByText('Ny')).toHaveLength(1);
    // The new report names its analyses, three and then "+N".
    const named = canvasElement.querySelectorAll('.pps-findings[data-kind="new"]');
    await expect(named).toHaveLength(1);
    await expect(named[0]).toHaveTextContent(/^B-Hemoglobin, P-Kreatinin, P-Kalium \+1 og 1 til$/);
  },
};

/** Positive cultures are findings ("Funn", with resistance counted), never "Ingen". */
export const Microbiology: Story = {
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    await ready(canvas);
    await expect(canvas.getAllByText('Foreløpig').length).toBeGreaterThan(0);
    const findings = canvas
      .getAllByRole('row')
      .map((row) => row.querySelector('[data-findings]')?.textContent ?? '')
      .filter(Boolean);
    await expect(findings.some((text) => /Funn, \d+ resistent/.test(text))).toBe(true);
  },
};

/** Cancelled and entered-in-error reports: listed with their status, never counted ("Må ikke brukes"). */
export const VoidReports: Story = {
  async play({ canvas }) {
    await ready(canvas);
    for (const status of ['Kansellert', 'Feilregistrert']) {
      const row = canvas.getAllByRole('row').find((r) => r.textContent?.includes(status));
      await expect(row).toHaveTextContent('Må ikke brukes');
      await expect(row).not.toHaveTextContent(/avvik/);
    }
  },
};

/** Classes pps-kit computed carry a mark, explained by the legend under the table. */
export const ComputedClasses: Story = {
  parameters: { pps: { patient: personOf('gp-chemistry') } },
  async play({ canvas }) {
    await ready(canvas);
    await expect(canvas.getAllByText(/\d+ beregnet\*/).length).toBeGreaterThan(0);
    await expect(canvas.getByText(/^\* Beregnet: laboratoriet har ikke merket verdien/)).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(search, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Henter prøvesvar …');
  },
};

export const NoData: Story = {
  parameters: { pps: { patient: personOf('no-data') } },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeVisible();
  },
};

export const BlockedForAll: Story = {
  parameters: { pps: { patient: personOf('general-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
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

export const Unauthorized: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(search, () =>
        HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 401 }),
      ),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Du har ikke tilgang til Pasientens prøvesvar (HTTP 401)',
    );
  },
};

export const ServiceUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => new HttpResponse('Service Unavailable', { status: 503 })));
  },
  async play({ canvas }) {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Pasientens prøvesvar svarer ikke nå (HTTP 503)');
    await expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
  },
};

export const NetworkError: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => HttpResponse.error()));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Fikk ikke kontakt med Pasientens prøvesvar',
    );
  },
};

export const BrokenAnswer: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => HttpResponse.json({ resourceType: 'Bundle' })));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Svaret fra Pasientens prøvesvar kunne ikke leses.',
    );
  },
};

/** A searchset holding one OperationOutcome and no data. */
const onlyOutcome = (issue: { severity: string; code: string }) =>
  HttpResponse.json({
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [{ search: { mode: 'outcome' }, resource: { resourceType: 'OperationOutcome', issue: [issue] } }],
  });

/** PPS answered with an error outcome instead of data: an error, never "no results". */
export const ErrorOutcome: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => onlyOutcome({ severity: 'error', code: 'exception' })));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Pasientens prøvesvar svarte med en feil i stedet for prøvesvar (exception).',
    );
  },
};

/** An outcome pps-kit does not know: some data may be hidden, and the code is named. */
export const MaybeHidden: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => onlyOutcome({ severity: 'information', code: 'suppressed' })));
  },
  async play({ canvas }) {
    await expect(await canvas.findByText('Noen data kan være skjult')).toBeVisible();
    await expect(canvas.getByText(/\(kode: suppressed\)/)).toBeVisible();
  },
};

/** PPS ignores `_skip` and says it has 120: the first page stays, and the count says "at least". */
export const PagingStopped: Story = {
  args: { pageSize: 5 },
  beforeEach({ msw }) {
    const subject = {
      identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: personOf('report-versions').personId },
    };
    const entry = Array.from({ length: 5 }, (_, i) => ({
      search: { mode: 'match' },
      resource: {
        resourceType: 'DiagnosticReport',
        id: `paging-${i}`,
        status: 'final',
        code: { text: 'Medisinsk biokjemi' },
        subject,
        effectiveDateTime: `2026-11-0${i + 1}T08:00:00+01:00`,
        issued: `2026-11-0${i + 1}T12:00:00+01:00`,
      },
    }));
    msw.use(
      http.post(search, () =>
        HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', total: 120, entry }),
      ),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByText('Viser 5 av minst 120 svarrapporter')).toBeVisible();
    await expect(canvas.getByText('Ikke alle svarrapportene kunne hentes')).toBeVisible();
  },
};

export const NoPatient: Story = {
  parameters: { pps: { patient: null } },
  async play({ canvas }) {
    await expect(canvas.getByText('Ingen pasient er valgt.')).toBeVisible();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  async play({ canvas }) {
    await canvas.findByText(/^Viser \d+ av \d+ svarrapportar/);
    await expect(canvas.getAllByText('Endra').length).toBeGreaterThan(0);
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    await canvas.findByText(/^Showing \d+ of/);
    await expect(canvas.getAllByRole('columnheader', { name: 'Sampled' }).length).toBeGreaterThan(0);
  },
};

export const Designsystemet: Story = {
  globals: { theme: 'designsystemet' },
  async play({ canvasElement, canvas }) {
    await ready(canvas);
    await expect(canvasElement.querySelector('[data-pps-theme="designsystemet"]')).not.toBeNull();
  },
};

export const Aksel: Story = {
  globals: { theme: 'aksel' },
  async play({ canvasElement, canvas }) {
    await ready(canvas);
    await expect(canvasElement.querySelector('[data-pps-theme="aksel"]')).not.toBeNull();
  },
};

/**
 * The host holds the filter (`filter` with `onFilterChange`): one filter serves the overview and
 * the flowsheet, and the host's own button sets it. Without `filter` each view holds its own.
 */
function OneFilterForTwoViews() {
  const [filter, setFilter] = useState<FlowsheetFilter>({});
  return (
    <>
      <p>
        <button type="button" onClick={() => setFilter({ ...filter, fagomrade: 'CLIN' })}>
          Vertens knapp: bare medisinsk biokjemi
        </button>
      </p>
      <p data-testid="host-filter">{`Vertens filter: ${JSON.stringify(filter)}`}</p>
      <LabResultsOverview filter={filter} onFilterChange={setFilter} />
      <CumulativeTable filter={filter} onFilterChange={setFilter} height={240} />
    </>
  );
}

export const FilterHeldByTheHost: Story = {
  parameters: { pps: { patient: personOf('gp-chemistry') } },
  render: () => <OneFilterForTwoViews />,
  async play({ canvas }) {
    await ready(canvas);
    const [overviewCheck, flowsheetCheck] = canvas.getAllByRole('checkbox', {
      name: /^Bare /,
    }) as [HTMLInputElement, HTMLInputElement];
    await userEvent.click(overviewCheck);
    // The overview's change reached the host, and from the host the flowsheet.
    await expect(canvas.getByTestId('host-filter')).toHaveTextContent('"onlyAbnormal":true');
    await expect(flowsheetCheck).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Vertens knapp: bare medisinsk biokjemi' }));
    for (const select of canvas.getAllByRole('combobox', { name: 'Fagområde' })) {
      await expect(select).toHaveValue('CLIN');
    }
  },
};

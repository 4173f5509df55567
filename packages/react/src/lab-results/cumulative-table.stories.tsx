import {
  type CumulativeTable as Table,
  toCumulativeTable,
  toLabReports,
  toSearchResult,
} from '@pps-kit/api-client';
import { buildReport, createPpsHandlers, generatePatientHistory, searchset } from '@pps-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { useMessages } from '../shared/use-messages';
import { personOf } from '../testing/mock-server';
import { CumulativeGrid } from './cumulative-grid';
import { CumulativeTable } from './cumulative-table';
import { labResultsMessages } from './messages';

/**
 * The cumulative view: analyses down, sample times across. An ARIA grid with one tab stop: arrows
 * move, Home and End go to the row's ends (with Ctrl, the grid's), Page Up and Page Down move a
 * page, Enter opens the cell's report. Rows and columns are virtualized; `CumulativeGrid` is the
 * grid alone, for hosts that bring their own data. Under the grid, `GridLegend` explains the
 * glyphs and status marks (Status Marks And Legend).
 */
const meta = {
  title: 'Lab results/CumulativeTable',
  component: CumulativeTable,
  args: { onReportOpen: fn() },
  parameters: { pps: { patient: personOf('gp-chemistry') } },
} satisfies Meta<typeof CumulativeTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const ready = (canvas: { findByText: (t: RegExp) => Promise<HTMLElement> }) =>
  canvas.findByText(/analyser, \d+ prøvetidspunkt$/);
const active = () => document.activeElement as HTMLElement;
const rowOf = (element: HTMLElement) =>
  Number(element.closest('[role="row"]')?.getAttribute('aria-rowindex'));

export const TenYearsOfChemistry: Story = {
  async play({ canvas }) {
    await ready(canvas);
    const grid = canvas.getByRole('grid', { name: 'Kumulativ visning' });
    const headers = within(grid).getAllByRole('columnheader');
    await expect(headers[1]).toHaveTextContent(/\d\d\.11\.2026/);
    await expect(within(grid).getByRole('row', { name: /B-HbA1c/ })).toBeVisible();
  },
};

export const KeyboardOnly: Story = {
  async play({ canvas, args }) {
    await ready(canvas);
    const grid = canvas.getByRole('grid', { name: 'Kumulativ visning' });
    // Tab through the filters into the grid: one tab stop, the first analysis. Focus moves after
    // React renders the cell, so each check waits for it rather than for the machine's speed.
    for (let i = 0; i < 12 && !grid.contains(active()); i += 1) await userEvent.tab();
    await waitFor(() => expect(active()).toHaveAttribute('role', 'rowheader'));
    const firstAnalysis = active().textContent;
    const firstRow = rowOf(active());

    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(active()).toHaveAttribute('aria-colindex', '2'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    await waitFor(() => expect(active()).toHaveAttribute('aria-colindex', '4'));
    await waitFor(() => expect(rowOf(active())).toBe(firstRow + 1));
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    await waitFor(() => expect(active()).toHaveAttribute('aria-colindex', '3'));

    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(active()).toHaveAttribute('aria-colindex', grid.getAttribute('aria-colcount') ?? ''),
    );
    await waitFor(() => expect(active()).toBeVisible());
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(active()).toHaveAttribute('role', 'rowheader'));
    await waitFor(() => expect(active().textContent).toBe(firstAnalysis));

    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(rowOf(active())).toBeGreaterThan(5));
    const down = rowOf(active());
    await userEvent.keyboard('{PageUp}');
    await waitFor(() => expect(rowOf(active())).toBeLessThan(down));
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(rowOf(active())).toBe(down));
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(rowOf(active())).toBe(Number(grid.getAttribute('aria-rowcount'))));
    await userEvent.keyboard('{Control>}{Home}{/Control}{ArrowRight}');
    await waitFor(() => expect(active().textContent).not.toBe(''));
    await userEvent.keyboard('{Enter}');
    await expect(args.onReportOpen).toHaveBeenCalledTimes(1);
  },
};

export const OldestFirst: Story = {
  args: { defaultOrder: 'oldest-first' },
  async play({ canvas }) {
    await ready(canvas);
    const headers = within(canvas.getByRole('grid')).getAllByRole('columnheader');
    await expect(headers[1]).toHaveTextContent(/\.201[67]/);
  },
};

export const LoadingPageByPage: Story = {
  args: { pageSize: 10 },
  beforeEach({ msw }) {
    msw.use(
      http.post('*/DiagnosticReport/_search', async ({ request }) => {
        const skip = new URLSearchParams(await request.clone().text()).get('_skip');
        if (skip !== '0') await delay('infinite');
        return undefined;
      }),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByText(/^Henter svarrapporter: 10 av 4\d$/)).toBeVisible();
    await expect(canvas.getByRole('grid')).toBeVisible();
  },
};

export const PageFailed: Story = {
  args: { pageSize: 20 },
  beforeEach({ msw }) {
    msw.use(
      http.post('*/DiagnosticReport/_search', async ({ request }) => {
        const skip = new URLSearchParams(await request.clone().text()).get('_skip');
        return skip === '20' ? new HttpResponse('Bad Gateway', { status: 502 }) : undefined;
      }),
    );
  },
  async play({ canvas }) {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Ikke alle svarrapportene kunne hentes');
    await expect(canvas.getByText('Viser de 20 som kom før feilen.')).toBeVisible();
    await expect(canvas.getByRole('grid')).toBeVisible();
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

export const ServiceUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(http.post('*/DiagnosticReport/_search', () => new HttpResponse('x', { status: 503 })));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('(HTTP 503)');
  },
};

export const BlockedForAll: Story = {
  parameters: { pps: { patient: personOf('general-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret')).toBeVisible();
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

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    await canvas.findByText(/tests, \d+ sample times$/);
    await expect(canvas.getByRole('grid', { name: 'Cumulative view' })).toBeVisible();
  },
};

/** A ten-year history of 40 analyses, 200 samples a year, built locally: the grid alone. */
function bigTable(): Table {
  const personId = '13867410028';
  const resources = generatePatientHistory({
    seed: 9,
    personId,
    years: 10,
    reportsPerYear: 200,
    analytes: 40,
    fullPanelShare: 1,
  });
  const matches = resources.filter((r) => r.resourceType === 'DiagnosticReport');
  const includes = resources.filter((r) => r.resourceType !== 'DiagnosticReport');
  const bundle = searchset({ selfUrl: 'story', total: matches.length, matches, includes });
  return toCumulativeTable(toLabReports(toSearchResult(bundle, 'DiagnosticReport', personId)).reports);
}

function BigGrid({ table }: { table: Table }) {
  const t = useMessages(labResultsMessages);
  return (
    <div className="pps-root">
      <h2 id="big-grid" className="pps-heading">
        2000 × 40
      </h2>
      <CumulativeGrid table={table} messages={t} labelledBy="big-grid" />
    </div>
  );
}

export const TwoThousandSampleTimes: Story = {
  loaders: [async () => ({ table: bigTable() })],
  render: (_args, { loaded }) => <BigGrid table={loaded.table as Table} />,
  async play({ canvas, canvasElement }) {
    const grid = await canvas.findByRole('grid', { name: '2000 × 40' });
    // About 2000 sample times (a few samples share a minute), plus the analysis column.
    await expect(Number(grid.getAttribute('aria-colcount'))).toBeGreaterThan(1990);
    // Virtualized: the DOM holds what is on screen, not 80 000 cells.
    await waitFor(() => expect(canvasElement.querySelectorAll('*').length).toBeLessThan(3000));

    // The keyboard reaches the far corner and back; the cell it lands on is always rendered and
    // in view, never under the sticky header or analysis column, and the DOM stays small.
    grid.querySelector<HTMLElement>('[role="gridcell"]')?.focus();
    const moves = [
      '{Control>}{End}{/Control}',
      '{PageUp}',
      ...Array.from({ length: 12 }, () => '{ArrowUp}'),
      ...Array.from({ length: 6 }, () => '{ArrowLeft}'),
      '{Home}',
      '{End}',
      '{Control>}{Home}{/Control}',
      ...Array.from({ length: 14 }, () => '{ArrowDown}'),
    ];
    for (const move of moves) {
      const before = active();
      await userEvent.keyboard(move);
      await waitFor(() => expect(active()).not.toBe(before));
      await waitFor(() => expect(shownWhole(grid, active())).toBe(true));
    }
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThan(3000);
  },
};

/** Whether a cell of the grid shows whole: inside it, below its header and, unless it is an analysis, right of that column. */
function shownWhole(grid: HTMLElement, cell: HTMLElement) {
  const box = grid.getBoundingClientRect();
  const own = cell.getBoundingClientRect();
  const header = grid.querySelector('[role="row"]')?.getBoundingClientRect();
  const analysis = grid.querySelector('.pps-grid__corner')?.getBoundingClientRect();
  if (!header || !analysis || !grid.contains(cell)) return false;
  const left = cell.getAttribute('role') === 'rowheader' ? box.left : analysis.right;
  const right = box.left + grid.clientLeft + grid.clientWidth;
  const bottom = box.top + grid.clientTop + grid.clientHeight;
  return (
    own.top >= header.bottom - 1 && own.bottom <= bottom + 1 && own.left >= left - 1 && own.right <= right + 1
  );
}

/** Every status has a visible mark (✎ endret, ✕ kansellert/feilregistrert …), explained in the legend. */
export const StatusMarksAndLegend: Story = {
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    await ready(canvas);
    const grid = canvas.getByRole('grid', { name: 'Kumulativ visning' });
    const amended = grid.querySelector('[data-status="amended"] .pps-grid__mark');
    await expect(amended).toHaveTextContent('✎');
    const voided = grid.querySelector('[role="gridcell"][data-void]');
    await expect(voided?.querySelector('.pps-grid__mark')).toHaveTextContent('✕');
    await expect(voided?.textContent).toMatch(/må ikke brukes/);
    await userEvent.click(canvas.getByText('Tegnforklaring'));
    await expect(canvas.getByText('Endret', { selector: '.pps-legend li', exact: false })).toBeVisible();
  },
};

/** A long text is cut at its end, never its start, and the whole text is the cell's title and name. */
export const LongTextCells: Story = {
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    await ready(canvas);
    const grid = canvas.getByRole('grid', { name: 'Kumulativ visning' });
    const values = [...grid.querySelectorAll<HTMLElement>('.pps-grid__value')];
    await expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const cell = value.closest<HTMLElement>('[role="gridcell"]');
      if (!cell) continue;
      await expect(getComputedStyle(value).textOverflow).toBe('ellipsis');
      // The start of the text is inside the cell: nothing is cut from the left.
      await expect(value.getBoundingClientRect().left).toBeGreaterThanOrEqual(
        cell.getBoundingClientRect().left,
      );
      await expect(cell.title).toContain(value.textContent ?? '');
    }
  },
};

const DATED = personOf('gp-chemistry').personId;
const datedReport = (id: string, collected: string, servProvId: string) =>
  buildReport({
    id,
    personId: DATED,
    expertise: 'CLIN',
    status: 'final',
    collected,
    issued: '2026-11-03T12:00:00+01:00',
    servProvId,
    lab: { name: 'Datolaboratoriet', her: '8000199' },
    requester: { name: 'Kari Klinikersen' },
    requisition: { id: `R-${servProvId}`, authoredOn: '2026-10-30' },
    specimens: [{ text: 'Blod' }],
    results: [{ code: { nlk: 'NPU19748' }, name: 'P-CRP', value: 4, unit: 'mg/L', range: '< 5' }],
  });

/** A sample the lab dated without a time has a date only in its column header; never an invented time. */
export const DateOnlySampleTimes: Story = {
  beforeEach({ msw }) {
    msw.use(
      ...createPpsHandlers({
        patients: [],
        resources: {
          [DATED]: [
            ...datedReport('c0ffee00-0000-4000-8000-0000000000d1', '2026-11-01', 'D-1'),
            ...datedReport('c0ffee00-0000-4000-8000-0000000000d2', '2026-11-02T08:15:00+01:00', 'D-2'),
          ],
        },
      }),
    );
  },
  async play({ canvas }) {
    await ready(canvas);
    const grid = canvas.getByRole('grid', { name: 'Kumulativ visning' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    await expect(headers).toEqual(['Analyse', '02.11.202608:15', '01.11.2026']);
  },
};

const FLAGGED = personOf('gp-chemistry').personId;
const flaggedReport = buildReport({
  id: 'c0ffee00-0000-4000-8000-0000000000f1',
  personId: FLAGGED,
  expertise: 'CLIN',
  status: 'final',
  collected: '2026-11-02T08:15:00+01:00',
  issued: '2026-11-02T12:00:00+01:00',
  servProvId: 'F-1',
  lab: { name: 'Flagglaboratoriet', her: '8000199' },
  requester: { name: 'Kari Klinikersen' },
  requisition: { id: 'R-F-1', authoredOn: '2026-10-30' },
  specimens: [{ text: 'Blod' }],
  results: [
    { code: { nlk: 'NPU19748' }, name: 'P-CRP', value: 86, unit: 'mg/L', range: '< 5', flag: '1' },
    {
      code: { nlk: 'NOR05172' },
      name: 'B-Hemoglobin',
      value: 10.1,
      unit: 'g/dL',
      range: '11,7 - 15,3',
      flag: '2',
    },
    {
      code: { nlk: 'NPU03429' },
      name: 'P-Natrium',
      value: 150,
      unit: 'mmol/L',
      range: '137 - 145',
      flag: '3',
    },
    // No flag from the lab, above its range: pps-kit computes "high" and marks it so.
    { code: { nlk: 'NPU03230' }, name: 'P-Kalium', value: 5.2, unit: 'mmol/L', range: '3,5 - 4,4' },
    { code: { nlk: 'NPU04998' }, name: 'P-Kreatinin', value: 80, unit: 'µmol/L', range: '45 - 90' },
  ],
});

/**
 * Every flag a cell shows: the lab's high, low and outside, and a class pps-kit computed (marked
 * `*`), each as a glyph beside the value and in words in the cell's name (never colour alone); a
 * value inside its range has no flag.
 */
export const FlaggedCells: Story = {
  beforeEach({ msw }) {
    msw.use(...createPpsHandlers({ patients: [], resources: { [FLAGGED]: flaggedReport } }));
  },
  async play({ canvas }) {
    await ready(canvas);
    const grid = canvas.getByRole('grid', { name: 'Kumulativ visning' });
    const cellOf = (analysis: string) => {
      const row = within(grid).getByRole('row', { name: new RegExp(`^${analysis}`) });
      return within(row).getByRole('gridcell');
    };
    for (const [analysis, flag, glyph, words] of [
      ['P-CRP', 'high', '↑', /Høy/],
      ['B-Hemoglobin', 'low', '↓', /Lav/],
      ['P-Natrium', 'outside', '↕', /Utenfor/],
      ['P-Kalium', 'high', '↑*', /Høy \(beregnet\*\)/],
    ] as const) {
      const cell = cellOf(analysis);
      await expect(cell).toHaveAttribute('data-flag', flag);
      await expect(cell.querySelector('.pps-grid__flag')?.textContent?.trim()).toBe(glyph);
      await expect(cell.textContent).toMatch(words);
    }
    await expect(cellOf('P-Kalium')).toHaveAttribute('data-source', 'computed');
    const normal = cellOf('P-Kreatinin');
    await expect(normal).not.toHaveAttribute('data-flag');
    await expect(normal.querySelector('.pps-grid__flag')).toBeNull();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { personOf } from '../testing/mock-server';
import { TrendChart } from './trend-chart';

/**
 * One analysis over time, in SVG: the reference band, flagged points as triangles (never only a
 * colour), a numbered marker and an explanation wherever the lab, the unit or the range changes,
 * a one-line summary, and the values as a table. The SVG is `Plot` (every story with numbers;
 * its points are keyboard targets with a tooltip).
 */
const meta = {
  title: 'Lab results/TrendChart',
  component: TrendChart,
  args: { defaultCode: 'NPU04998', onReportOpen: fn() },
  parameters: { pps: { patient: personOf('gp-chemistry') } },
} satisfies Meta<typeof TrendChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CreatinineAcrossALabChange: Story = {
  async play({ canvas }) {
    const chart = await canvas.findByRole('img', { name: /^Utvikling: P-Kreatinin/ });
    await expect(chart.querySelectorAll('.pps-trend__break')).toHaveLength(1);
    await expect(
      // µmol/L and umol/L are one unit: only the lab's change breaks the line.
      canvas.getByText(/^Brudd 1 \(.*\): nytt laboratorium \([^)]*\)\. Verdiene/),
    ).toBeVisible();
  },
};

/**
 * Each point takes focus (one Tab stop, arrow keys between points) and shows a tooltip with its
 * date, the value as the lab sent it, its flag and status; Enter opens its report. The axis has a
 * tick per year and the unit.
 */
export const PointTooltip: Story = {
  async play({ canvas, args, userEvent: user }) {
    const chart = await canvas.findByRole('img', { name: /^Utvikling: P-Kreatinin/ });
    const frame = chart.parentElement as HTMLElement;
    // Year ticks along the time axis, the unit on the value axis.
    const years = [...frame.querySelectorAll('.pps-trend__xtick[data-year] text')].map((n) => n.textContent);
    await expect(years.length).toBeGreaterThanOrEqual(5);
    for (const year of years) await expect(year).toMatch(/^20\d\d$/);
    await expect(frame.querySelector('.pps-trend__unit')?.textContent).toMatch(/mol\/L/);

    const points = within(frame).getByRole('group', { name: /^Målingene i grafen/ });
    const targets = within(points).getAllByRole('button');
    await expect(targets.filter((target) => target.tabIndex === 0)).toHaveLength(1);
    // The newest point is the one Tab stop; ArrowLeft moves to the one before.
    (targets.at(-1) as HTMLElement).focus();
    await user.keyboard('{ArrowLeft}');
    const focused = targets.at(-2) as HTMLElement;
    await expect(focused).toHaveFocus();
    const tooltip = frame.querySelector('.pps-trend__tooltip') as HTMLElement;
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent(/^\d\d\.\d\d\.\d{4}( \d\d:\d\d)?\d+ [µu]mol\/L/);
    await expect(tooltip).toHaveTextContent('Enter åpner svarrapporten.');
    await expect(focused).toHaveAccessibleName(
      /^\d\d\.\d\d\.\d{4}.*\. \d+ [µu]mol\/L.*Enter åpner svarrapporten\.$/,
    );
    await user.keyboard('{Enter}');
    await expect(args.onReportOpen).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    await expect(frame.querySelector('.pps-trend__tooltip')).toBeNull();
  },
};

/**
 * A changed (amended or corrected) value is ringed, a preliminary one hollow and dashed, and the
 * note under the chart says so: P-Kalium was corrected from 6,1 to 4,2 mmol/L.
 */
export const ChangedPoint: Story = {
  args: { defaultCode: 'NPU03230' },
  parameters: { pps: { patient: personOf('report-versions') } },
  async play({ canvas }) {
    const chart = await canvas.findByRole('img', { name: /^Utvikling: P-Kalium/ });
    const frame = chart.parentElement as HTMLElement;
    await expect(frame.querySelectorAll('.pps-trend__ring')).toHaveLength(1);
    await expect(canvas.getByText(/^Hul, stiplet prikk: foreløpig verdi\./)).toBeVisible();
    const changed = frame.querySelector<HTMLElement>('.pps-trend__target[data-mark="changed"]');
    await expect(changed).toHaveAccessibleName(/4,2 mmol\/L.*Endret/);
  },
};

export const HbA1cOverTenYears: Story = {
  args: { defaultCode: 'NPU27300' },
  async play({ canvas, args }) {
    await canvas.findByRole('img', { name: /^Utvikling: B-HbA1c/ });
    await userEvent.click(canvas.getByText('Verdiene som tabell'));
    const table = canvas.getByRole('table', { name: 'B-HbA1c' });
    await userEvent.click(within(table).getAllByRole('button')[0] as HTMLElement);
    await expect(args.onReportOpen).toHaveBeenCalled();
  },
};

export const LeukocytesWithANewRange: Story = {
  args: { defaultCode: 'NPU02593' },
  async play({ canvas }) {
    await canvas.findByRole('img');
    await expect(canvas.getByText(/nytt referanseområde \(3,5 - 10,0 → 3,5 - 11,0\)/)).toBeVisible();
  },
};

export const LastYear: Story = {
  args: { defaultYears: 1 },
  async play({ canvas }) {
    await canvas.findByRole('img');
    await expect(canvas.getByRole('radio', { name: '1 år' })).toBeChecked();
  },
};

export const NoNumbers: Story = {
  args: { defaultCode: 'NPU01945' },
  async play({ canvas }) {
    await expect(await canvas.findByText('Ingen tallverdier for denne analysen i perioden.')).toBeVisible();
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

export const Reserved: Story = {
  parameters: { pps: { patient: personOf('reservation') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Pasienten har reservert seg')).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    await expect(await canvas.findByRole('img', { name: /^Trend: P-Kreatinin/ })).toBeVisible();
    await expect(canvas.getByText(/^Break 1/)).toBeVisible();
  },
};

/** The host holds the analysis (`code` with `onCodeChange`): the list and the host agree. */
function AnalysisHeldByTheHost() {
  const [code, setCode] = useState('NPU04998');
  return (
    <>
      <p>
        <button type="button" onClick={() => setCode('NPU03577')}>
          Vertens knapp: vis TSH
        </button>
      </p>
      <p data-testid="host-code">{`Vertens analyse: ${code}`}</p>
      <TrendChart code={code} onCodeChange={setCode} />
    </>
  );
}

export const ControlledByTheHost: Story = {
  render: () => <AnalysisHeldByTheHost />,
  async play({ canvas }) {
    await canvas.findByRole('img', { name: /^Utvikling: P-Kreatinin/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Vertens knapp: vis TSH' }));
    await expect(await canvas.findByRole('heading', { name: 'Utvikling: P-TSH' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Analyse' })).toHaveValue('NPU03577');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Analyse' }), 'NPU04998');
    await expect(canvas.getByTestId('host-code')).toHaveTextContent('Vertens analyse: NPU04998');
    await expect(await canvas.findByRole('img', { name: /^Utvikling: P-Kreatinin/ })).toBeVisible();
  },
};

/** No analysis given: the chart shows the first the patient has, and the list offers the rest. */
export const NoAnalysisGiven: Story = {
  args: { defaultCode: undefined },
  async play({ canvas }) {
    const select = (await canvas.findByRole('combobox', { name: 'Analyse' })) as HTMLSelectElement;
    const first = select.options[0];
    await expect(select.value).toBe(first?.value);
    await expect(
      await canvas.findByRole('heading', { level: 2, name: `Utvikling: ${first?.textContent}` }),
    ).toBeVisible();
  },
};

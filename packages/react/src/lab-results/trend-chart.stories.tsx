import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import { personOf } from '../testing/mock-server';
import { TrendChart } from './trend-chart';

/**
 * One analysis over time, in SVG: the reference band, flagged points as triangles (never only a
 * colour), a numbered marker and an explanation wherever the lab, the unit or the range changes,
 * a one-line summary, and the values as a table.
 */
const meta = {
  title: 'Lab results/TrendChart',
  component: TrendChart,
  args: { code: 'NPU04998', onReportOpen: fn() },
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

export const HbA1cOverTenYears: Story = {
  args: { code: 'NPU27300' },
  async play({ canvas, args }) {
    await canvas.findByRole('img', { name: /^Utvikling: B-HbA1c/ });
    await userEvent.click(canvas.getByText('Verdiene som tabell'));
    const table = canvas.getByRole('table', { name: 'B-HbA1c' });
    await userEvent.click(within(table).getAllByRole('button')[0] as HTMLElement);
    await expect(args.onReportOpen).toHaveBeenCalled();
  },
};

export const LeukocytesWithANewRange: Story = {
  args: { code: 'NPU02593' },
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
  args: { code: 'NPU01945' },
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

import { getDefaultDataset, patientWithScenario, type ScenarioName } from '@pps-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LabReportList } from './lab-report-list';

const patientWith = (scenario: ScenarioName) => ({ personId: patientWithScenario(scenario).personId });
const amendedReportId = getDefaultDataset()[patientWithScenario('report-versions').personId]?.find(
  (r) => r.resourceType === 'DiagnosticReport' && JSON.stringify(r).includes('KK26-560013'),
)?.id;

/**
 * The open patient's lab reports, newest first. Every state has a story; the states that are
 * not data (loading, error, blocked, reserved, no data, no patient) come from the shared
 * `DataState` and look the same in every pps-kit view.
 */
const meta = {
  title: 'Lab results/LabReportList',
  component: LabReportList,
  args: { onReportOpen: fn() },
} satisfies Meta<typeof LabReportList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  async play({ canvas, args }) {
    const table = await canvas.findByRole('table', { name: 'Prøvesvar' });
    const rows = within(table).getAllByRole('row');
    await expect(rows[1]).toHaveTextContent('15.11.2026 12:00');
    await expect(rows[1]).toHaveTextContent('Endret');
    await expect(rows[2]).toHaveTextContent('Kansellert');
    await userEvent.click(within(rows[1] as HTMLElement).getByRole('button'));
    await expect(args.onReportOpen).toHaveBeenCalledWith(amendedReportId);
  },
};

export const WithoutOpenButtons: Story = {
  render: ({ onReportOpen: _ignored, ...args }) => <LabReportList {...args} />,
  async play({ canvas }) {
    await canvas.findByRole('table');
    await expect(canvas.queryByRole('button')).toBeNull();
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

export const NoData: Story = {
  parameters: { pps: { patient: patientWith('no-data') } },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeInTheDocument();
  },
};

export const BlockedForAll: Story = {
  parameters: { pps: { patient: patientWith('general-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret')).toBeInTheDocument();
    await expect(canvas.getByText(/for alt helsepersonell/)).toBeInTheDocument();
  },
};

export const BlockedForYou: Story = {
  parameters: { pps: { patient: patientWith('specific-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret for deg')).toBeInTheDocument();
  },
};

export const Reserved: Story = {
  parameters: { pps: { patient: patientWith('reservation') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Pasienten har reservert seg')).toBeInTheDocument();
  },
};

export const ServiceUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post('*/DiagnosticReport/_search', () => new HttpResponse('Service Unavailable', { status: 503 })),
    );
  },
  async play({ canvas }) {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Pasientens prøvesvar svarer ikke nå (HTTP 503)');
    await expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
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

export const NoPatient: Story = {
  parameters: { pps: { patient: null } },
  async play({ canvas }) {
    await expect(canvas.getByText('Ingen pasient er valgt.')).toBeInTheDocument();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  async play({ canvas }) {
    const table = await canvas.findByRole('table', { name: 'Prøvesvar' });
    await expect(within(table).getByText('Endra')).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    const table = await canvas.findByRole('table', { name: 'Lab results' });
    await expect(within(table).getByRole('columnheader', { name: 'Sample time' })).toBeVisible();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect } from 'storybook/test';
import { personOf, reportIdOf } from '../testing/mock-server';
import { RequisitionPanel } from './requisition-panel';

/**
 * The requisition behind a report (the ServiceRequest PPS includes with it): requester, dates,
 * reasons, comments, payment category, the patient's reservations and the specimens. LabReportView
 * shows the same panel; here it stands alone, given a report id.
 */
const meta = {
  title: 'Requisitions/RequisitionPanel',
  component: RequisitionPanel,
  args: { reportId: reportIdOf('PK-2026-77120') },
  parameters: { pps: { patient: personOf('repeat-copies') } },
} satisfies Meta<typeof RequisitionPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FromAReport: Story = {
  async play({ canvas }) {
    await expect(await canvas.findByText(/Kari Klinikersen/)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Prøver' })).toBeVisible();
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

export const Blocked: Story = {
  parameters: { pps: { patient: personOf('specific-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret for deg')).toBeVisible();
  },
};

export const ReportNotFound: Story = {
  args: { reportId: 'not-a-report' },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Pasientens prøvesvar har ingen svarrapport med dette nummeret for pasienten.'),
    ).toBeVisible();
  },
};

import type { LabReport } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect } from 'storybook/test';
import { labResultsMessages } from '../lab-results/messages';
import { RequisitionFields } from '../lab-results/report-parts/requisition';
import { useLabReport } from '../lab-results/use-lab-report';
import { useMessages } from '../shared/use-messages';
import { personOf, reportIdOf } from '../testing/mock-server';
import { RequisitionPanel, RequisitionSection } from './requisition-panel';

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

/** A report the host already has: the panel as LabReportView embeds it (`RequisitionSection`). */
function Embedded({ reportId, without }: { reportId: string; without?: 'requisition' }) {
  const query = useLabReport(reportId);
  const t = useMessages(labResultsMessages);
  const loaded = query.data?.report;
  if (!loaded) return <p role="status">…</p>;
  const { requisition, ...rest } = loaded;
  const report: LabReport = without === 'requisition' || !requisition ? rest : { ...rest, requisition };
  return (
    <div className="pps-root">
      <RequisitionSection report={report} t={t} headingLevel={2} />
    </div>
  );
}

export const InsideTheReportView: Story = {
  render: (args) => <Embedded reportId={args.reportId ?? ''} />,
  async play({ canvas }) {
    const section = await canvas.findByRole('region', { name: 'Rekvisisjon' });
    await expect(section).toHaveTextContent(/Mottatt på laboratoriet\d\d\.\d\d\.2026/);
    await expect(canvas.getByRole('heading', { name: 'Prøver', level: 3 })).toBeVisible();
  },
};

export const ReportWithoutRequisition: Story = {
  render: (args) => <Embedded reportId={args.reportId ?? ''} without="requisition" />,
  async play({ canvas }) {
    // Embedded in a report view, the specimens still show without a requisition heading.
    await expect(await canvas.findByRole('heading', { name: 'Prøver', level: 2 })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Rekvisisjon' })).toBeNull();
  },
};

/** The fields alone (`RequisitionFields`), for a host's own layout. */
function FieldsOnly({ reportId }: { reportId: string }) {
  const query = useLabReport(reportId);
  const t = useMessages(labResultsMessages);
  const requisition = query.data?.report?.requisition;
  return (
    <div className="pps-root">
      {requisition ? <RequisitionFields requisition={requisition} messages={t} /> : null}
    </div>
  );
}

export const FieldsForAHostLayout: Story = {
  render: (args) => <FieldsOnly reportId={args.reportId ?? ''} />,
  async play({ canvas }) {
    await expect(await canvas.findByText('Rekvirent')).toBeVisible();
    await expect(canvas.getByText('Rekvisisjonsdato')).toBeVisible();
  },
};

import type { ParekRequisition } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { dataStateMessages } from '../shared/messages';
import { requisitionMessages } from './messages';
import { RequisitionProgress } from './requisition-progress';

/**
 * A requisition's progress tracker: requested (with its date), sampling (the specimens taken so
 * far, each one sentence), and completed or revoked. The current step is `aria-current="step"`,
 * and each step's state is said in words, not only by its marker.
 */
const t = { ...requisitionMessages.nb, ...dataStateMessages.nb };

const base: ParekRequisition = {
  id: 'sr-1',
  status: 'active',
  stage: 'planned',
  analyses: [{ name: 'HbA1c' }],
  authoredOn: '2026-11-20',
  notes: [],
  specimens: [],
};

const meta = {
  title: 'Requisitions/RequisitionProgress',
  component: RequisitionProgress,
  args: { requisition: base, t, locale: 'nb' },
  render: (args) => (
    <div className="pps-root pps-requisitions">
      <RequisitionProgress {...args} />
    </div>
  ),
} satisfies Meta<typeof RequisitionProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

const stepsOf = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('list', { name: 'Fremdrift' }))
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('pps-steps__step'));

export const NoSpecimensYet: Story = {
  async play({ canvasElement }) {
    const steps = stepsOf(canvasElement);
    await expect(steps.map((step) => step.getAttribute('data-step-state'))).toEqual([
      'done',
      'current',
      'todo',
    ]);
    await expect(steps[0]).toHaveTextContent('Rekvirert (ferdig)20.11.2026');
    await expect(steps[1]).toHaveAttribute('aria-current', 'step');
    await expect(steps[1]).toHaveTextContent('Ingen prøver tatt ennå');
    await expect(steps[2]).toHaveTextContent('Fullført');
  },
};

export const SpecimensTaken: Story = {
  args: {
    requisition: {
      ...base,
      stage: 'collecting',
      specimens: [
        {
          id: 's1',
          type: 'Blod',
          collected: '2026-12-02T08:15:00+01:00',
          accession: 'A1',
          collector: 'Legekontoret',
        },
        { id: 's2', accession: 'A2' },
      ],
    },
  },
  async play({ canvasElement }) {
    const sampling = stepsOf(canvasElement)[1];
    await expect(sampling).toHaveTextContent('2 prøver tatt');
    const lines = within(sampling as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // A specimen the lab gave no type or time for still reads as a whole sentence.
    await expect(lines).toEqual([
      'Blod, tatt 02.12.2026 08:15 (prøvenr. A1), Legekontoret',
      'Prøve (prøvenr. A2)',
    ]);
  },
};

export const Completed: Story = {
  args: {
    requisition: {
      ...base,
      stage: 'completed',
      status: 'completed',
      specimens: [{ id: 's1', type: 'Blod', collected: '2026-12-02T08:15:00+01:00' }],
    },
  },
  async play({ canvasElement }) {
    const steps = stepsOf(canvasElement);
    await expect(steps.map((step) => step.getAttribute('data-step-state'))).toEqual([
      'done',
      'done',
      'current',
    ]);
    await expect(steps[2]).toHaveTextContent('Fullført (nå)');
  },
};

export const Revoked: Story = {
  args: { requisition: { ...base, stage: 'revoked', status: 'revoked' } },
  async play({ canvasElement }) {
    const steps = stepsOf(canvasElement);
    await expect(steps[2]).toHaveTextContent('Tilbakekalt (nå)');
    await expect(steps[2]).toHaveAttribute('aria-current', 'step');
  },
};

/** Without a date it was asked for, the first step says only that it was. */
export const NoRequestDate: Story = {
  args: {
    requisition: { id: 'sr-3', status: 'active', stage: 'planned', analyses: [], notes: [], specimens: [] },
  },
  async play({ canvasElement }) {
    await expect(stepsOf(canvasElement)[0]?.textContent).toBe('✓Rekvirert (ferdig)');
  },
};

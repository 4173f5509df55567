import type { ParekRequisition } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { dataStateMessages } from '../shared/messages';
import { requisitionMessages } from './messages';
import { RequisitionCard } from './requisition-card';

/**
 * One requisition as `RequisitionList` shows it: its name, stage (glyph and words) and sampling
 * window, the analyses, when the samples are due, who asked, notes, and the progress tracker.
 * Every stage and window, and a requisition with only its analyses.
 */
const t = { ...requisitionMessages.nb, ...dataStateMessages.nb };

const base: ParekRequisition = {
  id: 'sr-1',
  status: 'active',
  stage: 'planned',
  title: 'Årskontroll diabetes',
  analyses: [{ code: 'NPU27300', name: 'HbA1c' }, { name: 'Kreatinin' }],
  period: { start: '2026-12-01', end: '2026-12-15' },
  authoredOn: '2026-11-20',
  requester: { person: 'Magnar Koman', organisation: 'Kattskinnet legesenter' },
  notes: ['Fastende prøve.'],
  specimens: [],
};

const meta = {
  title: 'Requisitions/RequisitionCard',
  component: RequisitionCard,
  args: { requisition: base, t, locale: 'nb', headingLevel: 3 },
  render: (args) => (
    <div className="pps-root pps-requisitions">
      <ul className="pps-cards" aria-label="Rekvisisjoner">
        <RequisitionCard {...args} />
      </ul>
    </div>
  ),
} satisfies Meta<typeof RequisitionCard>;

export default meta;
type Story = StoryObj<typeof meta>;

const cardOf = (canvasElement: HTMLElement, name: string | RegExp) =>
  within(canvasElement).getByRole('listitem', { name });

export const WaitingNotStarted: Story = {
  args: { requisition: { ...base, window: 'upcoming' } },
  async play({ canvasElement }) {
    const card = cardOf(canvasElement, 'Årskontroll diabetes');
    await expect(card).toHaveAttribute('data-stage', 'planned');
    await expect(card).toHaveTextContent('○ Venter på prøvetaking · Ikke startet');
    await expect(card).toHaveTextContent('HbA1c, Kreatinin');
    await expect(card).toHaveTextContent('01.12.2026–15.12.2026');
    await expect(card).toHaveTextContent('Magnar Koman, Kattskinnet legesenter');
    await expect(card).toHaveTextContent('Fastende prøve.');
    await expect(card).toHaveTextContent('Ingen prøver tatt ennå');
  },
};

export const SamplingNow: Story = {
  args: { requisition: { ...base, window: 'open' } },
  async play({ canvasElement }) {
    await expect(cardOf(canvasElement, 'Årskontroll diabetes')).toHaveTextContent(
      'Venter på prøvetaking · Prøvetaking nå',
    );
  },
};

export const Overdue: Story = {
  args: { requisition: { ...base, window: 'overdue', period: { end: '2026-11-30' } } },
  async play({ canvasElement }) {
    const card = cardOf(canvasElement, 'Årskontroll diabetes');
    await expect(card).toHaveTextContent('Venter på prøvetaking · Fristen er passert');
    await expect(card).toHaveTextContent('Innen 30.11.2026');
  },
};

export const Collecting: Story = {
  args: {
    requisition: {
      ...base,
      stage: 'collecting',
      window: 'open',
      period: { start: '2026-12-01' },
      specimens: [
        {
          id: 's1',
          type: 'Blod',
          collected: '2026-12-02T08:15:00+01:00',
          accession: 'A1',
          collector: 'Legekontoret',
        },
      ],
    },
  },
  async play({ canvasElement }) {
    const card = cardOf(canvasElement, 'Årskontroll diabetes');
    await expect(card).toHaveTextContent('◐ Prøvetaking pågår');
    await expect(card).toHaveTextContent('Fra 01.12.2026');
    await expect(card).toHaveTextContent('1 prøve tatt');
    await expect(card).toHaveTextContent('Blod, tatt 02.12.2026 08:15 (prøvenr. A1), Legekontoret');
  },
};

export const Completed: Story = {
  args: { requisition: { ...base, stage: 'completed', status: 'completed' } },
  async play({ canvasElement }) {
    await expect(cardOf(canvasElement, 'Årskontroll diabetes')).toHaveTextContent('✓ Fullført');
  },
};

export const Revoked: Story = {
  args: { requisition: { ...base, stage: 'revoked', status: 'revoked' } },
  async play({ canvasElement }) {
    await expect(cardOf(canvasElement, 'Årskontroll diabetes')).toHaveTextContent('✕ Tilbakekalt');
  },
};

export const UnknownStatus: Story = {
  args: { requisition: { ...base, stage: 'other', status: 'unknown' } },
  async play({ canvasElement }) {
    await expect(cardOf(canvasElement, 'Årskontroll diabetes')).toHaveTextContent('? Ukjent status');
  },
};

/** No name, period, requester or notes: the analyses name the card, and nothing is left blank. */
export const OnlyAnalyses: Story = {
  args: {
    requisition: {
      id: 'sr-2',
      status: 'active',
      stage: 'planned',
      analyses: [{ name: 'TSH' }, { name: 'Fritt T4' }],
      notes: [],
      specimens: [],
    },
  },
  async play({ canvasElement }) {
    const card = cardOf(canvasElement, 'TSH, Fritt T4');
    await expect(card).not.toHaveTextContent('Rekvirent');
    await expect(card).not.toHaveTextContent('Merknad');
    await expect(
      within(card)
        .queryAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Analyser']);
  },
};

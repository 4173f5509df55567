import type { Classification } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useMessages } from '../shared/use-messages';
import { labResultsMessages } from './messages';
import { ResultFlag } from './result-parts';
import { FLAG_GLYPH } from './value-words';

/**
 * A result's class as every view shows it: a glyph (`FLAG_GLYPH`) and words (`flagWords`), never
 * colour alone; a critical value says its direction; a class pps-kit computed says so.
 */
const meta = {
  title: 'Lab results/ResultFlag',
  component: ResultFlag,
  args: {
    classification: { class: 'critical', source: 'lab', reason: 'lab-flag-hl7', direction: 'low' },
    messages: labResultsMessages.nb,
  },
  render: (args) => <Localized {...args} />,
} satisfies Meta<typeof ResultFlag>;

export default meta;
type Story = StoryObj<typeof meta>;

function Localized(props: { classification: Classification }) {
  const t = useMessages(labResultsMessages);
  return (
    <p className="pps-root">
      <ResultFlag classification={props.classification} messages={t} />
    </p>
  );
}

export const CriticalLow: Story = {
  async play({ canvas }) {
    await expect(canvas.getByText(/Kritisk lav/)).toBeVisible();
    await expect(canvas.getByText(FLAG_GLYPH.critical)).toBeInTheDocument();
  },
};

export const ComputedHigh: Story = {
  args: { classification: { class: 'high', source: 'computed', reason: 'computed-above-range' } },
  async play({ canvas }) {
    await expect(canvas.getByText(/Høy/)).toHaveTextContent('↑ Høy (beregnet*)');
  },
};

export const Unrecognised: Story = {
  args: {
    classification: {
      class: 'unknown',
      source: 'lab',
      reason: 'lab-flag-unrecognised',
      flag: { code: 'W', display: 'Svakt' },
    },
  },
  async play({ canvas }) {
    await expect(canvas.getByText(/Merket: Svakt/)).toBeVisible();
  },
};

const EVERY: Classification[] = [
  { class: 'high', source: 'lab', reason: 'lab-flag' },
  { class: 'low', source: 'lab', reason: 'lab-flag' },
  { class: 'outside', source: 'lab', reason: 'lab-flag' },
  { class: 'critical', source: 'lab', reason: 'lab-flag-hl7', direction: 'high' },
  { class: 'critical', source: 'lab', reason: 'lab-flag-hl7', direction: 'low' },
  { class: 'critical', source: 'lab', reason: 'lab-flag-hl7' },
  { class: 'low', source: 'computed', reason: 'computed-below-range' },
  { class: 'unknown', source: 'lab', reason: 'lab-flag-unrecognised', flag: { code: 'W' } },
];

function EveryClass() {
  const t = useMessages(labResultsMessages);
  return (
    <ul className="pps-root">
      {EVERY.map((c) => (
        <li key={`${c.class}-${c.source}-${c.direction ?? ''}-${c.reason}`} data-class={c.class}>
          <ResultFlag classification={c} messages={t} />
        </li>
      ))}
    </ul>
  );
}

/** Every class side by side: each glyph and its words, for designers. */
export const EveryFlag: Story = {
  render: () => <EveryClass />,
  async play({ canvas }) {
    const items = canvas.getAllByRole('listitem');
    await expect(items).toHaveLength(EVERY.length);
    // Written out here, not asked of flagWords: the story checks what a clinician reads.
    const shown = [
      '↑ Høy',
      '↓ Lav',
      '↕ Utenfor',
      '‼ Kritisk høy',
      '‼ Kritisk lav',
      '‼ Kritisk',
      '↓ Lav (beregnet*)',
      '? Merket: W',
    ];
    for (const [index, item] of items.entries()) await expect(item).toHaveTextContent(shown[index] as string);
  },
};

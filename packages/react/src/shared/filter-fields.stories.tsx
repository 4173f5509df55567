import { type Fagomrade, PpsHttpError } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FagomradeField, OnlyAbnormalField } from '../lab-results/filter-fields';
import { labResultsMessages } from '../lab-results/messages';
import { DateField } from './date-field';
import { dataStateMessages } from './messages';
import { SkipButton } from './skip-button';
import { useMessages } from './use-messages';
import { ViewFrame } from './view-frame';

/**
 * The building blocks the overview, the flowsheet and the trend share: `ViewFrame` (the section,
 * its heading and the one state machine for what is not data), the filter bar's `FagomradeField`,
 * `DateField` and `OnlyAbnormalField`, and `SkipButton`, which takes a keyboard past the filters.
 */
const meta = {
  title: 'Building blocks/Filters and frame',
  component: DateField,
  args: { label: 'Fra', value: '', onChange: fn() },
  render: (args) => (
    <div className="pps-root">
      <DateField {...args} />
    </div>
  ),
} satisfies Meta<typeof DateField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `DateField`, empty: the label says the format it reads (dd.mm.åååå). */
export const DateFieldEmpty: Story = {
  async play({ canvas }) {
    await expect(canvas.getByRole('textbox', { name: /Fra/ })).toHaveValue('');
    await expect(canvas.getByText(/dd\.mm\.åååå/)).toBeVisible();
  },
};

/** `DateField`, typed: a whole date is handed on as an ISO day. */
export const DateFieldTyped: Story = {
  async play({ canvas, args }) {
    await userEvent.type(canvas.getByRole('textbox', { name: /Fra/ }), '01.12.2026');
    await expect(args.onChange).toHaveBeenLastCalledWith('2026-12-01');
  },
};

/** `DateField`, invalid: a text that is no date is marked and says so; nothing is handed on. */
export const DateFieldInvalid: Story = {
  async play({ canvas, args }) {
    const input = canvas.getByRole('textbox', { name: /Fra/ });
    await userEvent.type(input, '31.02.2026');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/.+/);
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

function Fields() {
  const t = useMessages(labResultsMessages);
  const [fagomrade, setFagomrade] = useState<Fagomrade | ''>('');
  const [only, setOnly] = useState(false);
  return (
    <div className="pps-root">
      <div className="pps-toolbar">
        <SkipButton label={t.skipFilters} target={() => document.getElementById('story-results')} />
        <FagomradeField value={fagomrade} onChange={setFagomrade} t={t} />
        <OnlyAbnormalField checked={only} onChange={setOnly} t={t} />
      </div>
      <p id="story-results" tabIndex={-1} data-fagomrade={fagomrade} data-only={String(only)}>
        {t.overviewHeading}
      </p>
    </div>
  );
}

/** `FagomradeField` and `OnlyAbnormalField`: every fagområde or one, and "Bare avvik". */
export const FagomradeAndOnlyAbnormal: Story = {
  render: () => <Fields />,
  async play({ canvas, canvasElement }) {
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /Fagområde/ }), 'MBIO');
    await userEvent.click(canvas.getByRole('checkbox', { name: /avvik/i }));
    const results = canvasElement.querySelector('#story-results');
    await expect(results).toHaveAttribute('data-fagomrade', 'MBIO');
    await expect(results).toHaveAttribute('data-only', 'true');
    await expect(
      within(canvas.getByRole('combobox', { name: /Fagområde/ })).getByRole('option', {
        name: 'Medisinsk mikrobiologi',
      }),
    ).toBeInTheDocument();
  },
};

/** `SkipButton`: the first Tab shows it; Enter takes focus past the filters. */
export const SkipPastFilters: Story = {
  render: () => <Fields />,
  async play({ canvas, canvasElement }) {
    await userEvent.tab();
    const skip = canvas.getByRole('button', { name: /Hopp over filtrene/ });
    await expect(skip).toHaveFocus();
    await expect(skip).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('#story-results')).toHaveFocus();
  },
};

function Frame({ state }: { state: 'loading' | 'error' | 'data' }) {
  const t = useMessages(dataStateMessages);
  return (
    <ViewFrame
      view="pps-overview"
      headingId="story-frame"
      heading="Prøvesvar"
      headingLevel={2}
      elevatedAccessBanner={false}
      state={
        state === 'data'
          ? { kind: 'data' }
          : state === 'loading'
            ? { kind: 'loading' }
            : { kind: 'error', error: new PpsHttpError({ status: 503 }), service: 'pps' }
      }
      messages={t}
    >
      {() => <p>Data</p>}
    </ViewFrame>
  );
}

/** `ViewFrame` while loading: the section is busy and says what it waits for. */
export const FrameLoading: Story = {
  render: () => <Frame state="loading" />,
  async play({ canvas }) {
    const region = canvas.getByRole('region', { name: 'Prøvesvar' });
    await expect(region).toHaveAttribute('aria-busy', 'true');
    await expect(region).toHaveAttribute('data-state', 'loading');
    await expect(canvas.queryByText('Data')).toBeNull();
  },
};

/** `ViewFrame` when the service fails: an error in words, never "no results", never the data. */
export const FrameError: Story = {
  render: () => <Frame state="error" />,
  async play({ canvas }) {
    const region = canvas.getByRole('region', { name: 'Prøvesvar' });
    await expect(region).toHaveAttribute('data-state', 'error');
    await expect(region).toHaveTextContent(/503/);
    await expect(canvas.queryByText('Data')).toBeNull();
  },
};

/** `ViewFrame` with data: the view's own content under the heading. */
export const FrameData: Story = {
  render: () => <Frame state="data" />,
  async play({ canvas }) {
    const region = canvas.getByRole('region', { name: 'Prøvesvar' });
    await expect(region).toHaveAttribute('data-state', 'data');
    await expect(region).toHaveAttribute('aria-busy', 'false');
    await expect(canvas.getByText('Data')).toBeVisible();
  },
};

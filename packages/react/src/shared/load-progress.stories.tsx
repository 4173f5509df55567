import { PpsHttpError, PpsNetworkError } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { personOf } from '../testing/mock-server';
import { LoadProgress, type LoadProgressProps } from './load-progress';
import { dataStateMessages } from './messages';
import { useMessages } from './use-messages';

/**
 * While a long history loads page by page, the overview, the flowsheet and the trend show how far
 * it has come; if a page fails, the error with a retry that keeps what is already loaded.
 */
const meta = {
  title: 'Lab results/LoadProgress',
  component: LoadProgress,
  args: {
    progress: { loaded: 150, total: 420 },
    isLoadingMore: true,
    pageError: undefined,
    onRetry: fn(),
    messages: dataStateMessages.nb, // replaced by the toolbar's language
  },
  parameters: { pps: { patient: personOf('gp-chemistry') } },
  render: (args) => <WithMessages {...args} />,
} satisfies Meta<typeof LoadProgress>;

export default meta;
type Story = StoryObj<typeof meta>;

function WithMessages(props: LoadProgressProps) {
  const t = useMessages(dataStateMessages);
  return (
    <div className="pps-root">
      <LoadProgress {...props} messages={t} />
    </div>
  );
}

export const KnownTotal: Story = {
  async play({ canvas }) {
    await expect(canvas.getByRole('status')).toHaveTextContent('Henter svarrapporter: 150 av 420');
  },
};

export const UnknownTotal: Story = {
  args: { progress: { loaded: 150, total: undefined } },
  async play({ canvas }) {
    await expect(canvas.getByRole('status')).toHaveTextContent('Henter svarrapporter: 150 så langt');
  },
};

export const PageFailed: Story = {
  args: { isLoadingMore: false, pageError: new PpsNetworkError('The connection was lost', 'c-1') },
  async play({ canvas, args }) {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('Ikke alle svarrapportene kunne hentes');
    await expect(canvas.getByText('Viser de 150 som kom før feilen.')).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const PageRefused: Story = {
  args: {
    isLoadingMore: false,
    pageError: new PpsHttpError({ status: 403, bodyText: 'Forbidden' }),
  },
  async play({ canvas }) {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('(HTTP 403)');
    // Trying again cannot help with a refusal.
    await expect(within(alert).queryByRole('button')).toBeNull();
  },
};

export const Complete: Story = {
  args: { isLoadingMore: false, progress: { loaded: 420, total: 420 } },
  async play({ canvasElement }) {
    await expect(canvasElement.querySelector('.pps-progress, .pps-page-error')).toBeNull();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { dataStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { personOf } from '../testing/mock-server';
import { AccessRestrictionNotice, RestrictionNotice } from './access-restriction-notice';
import { accessMessages } from './messages';

/**
 * What keeps a patient's lab results from view, in plain words: never "no results". Every data
 * view shows it in place of data; it can also be shown on its own from a search result's
 * `privacy` codes. Only a General block offers elevated access.
 */
const meta = {
  title: 'Access restrictions/AccessRestrictionNotice',
  component: AccessRestrictionNotice,
  parameters: { pps: { patient: personOf('general-block') } },
} satisfies Meta<typeof AccessRestrictionNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BlockedForAll: Story = {
  args: { codes: ['General'] },
  async play({ canvas }) {
    await expect(canvas.getByText('Prøvesvarene er sperret')).toBeVisible();
    await expect(canvas.getByText(/med forhøyet tilgangsgrunnlag/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Gi forhøyet tilgang …' })).toBeVisible();
  },
};

export const BlockedForYou: Story = {
  args: { codes: ['Specific'] },
  async play({ canvas }) {
    await expect(canvas.getByText('Prøvesvarene er sperret for deg')).toBeVisible();
    await expect(canvas.getByText(/kan ikke oppheves herfra/)).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const Reserved: Story = {
  args: { codes: ['Reservation'] },
  async play({ canvas }) {
    await expect(canvas.getByText('Pasienten har reservert seg')).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Several outcomes: the most restrictive is explained. */
export const MostRestrictiveWins: Story = {
  args: { codes: ['General', 'Reservation'] },
  async play({ canvas }) {
    await expect(canvas.getByText('Pasienten har reservert seg')).toBeVisible();
  },
};

export const NoData: Story = {
  args: { codes: [] },
  async play({ canvas }) {
    await expect(
      canvas.getByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeVisible();
  },
};

export const Nynorsk: Story = {
  args: { codes: ['General'] },
  globals: { locale: 'nn' },
  async play({ canvas }) {
    // Nynorsk loads on demand (the notice says "Lastar …" meanwhile, never bokmål).
    await expect(await canvas.findByText('Prøvesvara er sperra')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Gi forhøgd tilgang …' })).toBeVisible();
  },
};

export const English: Story = {
  args: { codes: ['Specific'] },
  globals: { locale: 'en' },
  async play({ canvas }) {
    await expect(await canvas.findByText('Lab results are blocked for you')).toBeVisible();
  },
};

/**
 * Every outcome side by side, as the data views show it: `RestrictionNotice` is the same notice
 * with the view's own texts already resolved (DataState renders it for hidden or missing data).
 */
export const EveryOutcomeInAView: Story = {
  args: { codes: ['General'] },
  render: () => <EveryOutcome />,
  async play({ canvas }) {
    const notices = canvas.getAllByRole('status');
    await expect(notices.map((n) => n.getAttribute('data-privacy'))).toEqual([
      'General',
      'Specific',
      'Reservation',
    ]);
    await expect(
      canvas.getByText('Pasientens prøvesvar har ingen prøvesvar for denne pasienten.'),
    ).toBeVisible();
  },
};

function EveryOutcome() {
  const t = useMergedMessages(dataStateMessages, accessMessages);
  return (
    <div className="pps-root" style={{ display: 'grid', gap: '1rem' }}>
      {(['General', 'Specific', 'Reservation', 'no-data'] as const).map((outcome) => (
        <RestrictionNotice key={outcome} outcome={outcome} t={t} access={t} />
      ))}
    </div>
  );
}

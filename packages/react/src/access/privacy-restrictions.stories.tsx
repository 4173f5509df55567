import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect } from 'storybook/test';
import { personOf } from '../testing/mock-server';
import { PrivacyRestrictions } from './privacy-restrictions';

/**
 * The patient's own privacy restrictions in PTS that concern lab results, read-only: block or
 * shield, whether an emergency can lift it, whom and which period it covers.
 */
const meta = {
  title: 'Access restrictions/PrivacyRestrictions',
  component: PrivacyRestrictions,
  parameters: { pps: { patient: personOf('general-block') } },
} satisfies Meta<typeof PrivacyRestrictions>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SoftBlockForAll: Story = {
  async play({ canvas }) {
    await expect(await canvas.findByText('Sperring (satt av pasienten)')).toBeVisible();
    await expect(canvas.getByText('Kan oppheves i en akuttsituasjon')).toBeVisible();
    await expect(canvas.getByText('Alt helsepersonell')).toBeVisible();
  },
};

export const HardBlockOnNamedOrganisations: Story = {
  parameters: { pps: { patient: personOf('specific-block') } },
  async play({ canvas }) {
    await expect(await canvas.findByText('Kan ikke oppheves, heller ikke i en akuttsituasjon')).toBeVisible();
    await expect(canvas.getByText(/Fjordbyen legekontor/)).toBeVisible();
    await expect(canvas.getByText('Fra 01.01.2025')).toBeVisible();
  },
};

export const None: Story = {
  parameters: { pps: { patient: personOf('gp-chemistry') } },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Pasienten har ingen personvernsperringer i PTS som gjelder prøvesvar.'),
    ).toBeVisible();
  },
};

export const PtsUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(http.post('*/access-restrictions/patient-privacy/_search', () => HttpResponse.error()));
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Fikk ikke kontakt/);
  },
};

export const NotConnected: Story = {
  parameters: { pps: { patient: personOf('general-block'), withoutPtsAndParek: true } },
  async play({ canvas }) {
    await expect(
      canvas.getByText('Tilgangsstyring (PTS) er ikke koblet til i denne journalen.'),
    ).toBeVisible();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  async play({ canvas }) {
    await expect(await canvas.findByText('Sperring (sett av pasienten)')).toBeVisible();
  },
};

import { WITHHOLD_CODES } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { personOf, reportIdOf, reportIdWithCode } from '../testing/mock-server';
import { PatientSafetyRestrictions } from './patient-safety-restrictions';

/**
 * Health personnel can delay or deny the patient's own access on Helsenorge to a report or a
 * requisition (PTS patient-safety restrictions). The list shows what applies; the form creates a
 * restriction, checked by the rules PTS applies, with an error at each field. The form is
 * `SafetyRestrictionForm` (whenever `allowCreate` is on; Field Errors, Withhold Report, Requisition).
 */
const meta = {
  title: 'Access restrictions/PatientSafetyRestrictions',
  component: PatientSafetyRestrictions,
  args: { object: { type: 'Svarrapport', value: reportIdOf('PK-2026-77120') } },
  parameters: { pps: { patient: personOf('repeat-copies') } },
} satisfies Meta<typeof PatientSafetyRestrictions>;

export default meta;
type Story = StoryObj<typeof meta>;

const safetySearch = '*/v0.5/access-restrictions/patient-safety/_search';

export const NoRestriction: Story = {
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.'),
    ).toBeVisible();
    await expect(canvas.getByText('Nå')).toBeVisible();
  },
};

export const DelayedReport: Story = {
  args: { object: { type: 'Svarrapport', value: reportIdWithCode('pathology-radiology', 'HIST') } },
  parameters: { pps: { patient: personOf('pathology-radiology') } },
  async play({ canvas }) {
    const table = await canvas.findByRole('table');
    await expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^Utsatt til \d\d\.\d\d\.\d{4}/);
    await expect(canvas.getByText(/^Fra \d\d\.\d\d\.\d{4}$/)).toBeVisible();
  },
};

export const Requisition: Story = {
  args: { object: { type: 'Rekvisisjon', value: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' } },
  async play({ canvas }) {
    await canvas.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.');
    await expect(canvas.getByRole('radio', { name: 'Utsett innsyn et antall dager' })).toBeVisible();
  },
};

export const WithholdReport: Story = {
  async play({ canvas }) {
    await canvas.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.');
    await userEvent.click(canvas.getByRole('radio', { name: 'Nekt innsyn' }));
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Grunn til å nekte innsyn' }),
      'Nektet, klart utilrådelig',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Lagre' }));
    await expect(await canvas.findByText('Lagret. Pasientens innsyn er oppdatert.')).toBeVisible();
    await expect(await canvas.findByText('Aldri: holdes tilbake')).toBeVisible();
  },
};

export const FieldErrors: Story = {
  async play({ canvas }) {
    await canvas.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.');
    await userEvent.click(canvas.getByRole('button', { name: 'Lagre' }));
    await expect(canvas.getByRole('group', { name: 'Hva skal gjelde?' })).toHaveAccessibleDescription(
      'Velg hva som skal gjelde.',
    );
    await userEvent.click(canvas.getByRole('radio', { name: 'Utsett innsyn til en dato' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Lagre' }));
    await expect(canvas.getByLabelText('Synlig for pasienten fra')).toHaveAccessibleDescription(
      'Velg en dato etter i dag.',
    );
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(safetySearch, async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      'Henter restriksjoner fra tilgangsstyring (PTS) …',
    );
  },
};

export const PtsUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(safetySearch, () => new HttpResponse('Service Unavailable', { status: 503 })));
  },
  async play({ canvas }) {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('HTTP 503');
    await expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
  },
};

export const NotConnected: Story = {
  parameters: { pps: { patient: personOf('repeat-copies'), withoutPtsAndParek: true } },
  async play({ canvas }) {
    await expect(
      canvas.getByText('Tilgangsstyring (PTS) er ikke koblet til i denne journalen.'),
    ).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('No restrictions: the patient sees this on Helsenorge.'),
    ).toBeVisible();
  },
};

/**
 * Denying access asks why: one WITHHOLD reason per NORN code of code list 9603 (`WITHHOLD_CODES`),
 * in the order of the list.
 */
export const WithholdReasons: Story = {
  async play({ canvas }) {
    await canvas.findByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.');
    await userEvent.click(canvas.getByRole('radio', { name: 'Nekt innsyn' }));
    const reasons = within(canvas.getByRole('combobox', { name: 'Grunn til å nekte innsyn' })).getAllByRole(
      'option',
    );
    await expect(reasons.map((option) => option.getAttribute('value'))).toEqual(['', ...WITHHOLD_CODES]);
    await expect(reasons[1]).toHaveTextContent('Nektet, fare for liv');
  },
};

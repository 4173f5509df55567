import type { PatientSafetyRestriction } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect } from 'storybook/test';
import { personOf } from '../testing/mock-server';
import { CitizenVisibilityNote } from './citizen-visibility';

/**
 * One line under a report or a requisition: when the patient sees it on Helsenorge, from its
 * patient-safety restrictions in PTS. LabReportView shows it under the status; it renders nothing
 * when the host gave no PTS client.
 */
const meta = {
  title: 'Access restrictions/CitizenVisibilityNote',
  component: CitizenVisibilityNote,
  args: { object: { type: 'Svarrapport', value: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b' } },
  parameters: { pps: { patient: personOf('repeat-copies') } },
} satisfies Meta<typeof CitizenVisibilityNote>;

export default meta;
type Story = StoryObj<typeof meta>;

const search = '*/v0.5/access-restrictions/patient-safety/_search';
const restriction = (fields: Partial<PatientSafetyRestriction>): PatientSafetyRestriction => ({
  patientSafetyObject: {
    person: { offId: personOf('repeat-copies').personId },
    confidentialObjectId: { type: 'Svarrapport', value: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b' },
  },
  confidentialityCode: 'NORU',
  cause: 'Manual',
  ...fields,
});
const answer = (restrictions: PatientSafetyRestriction[]) => ({
  beforeEach({ msw }: { msw: { use: (...h: ReturnType<typeof http.post>[]) => void } }) {
    msw.use(http.post(search, () => HttpResponse.json(restrictions)));
  },
});

export const VisibleNow: Story = {
  ...answer([]),
  async play({ canvas }) {
    await expect(await canvas.findByText('Nå')).toBeVisible();
    await expect(canvas.getByText(/Pasienten ser svaret på Helsenorge/)).toBeVisible();
  },
};

export const DelayedUntilADate: Story = {
  ...answer([restriction({ delayDeliveryUntil: '2099-12-24T00:00:00+01:00' })]),
  async play({ canvas }) {
    await expect(await canvas.findByText('Fra 24.12.2099')).toBeVisible();
  },
};

export const DelayedWithoutADate: Story = {
  ...answer([restriction({})]),
  async play({ canvas }) {
    await expect(await canvas.findByText('Senere (utsatt innsyn)')).toBeVisible();
  },
};

export const Withheld: Story = {
  ...answer([restriction({ confidentialityCode: 'NORN_FFL', delayDeliveryUntil: '9999-12-31T23:59:59Z' })]),
  async play({ canvas }) {
    await expect(await canvas.findByText('Aldri: holdes tilbake')).toBeVisible();
  },
};

export const Checking: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(search, async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByText('Sjekker …')).toBeVisible();
  },
};

export const PtsUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => new HttpResponse('Service Unavailable', { status: 503 })));
  },
  async play({ canvas }) {
    await expect(await canvas.findByText('Ukjent: tilgangsstyring (PTS) svarer ikke')).toBeVisible();
  },
};

export const WithoutPts: Story = {
  parameters: { pps: { patient: personOf('repeat-copies'), withoutPtsAndParek: true } },
  async play({ canvasElement }) {
    await expect(canvasElement.querySelector('.pps-visibility')).toBeNull();
  },
};

export const English: Story = {
  ...answer([restriction({ delayDeliveryUntil: '2099-12-24T00:00:00+01:00' })]),
  globals: { locale: 'en' },
  async play({ canvas }) {
    await expect(await canvas.findByText('From 24/12/2099')).toBeVisible();
  },
};

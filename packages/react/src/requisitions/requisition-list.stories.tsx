import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { personOf } from '../testing/mock-server';
import { RequisitionList } from './requisition-list';

/**
 * The patient's planned and decoupled requisitions in PaRek (FHIR R5): what was asked for, when
 * the samples are due, and the specimens collected so far as a progress tracker.
 */
const meta = {
  title: 'Requisitions/RequisitionList',
  component: RequisitionList,
  parameters: { pps: { patient: personOf('gp-chemistry') } },
} satisfies Meta<typeof RequisitionList>;

export default meta;
type Story = StoryObj<typeof meta>;

const search = '*/ServiceRequest/_search';

export const SamplingInProgress: Story = {
  async play({ canvas }) {
    const card = await canvas.findByRole('listitem', { name: 'Årskontroll diabetes' });
    await expect(card).toHaveTextContent('Prøvetaking pågår');
    await expect(within(card).getByRole('list', { name: 'Fremdrift' })).toHaveTextContent('1 prøve tatt');
  },
};

export const WithClosed: Story = {
  args: { defaultShowClosed: true },
  async play({ canvas }) {
    await expect(await canvas.findByRole('listitem', { name: 'Jernstatus' })).toHaveTextContent('Fullført');
    await expect(canvas.getByRole('listitem', { name: 'Stoffskifte' })).toHaveTextContent('Tilbakekalt');
  },
};

export const ShowClosedByKeyboard: Story = {
  async play({ canvas }) {
    const toggle = await canvas.findByRole('checkbox', { name: /Vis også fullførte og tilbakekalte/ });
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('list', { name: 'Avsluttet' })).toBeVisible();
  },
};

export const NotStartedYet: Story = {
  parameters: { pps: { patient: personOf('microbiology') } },
  async play({ canvas }) {
    const card = await canvas.findByRole('listitem', { name: /urinveisinfeksjon/ });
    await expect(card).toHaveTextContent('Venter på prøvetaking · Ikke startet');
    await expect(card).toHaveTextContent('Ingen prøver tatt ennå');
  },
};

export const Empty: Story = {
  parameters: { pps: { patient: personOf('no-data') } },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('PaRek har ingen planlagte eller frikoblede rekvisisjoner for pasienten.'),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(search, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  async play({ canvas }) {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Henter rekvisisjoner …');
  },
};

export const ParekUnavailable: Story = {
  beforeEach({ msw }) {
    msw.use(http.post(search, () => new HttpResponse('Bad Gateway', { status: 502 })));
  },
  async play({ canvas }) {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Rekvisisjonene kan ikke vises');
    await expect(alert).toHaveTextContent('HTTP 502');
  },
};

export const NotConnected: Story = {
  parameters: { pps: { patient: personOf('gp-chemistry'), withoutPtsAndParek: true } },
  async play({ canvas }) {
    await expect(
      canvas.getByText('Pasientens rekvisisjoner (PaRek) er ikke koblet til i denne journalen.'),
    ).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvas }) {
    await expect(await canvas.findByRole('listitem', { name: 'Årskontroll diabetes' })).toHaveTextContent(
      'Sampling in progress',
    );
  },
};

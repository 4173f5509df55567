import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { personOf } from '../testing/mock-server';
import { ElevatedAccessBanner } from './elevated-access-banner';

/**
 * A General block (sperring) can be opened with the patient's consent or in an emergency: the
 * clinician gives a reason and confirms that the access is logged and shown to the patient on
 * Helsenorge. Every view then fetches its data again with the elevated access basis, and a banner
 * shows until the clinician ends it or opens another patient. The mock PPS only answers with data
 * when the `access-basis` header carries an elevated value.
 */
const meta = {
  title: 'Access restrictions/Elevated access',
  component: LabResultsOverview,
  parameters: { pps: { patient: personOf('general-block') } },
} satisfies Meta<typeof LabResultsOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The `access-basis` header of each PPS search the story made. */
const seen: (string | null)[] = [];
const recordBasis = ({ msw }: { msw: { use: (...handlers: ReturnType<typeof http.post>[]) => void } }) => {
  seen.length = 0;
  // Records and falls through to the mock PPS, which checks the header.
  msw.use(
    http.post('*/DiagnosticReport/_search', ({ request }) => {
      seen.push(request.headers.get('access-basis'));
    }),
  );
};

async function fillDialog(
  canvasElement: HTMLElement,
  basis: RegExp,
  reason = 'Innlagt med brystsmerter, trenger tidligere troponin',
) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: 'Gi forhøyet tilgang …' }));
  const dialog = await canvas.findByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
  await userEvent.click(within(dialog).getByRole('radio', { name: basis }));
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Begrunnelse' }), reason);
  await userEvent.click(within(dialog).getByRole('checkbox', { name: /tilgangen logges/ }));
  return dialog;
}

export const Blocked: Story = {
  async play({ canvas }) {
    await expect(await canvas.findByText('Prøvesvarene er sperret')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Gi forhøyet tilgang …' })).toBeEnabled();
  },
};

export const DialogOpen: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Gi forhøyet tilgang …' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
    await expect(dialog).toBeVisible();
    // Focus moved into the dialog.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  },
};

export const MissingFields: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Gi forhøyet tilgang …' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    const summary = within(dialog).getByRole('alert');
    await expect(summary).toHaveTextContent('Velg grunnlaget for tilgangen.');
    await expect(summary).toHaveTextContent('Skriv en begrunnelse på minst 10 tegn.');
    await expect(summary).toHaveTextContent('Bekreft at du vet at tilgangen logges og vises for pasienten.');
    await expect(within(dialog).getByRole('radio', { name: /Pasienten samtykker/ })).toHaveFocus();
  },
};

export const CancelledWithEscape: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const open = await canvas.findByRole('button', { name: 'Gi forhøyet tilgang …' });
    await userEvent.click(open);
    await canvas.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByText('Prøvesvarene er sperret')).toBeVisible();
  },
};

export const OpenedWithConsent: Story = {
  beforeEach: recordBasis,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const dialog = await fillDialog(canvasElement, /Pasienten samtykker/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await expect(await canvas.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/)).toBeVisible();
    // Fetched again, this time with the elevated basis.
    await expect(seen).toEqual([null, 'FORHOYET_SAMTYKKE']);
    const banner = canvas.getByRole('region', { name: 'Forhøyet tilgang' });
    await expect(banner).toHaveTextContent('Forhøyet tilgang (pasientens samtykke) er aktiv');
    await expect(banner).toHaveTextContent(
      'Begrunnelse: Innlagt med brystsmerter, trenger tidligere troponin',
    );
  },
};

export const OpenedInAnEmergency: Story = {
  beforeEach: recordBasis,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const dialog = await fillDialog(
      canvasElement,
      /Akuttsituasjon/,
      'Bevisstløs ved innkomst, ukjent sykehistorie',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await canvas.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/);
    await expect(seen.at(-1)).toBe('FORHOYET_AKUTT');
    await expect(canvas.getByRole('region', { name: 'Forhøyet tilgang' })).toHaveTextContent(
      'Forhøyet tilgang (akuttsituasjon) er aktiv',
    );
  },
};

export const Ended: Story = {
  beforeEach: recordBasis,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const dialog = await fillDialog(canvasElement, /Pasienten samtykker/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    // The reports fetched with elevated access are shown before it is ended.
    await canvas.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/);
    await waitFor(() => expect(seen.at(-1)).toBe('FORHOYET_SAMTYKKE'));
    const end = canvas.getByRole('button', { name: 'Avslutt forhøyet tilgang' });
    const asked = seen.length;
    await userEvent.click(end);
    // Back to the answer without elevated access (from the cache while it is fresh, or asked
    // again): never again with the elevated basis.
    await expect(await canvas.findByText('Prøvesvarene er sperret')).toBeVisible();
    await expect(canvas.queryByRole('region', { name: 'Forhøyet tilgang' })).toBeNull();
    await expect(seen.slice(asked).every((basis) => basis === null)).toBe(true);
  },
};

export const NotAllowedForThisUser: Story = {
  parameters: { pps: { patient: personOf('general-block'), canElevateAccess: false } },
  async play({ canvas }) {
    await expect(
      await canvas.findByText('Du har ikke rettighet til å gi forhøyet tilgang i denne journalen.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Gi forhøyet tilgang …' })).toBeNull();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Give elevated access …' }));
    await expect(await canvas.findByRole('dialog', { name: 'Elevated access to lab results' })).toBeVisible();
  },
};

/** The banner alone, for hosts that show it once in their own header (`elevatedAccessBanner={false}` on the views). */
export const BannerInTheHostHeader: Story = {
  beforeEach: recordBasis,
  render: () => (
    <>
      <ElevatedAccessBanner />
      <LabResultsOverview elevatedAccessBanner={false} />
    </>
  ),
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const dialog = await fillDialog(canvasElement, /Pasienten samtykker/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await canvas.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/);
    await expect(canvas.getAllByRole('region', { name: 'Forhøyet tilgang' })).toHaveLength(1);
  },
};

export const KeyboardOnly: Story = {
  beforeEach: recordBasis,
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const open = await canvas.findByRole('button', { name: 'Gi forhøyet tilgang …' });
    while (document.activeElement !== open) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog');
    const consent = within(dialog).getByRole('radio', { name: /Pasienten samtykker/ });
    await waitFor(() => expect(consent).toHaveFocus());
    await userEvent.keyboard(' ');
    await expect(consent).toBeChecked();
    await userEvent.tab();
    await expect(within(dialog).getByRole('textbox', { name: 'Begrunnelse' })).toHaveFocus();
    await userEvent.keyboard('Kontroll etter innleggelse');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(within(dialog).getByRole('checkbox')).toBeChecked();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await canvas.findByText(/^Viser \d+ av \d+ svarrapport(er)?$/);
    await expect(seen.at(-1)).toBe('FORHOYET_SAMTYKKE');
  },
};

import { ELEVATED_ACCESS_BASES, MIN_REASON_LENGTH } from '@pps-kit/api-client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { personOf } from '../testing/mock-server';
import {
  DialogUnavailable,
  ElevatedAccessDialog,
  type ElevatedAccessDialogProps,
} from './elevated-access-dialog';
import { accessNoticeMessages } from './messages';

/**
 * The dialog a General block's notice opens: the basis (one of `ELEVATED_ACCESS_BASES`: the
 * patient's consent or an emergency), a reason of at least `MIN_REASON_LENGTH` characters, and the
 * confirmation that the access is logged and shown to the patient on Helsenorge. A native modal
 * dialog: focus moves in, Escape cancels.
 */
const meta = {
  title: 'Access restrictions/ElevatedAccessDialog',
  component: ElevatedAccessDialog,
  args: { open: true, onClose: fn() },
  parameters: { pps: { patient: personOf('general-block') } },
  render: (args) => <Host {...args} />,
} satisfies Meta<typeof ElevatedAccessDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host's side: keeps the dialog's `open` state, as AccessRestrictionNotice does. */
function Host({ open: initiallyOpen, onClose, messages }: ElevatedAccessDialogProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <button type="button" className="pps-button" onClick={() => setOpen(true)}>
        Åpne dialogen
      </button>
      <ElevatedAccessDialog
        open={open}
        onClose={() => {
          setOpen(false);
          onClose();
        }}
        messages={messages}
      />
    </>
  );
}

/** Open: one choice for each ELEVATED access basis (`ELEVATED_ACCESS_BASES`), focus inside. */
export const Open: Story = {
  async play({ canvasElement }) {
    const dialog = await within(canvasElement).findByRole('dialog', {
      name: 'Forhøyet tilgang til prøvesvar',
    });
    // One choice per elevated basis.
    await expect(within(dialog).getAllByRole('radio')).toHaveLength(ELEVATED_ACCESS_BASES.length);
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  },
};

/** A reason one character under the MIN length (`MIN_REASON_LENGTH`) is refused, and says why. */
export const ReasonTooShort: Story = {
  async play({ canvasElement }) {
    const dialog = await within(canvasElement).findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Akuttsituasjon/ }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Begrunnelse' }),
      'x'.repeat(MIN_REASON_LENGTH - 1),
    );
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await expect(within(dialog).getByRole('textbox', { name: 'Begrunnelse' })).toHaveAccessibleDescription(
      new RegExp(`minst ${MIN_REASON_LENGTH} tegn`),
    );
  },
};

/** A reason of exactly the MIN length (`MIN_REASON_LENGTH`) is accepted; the dialog closes. */
export const Confirmed: Story = {
  async play({ canvasElement, args }) {
    const canvas = within(canvasElement);
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Pasienten samtykker/ }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Begrunnelse' }),
      'x'.repeat(MIN_REASON_LENGTH),
    );
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åpne prøvesvarene' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

export const Cancelled: Story = {
  async play({ canvasElement, args }) {
    const canvas = within(canvasElement);
    await userEvent.click(within(await canvas.findByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

export const Closed: Story = {
  args: { open: false },
  async play({ canvas }) {
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

export const Nynorsk: Story = {
  globals: { locale: 'nn' },
  async play({ canvasElement }) {
    await expect(
      await within(canvasElement).findByRole('dialog', { name: 'Forhøgd tilgang til prøvesvar' }),
    ).toBeVisible();
  },
};

export const HostTexts: Story = {
  args: { messages: { nb: { elevateTitle: 'Åpne sperrede prøvesvar' } } },
  async play({ canvasElement }) {
    await expect(
      await within(canvasElement).findByRole('dialog', { name: 'Åpne sperrede prøvesvar' }),
    ).toBeVisible();
  },
};

/**
 * The dialog's code is fetched on demand; when that fails (the network, a deployment that removed
 * the file), the open dialog's place says so, and "Prøv igjen" fetches it again.
 */
export const Unavailable: Story = {
  render: (args) => <UnavailableInLocale onRetry={args.onClose} />,
  async play({ canvasElement, args }) {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('Skjemaet for forhøyet tilgang kunne ikke lastes.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

/** The unavailable state in the toolbar's locale. */
function UnavailableInLocale({ onRetry }: { onRetry: () => void }) {
  const texts = useMergedMessages(viewStateMessages, accessNoticeMessages);
  return <DialogUnavailable texts={texts} onRetry={onRetry} />;
}
